import { useQueryClient } from '@tanstack/react-query';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

export function useMergePreview(survivorId: number, mergedId: number) {
  return useKedangQuery('merges.preview', { survivorId, mergedId });
}

export function useMerges() {
  return useKedangQuery('merges.list', {});
}

type MergeCommand = 'merges.request' | 'merges.decide' | 'merges.undo';

/** A merge changes the records list, the pairs still offered, and both files' cards. */
export function useMergeCommand<C extends MergeCommand>(channel: C) {
  const queryClient = useQueryClient();
  return useKedangMutation(channel, {
    onSuccess: () =>
      Promise.all(
        (['merges.list', 'duplicates.pairs', 'customers.get', 'customers.search'] as const).map((c) => queryClient.invalidateQueries({ queryKey: channelKey(c) })),
      ),
  });
}
