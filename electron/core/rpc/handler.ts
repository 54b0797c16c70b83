import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { CoreContext } from '../context';

/**
 * A channel's behaviour. Calls are serialised by core, and `run` executes inside the call's one
 * transaction (when the archive is open), so it may await slow work such as a KDF run.
 */
export type Handler<C extends ChannelName> = (ctx: CoreContext, input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerTable = { [C in ChannelName]: Handler<C> };
