import { useQueryClient } from '@tanstack/react-query';
import { queryKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';

export function useRoleMatrix() {
  return useKedangQuery('roles.matrix', {});
}

export function useSetGrant() {
  const queryClient = useQueryClient();
  return useKedangMutation('roles.setGrant', {
    onSuccess: async (view) => {
      queryClient.setQueryData(queryKey('roles.matrix', {}), view);
      // The caller's own role may have gained or lost something.
      await refreshStatus(queryClient);
    },
  });
}
