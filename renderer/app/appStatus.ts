import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { queryKey } from '../api/queryKey';
import { useKedangQuery } from '../api/useKedang';

export const statusQueryKey = queryKey('app.status', {});

/** Polls faster when the idle lock is short, so a lock decided by core shows up within seconds. */
function pollInterval(idleLockSeconds: number): number {
  return idleLockSeconds < 60 ? 5_000 : 30_000;
}

export function useAppStatus() {
  return useKedangQuery(
    'app.status',
    {},
    {
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.phase === 'ready' ? pollInterval(query.state.data.idleLockSeconds) : false),
    },
  );
}

export function refreshStatus(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: statusQueryKey });
}

/**
 * Forgets everything a session fetched or submitted except the app status, so nothing of the
 * archive stays in memory behind a lock or login screen; toasts and open confirmations go too, as
 * they may name people.
 */
export function clearSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== statusQueryKey[0] });
  queryClient.getMutationCache().clear();
  notifications.clean();
  modals.closeAll();
}
