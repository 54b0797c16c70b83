import { z } from 'zod';

/** What every `parseX` in this folder returns, seen from a schema: a normalised value or a stable code. */
export type ParseOutcome = { ok: true; value: string } | { ok: false; code: string };

/**
 * A zod string schema over a `parseX` function: the output is the normalised value, and a failure is a
 * `custom` issue whose message is the stable code, which main turns into a field issue unchanged.
 */
export function parserSchema(parse: (input: string) => ParseOutcome) {
  return z.string().transform((input, ctx) => {
    const parsed = parse(input);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.code, input });
      return z.NEVER;
    }
    return parsed.value;
  });
}
