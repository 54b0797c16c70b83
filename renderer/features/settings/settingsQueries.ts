import { useQueryClient } from '@tanstack/react-query';
import { queryKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';

export function useSettings() {
  return useKedangQuery('settings.get', {});
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useKedangMutation('settings.update', {
    onSuccess: async (settings) => {
      queryClient.setQueryData(queryKey('settings.get', {}), settings);
      // The store name and the idle lock time are part of the app status.
      await refreshStatus(queryClient);
    },
  });
}

export function useRotateRecovery() {
  return useKedangMutation('settings.rotateRecovery');
}
