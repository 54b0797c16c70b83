import type { ChannelInput } from '../../../shared/contract/channels';
import { useKedangInfiniteQuery, useKedangMutation } from '../../api/useKedang';

export type AuditFilters = Omit<ChannelInput<'audit.list'>, 'beforeSeq' | 'limit'>;

const PAGE_SIZE = 50;

/** Newest first; "load more" pages backwards from the oldest entry shown. */
export function useAuditPages(filters: AuditFilters) {
  return useKedangInfiniteQuery<'audit.list', number>('audit.list', { ...filters, limit: PAGE_SIZE }, {
    pageInput: (beforeSeq) => ({ ...filters, limit: PAGE_SIZE, ...(beforeSeq ? { beforeSeq } : {}) }),
    nextCursor: (last) => (last.hasMore ? last.entries.at(-1)?.seq : undefined),
  });
}

export function useVerifyAudit() {
  return useKedangMutation('audit.verify');
}
