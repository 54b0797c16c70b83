import { z } from 'zod';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, Z, S, V;
 * a registration-authority digit/letter, an organisation-type character, a 6-digit area code,
 * a 9-character organisation code and a check character (weights 3^i mod 31).
 * A failed check character does not block: some early pilot codes fail it, so the result carries
 * `checksumValid: false` and the form asks the user to confirm.
 */
export type CreditCodeResult =
  | { ok: true; value: string; checksumValid: boolean }
  | { ok: false; code: 'USCC_FORMAT' };

const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARS.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARS[(31 - (sum % 31)) % 31]!;
}

export function parseCreditCode(input: string): CreditCodeResult {
  const value = input.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) return { ok: false, code: 'USCC_FORMAT' };
  return { ok: true, value, checksumValid: creditCodeCheckChar(value.slice(0, 17)) === value[17] };
}

/** Rejects only a malformed code; the check character is the form's (confirmable) warning. */
export const creditCodeSchema = z.string().transform((v, ctx) => {
  const r = parseCreditCode(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});
