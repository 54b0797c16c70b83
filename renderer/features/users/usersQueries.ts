import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';
import { statusQueryKey } from '../../app/appStatus';

export const usersQueryKey = ['users.list'] as const;

export function useUsers(enabled = true) {
  return useQuery({ queryKey: usersQueryKey, queryFn: () => call('users.list', {}), enabled });
}

/** The user commands all refresh the list; the caller's own name or role may have changed too. */
function useUserCommand<C extends 'users.create' | 'users.update' | 'users.resetPassword' | 'users.delete'>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: usersQueryKey }), queryClient.invalidateQueries({ queryKey: statusQueryKey })]),
  });
}

export const useCreateUser = () => useUserCommand('users.create');
export const useUpdateUser = () => useUserCommand('users.update');
export const useResetPassword = () => useUserCommand('users.resetPassword');
export const useDeleteUser = () => useUserCommand('users.delete');
