import { useQueryClient } from '@tanstack/react-query';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { statusQueryKey } from '../../app/appStatus';

export function useUsers(enabled = true) {
  return useKedangQuery('users.list', {}, { enabled });
}

/** The user commands all refresh the list; the caller's own name or role may have changed too. */
function useUserCommand<C extends 'users.create' | 'users.update' | 'users.resetPassword' | 'users.delete'>(channel: C) {
  const queryClient = useQueryClient();
  return useKedangMutation(channel, {
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: channelKey('users.list') }), queryClient.invalidateQueries({ queryKey: statusQueryKey })]),
  });
}

export const useCreateUser = () => useUserCommand('users.create');
export const useUpdateUser = () => useUserCommand('users.update');
export const useResetPassword = () => useUserCommand('users.resetPassword');
export const useDeleteUser = () => useUserCommand('users.delete');
