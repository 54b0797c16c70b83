import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';
import { refreshStatus } from '../../app/appStatus';

export const settingsQueryKey = ['settings.get'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsQueryKey, queryFn: () => call('settings.get', {}) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ChannelInput<'settings.update'>) => call('settings.update', patch),
    onSuccess: async (settings) => {
      queryClient.setQueryData(settingsQueryKey, settings);
      // The store name and the idle lock time are part of the app status.
      await refreshStatus(queryClient);
    },
  });
}

export function useRotateRecovery() {
  return useMutation({ mutationFn: () => call('settings.rotateRecovery', {}) });
}
