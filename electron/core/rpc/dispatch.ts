import { channels, isChannelName } from '../../../shared/contract/channels';
import { KedangError, type Envelope } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import type { HandlerTable } from './handler';
import { toFieldIssues } from './fieldIssues';

/**
 * The one door into core: every transport (Electron IPC, the web harness, tests) calls this.
 * Order matters: unknown channel → input validation → access check → handler. Nothing a caller
 * sends can throw past here; unexpected failures become INTERNAL without leaking details.
 */
export async function dispatch(
  table: HandlerTable,
  makeContext: () => CoreContext,
  channelName: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  try {
    if (!isChannelName(channelName)) {
      throw new KedangError('UNKNOWN_CHANNEL', `No channel named ${JSON.stringify(channelName).slice(0, 80)}`);
    }
    const def = channels[channelName];
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      throw new KedangError('INVALID_INPUT', `Input for ${channelName} is not valid`, { fields: toFieldIssues(parsed.error) });
    }
    const ctx = makeContext();
    const h = table[channelName];
    const prepared = h.prepare ? await h.prepare(ctx, parsed.data as never) : undefined;
    const data = h.run(ctx, parsed.data as never, prepared);
    return { ok: true, data };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}

function toErrorPayload(err: unknown) {
  if (err instanceof KedangError) return err.toPayload();
  // Messages of unexpected errors may quote data; only the fact that something failed leaves core.
  const kind = err instanceof Error ? err.name : typeof err;
  process.stderr.write(`[kedang] internal error (${kind})\n`);
  return new KedangError('INTERNAL', 'Internal error').toPayload();
}
