import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';

export type AuditFilters = Omit<ChannelInput<'audit.list'>, 'beforeSeq' | 'limit'>;

const PAGE_SIZE = 50;

/** Newest first; "load more" pages backwards from the oldest entry shown. */
export function useAuditPages(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit.list', filters],
    queryFn: ({ pageParam }) => call('audit.list', { ...filters, limit: PAGE_SIZE, ...(pageParam ? { beforeSeq: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.hasMore ? last.entries.at(-1)?.seq : undefined),
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => call('audit.verify', {}) });
}
