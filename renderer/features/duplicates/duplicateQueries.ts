import { useQueryClient } from '@tanstack/react-query';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

export function useDuplicateStatus() {
  return useKedangQuery('duplicates.status', {});
}

export function useDuplicatePairs(jobId: string | null) {
  return useKedangQuery('duplicates.pairs', { jobId: jobId ?? '' }, { enabled: jobId !== null });
}

/** Starting a check changes nothing on screen until it ends; its end refreshes the status. */
export function useRunCheck() {
  return useKedangMutation('duplicates.run');
}

export function useDismissPair() {
  const queryClient = useQueryClient();
  return useKedangMutation('duplicates.dismiss', { onSuccess: () => queryClient.invalidateQueries({ queryKey: channelKey('duplicates.pairs') }) });
}
