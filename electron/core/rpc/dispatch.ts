import { channels, isChannelName } from '../../../shared/contract/channels';
import { KedangError, type Envelope } from '../../../shared/contract/errors';
import type { Core } from '../core';
import type { HandlerTable } from './handler';
import { toFieldIssues } from './fieldIssues';
import { CallContext } from './callContext';

/**
 * The one door into core: every transport (Electron IPC, the web harness, tests) comes here.
 * Unknown channel → input validation → idle check → access check → handler in one transaction.
 * Nothing a caller sends can throw past here; unexpected failures become INTERNAL without details.
 */
export async function dispatch(core: Core, table: HandlerTable, channelName: string, rawInput: unknown): Promise<Envelope<unknown>> {
  let ctx: CallContext | null = null;
  try {
    if (!isChannelName(channelName)) {
      throw new KedangError('UNKNOWN_CHANNEL', `No channel named ${JSON.stringify(channelName).slice(0, 80)}`);
    }
    const def = channels[channelName];
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      throw new KedangError('INVALID_INPUT', `Input for ${channelName} is not valid`, { fields: toFieldIssues(parsed.error) });
    }
    core.lockIfIdle();
    if (channelName !== 'app.status') core.noteActivity();
    const user = core.authorize(channelName, def.access);
    ctx = new CallContext(core, user, def.kind);
    const run = table[channelName] as (c: CallContext, i: unknown) => unknown;
    const data = await ctx.runInTransaction(() => run(ctx as CallContext, parsed.data));
    return { ok: true, data };
  } catch (err) {
    ctx?.flushFailureAudits();
    ctx?.runAfterCall();
    return { ok: false, error: toErrorPayload(err) };
  }
}

function toErrorPayload(err: unknown) {
  if (err instanceof KedangError) return err.toPayload();
  // Messages of unexpected errors may quote data; only the fact that something failed leaves core.
  const kind = err instanceof Error ? err.name : typeof err;
  process.stderr.write(`[kedang] internal error (${kind})\n`);
  if (process.env['KEDANG_DEBUG'] === '1' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return new KedangError('INTERNAL', 'Internal error').toPayload();
}
