import { useQueryClient } from '@tanstack/react-query';
import type { RetentionRuleCode } from '../../../shared/lifecycle/lifecycleTypes';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

export function useRetentionRules() {
  return useKedangQuery('lifecycle.rules', {});
}

export function useCandidates(rule: RetentionRuleCode) {
  return useKedangQuery('lifecycle.candidates', { rule, offset: 0, limit: 500 });
}

export function useLifecycleRequests() {
  return useKedangQuery('lifecycle.requests', { waitingForMe: false, offset: 0, limit: 500 });
}

export function useRestrictedFiles() {
  return useKedangQuery('lifecycle.restricted', {});
}

type LifecycleCommand =
  | 'lifecycle.request'
  | 'lifecycle.decide'
  | 'lifecycle.cancel'
  | 'lifecycle.execute'
  | 'lifecycle.confirmShredding'
  | 'lifecycle.restrict'
  | 'lifecycle.unrestrict'
  | 'lifecycle.updateRules';

/** Every lifecycle command changes what the lists show: requests, candidates, restricted files, the files themselves. */
export function useLifecycleCommand<C extends LifecycleCommand>(channel: C) {
  const queryClient = useQueryClient();
  return useKedangMutation(channel, {
    onSuccess: () =>
      Promise.all(
        (['lifecycle.requests', 'lifecycle.candidates', 'lifecycle.restricted', 'lifecycle.rules', 'customers.get', 'customers.search', 'duplicates.pairs', 'backup.erasedStillHeld'] as const).map((c) =>
          queryClient.invalidateQueries({ queryKey: channelKey(c) }),
        ),
      ),
  });
}
