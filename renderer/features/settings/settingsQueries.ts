import { useQueryClient } from '@tanstack/react-query';
import { channelKey, queryKey } from '../../api/queryKey';
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
      // The store name and the idle lock time are part of the app status; the backup reminder follows backupWarnDays.
      await Promise.all([refreshStatus(queryClient), queryClient.invalidateQueries({ queryKey: channelKey('backup.status') })]);
    },
  });
}

export function useRotateRecovery() {
  return useKedangMutation('settings.rotateRecovery');
}
