import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';
import { refreshStatus } from '../../app/appStatus';

export const matrixQueryKey = ['roles.matrix'] as const;

export function useRoleMatrix() {
  return useQuery({ queryKey: matrixQueryKey, queryFn: () => call('roles.matrix', {}) });
}

export function useSetGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'roles.setGrant'>) => call('roles.setGrant', input),
    onSuccess: async (view) => {
      queryClient.setQueryData(matrixQueryKey, view);
      // The caller's own role may have gained or lost something.
      await refreshStatus(queryClient);
    },
  });
}
