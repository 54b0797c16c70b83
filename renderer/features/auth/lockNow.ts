import type { QueryClient } from '@tanstack/react-query';
import type { AppStatus } from '../../../shared/app/status';
import { call } from '../../api/kedang';
import { refreshStatus, statusQueryKey } from '../../app/appStatus';

/** Locks the session: the screen switches at once, then the status refetch confirms what core decided. */
export async function lockNow(queryClient: QueryClient): Promise<void> {
  queryClient.setQueryData<AppStatus>(statusQueryKey, (status) => (status?.phase === 'ready' ? { ...status, phase: 'locked' } : status));
  try {
    await call('auth.lock', {});
  } catch {
    // Already locked by core, or logged out: the refetch below shows which.
  } finally {
    await refreshStatus(queryClient);
  }
}
