import {
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  type InfiniteData,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { KedangError } from '../../shared/contract/errors';
import { mayCall, useChannelAllowed } from './channelAccess';
import { call } from './kedang';
import { queryKey } from './queryKey';
import { useSession } from './session';

type QueryOptions<C extends ChannelName, TData> = Omit<UseQueryOptions<ChannelOutput<C>, Error, TData, readonly [C, ChannelInput<C>]>, 'queryKey' | 'queryFn'>;

/** A query over one channel, keyed by channel and input; it never runs for a user the channel's access rule refuses. */
export function useKedangQuery<C extends ChannelName, TData = ChannelOutput<C>>(channel: C, input: ChannelInput<C>, options: QueryOptions<C, TData> = {}) {
  const allowed = useChannelAllowed(channel);
  return useQuery({
    ...options,
    queryKey: queryKey(channel, input),
    queryFn: () => call(channel, input),
    enabled: allowed ? (options.enabled ?? true) : false,
  });
}

/** Several inputs of one channel at once (the list's pages), with the same rule. */
export function useKedangQueries<C extends ChannelName>(channel: C, inputs: ReadonlyArray<ChannelInput<C>>, options: Omit<QueryOptions<C, ChannelOutput<C>>, 'enabled'> = {}) {
  const allowed = useChannelAllowed(channel);
  return useQueries({
    queries: inputs.map((input) => ({ ...options, queryKey: queryKey(channel, input), queryFn: () => call(channel, input), enabled: allowed })),
  });
}

/** Pages of one channel, each asked for with the previous page's cursor (the audit log's "load more"). */
export function useKedangInfiniteQuery<C extends ChannelName, P>(
  channel: C,
  input: ChannelInput<C>,
  options: { pageInput: (cursor: P | undefined) => ChannelInput<C>; nextCursor: (last: ChannelOutput<C>) => P | undefined },
) {
  const allowed = useChannelAllowed(channel);
  return useInfiniteQuery<ChannelOutput<C>, Error, InfiniteData<ChannelOutput<C>, P | undefined>, readonly [C, ChannelInput<C>], P | undefined>({
    queryKey: queryKey(channel, input),
    queryFn: ({ pageParam }) => call(channel, options.pageInput(pageParam as P | undefined)),
    initialPageParam: undefined,
    getNextPageParam: (last) => options.nextCursor(last),
    enabled: allowed,
  });
}

type MutationOptions<C extends ChannelName, TContext> = Omit<UseMutationOptions<ChannelOutput<C>, Error, ChannelInput<C>, TContext>, 'mutationFn'>;

/**
 * A command over one channel. A user whose role may not call it gets FORBIDDEN at once, without a
 * call: screens hide such buttons, and this keeps a stray one from reaching core.
 */
export function useKedangMutation<C extends ChannelName, TContext = unknown>(channel: C, options: MutationOptions<C, TContext> = {}) {
  const session = useSession();
  return useMutation({
    ...options,
    mutationFn: (input: ChannelInput<C>) => (mayCall(channel, session) ? call(channel, input) : Promise.reject(new KedangError('FORBIDDEN', `${channel} is not allowed for this role`))),
  });
}
