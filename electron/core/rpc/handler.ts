import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { CoreContext } from '../context';

/**
 * A channel's behaviour. `prepare` does slow work that must not hold the database (a KDF run),
 * `run` does everything else synchronously inside the channel's single transaction.
 * (Method syntax on purpose: lets handlers with different `prepare` results share one table.)
 */
export interface Handler<C extends ChannelName, P = undefined> {
  prepare?(ctx: CoreContext, input: ChannelParsedInput<C>): Promise<P>;
  run(ctx: CoreContext, input: ChannelParsedInput<C>, prepared: P): ChannelOutput<C>;
}

export type HandlerTable = { [C in ChannelName]: Handler<C, unknown> };

/** Declares a handler with its input and output types taken from the contract. */
export function handler<C extends ChannelName, P = undefined>(_channel: C, h: Handler<C, P>): Handler<C, P> {
  return h;
}
