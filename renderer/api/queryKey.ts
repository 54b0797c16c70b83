import type { ChannelInput, ChannelName } from '../../shared/contract/channels';

/**
 * A query's cache key is the channel it calls and the input it sends, so two screens asking the same
 * question share one answer, and a command invalidates everything of a channel by its name alone.
 */
export function queryKey<C extends ChannelName>(channel: C, input: ChannelInput<C>): readonly [C, ChannelInput<C>] {
  return [channel, input] as const;
}

/** Every cached answer of a channel, whatever its input (for invalidation). */
export function channelKey<C extends ChannelName>(channel: C): readonly [C] {
  return [channel] as const;
}
