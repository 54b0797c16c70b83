import { channels, isChannelName, type ChannelName } from '../../../shared/contract/channels';
import { KedangError, type Envelope } from '../../../shared/contract/errors';
import type { ArchiveSession } from '../session/archiveSession';
import type { CoreServices, Handler, HandlerContext, HandlerTable, SessionHandler, SessionHandlerContext } from './handler';
import { toFieldIssues } from './fieldIssues';
import { CallContext } from './callContext';
import { toErrorPayload } from './errorPayload';

/**
 * The one door into core: every transport (Electron IPC, the web harness, tests) comes here.
 * Unknown channel → input validation → idle check → access check → handler in one transaction.
 * Nothing a caller sends can throw past here; unexpected failures become INTERNAL without details.
 */
export async function dispatch(session: ArchiveSession, services: CoreServices, table: HandlerTable, channelName: string, rawInput: unknown): Promise<Envelope<unknown>> {
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
    session.lockIfIdle();
    if (channelName !== 'app.status') session.noteActivity();
    const user = session.authorize(channelName, def.access);
    const call = new CallContext(session, user, services, def.kind);
    ctx = call;
    const entry = table[channelName] as Handler<ChannelName> | SessionHandler<ChannelName>;
    const data = await call.runInTransaction(() =>
      typeof entry === 'function'
        ? (entry as (c: HandlerContext, i: unknown) => unknown)(call, parsed.data)
        : (entry.session as (c: SessionHandlerContext, i: unknown) => unknown)(call.withSession(), parsed.data),
    );
    return { ok: true, data };
  } catch (err) {
    ctx?.flushFailureAudits();
    ctx?.runAfterCall();
    return { ok: false, error: toErrorPayload(err) };
  }
}
