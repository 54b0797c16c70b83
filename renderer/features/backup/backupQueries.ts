import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

/** USB sticks plugged in now, then the store's backup folder; asked afresh each time (a stick comes and goes). */
export function useBackupTargets() {
  return useKedangQuery('backup.targets', {}, { staleTime: 0 });
}

export function useBackupHistory() {
  return useKedangQuery('backup.history', { limit: 100 });
}

/** The last verified backup's age, whether to warn, and whether 撤销恢复 is possible. */
export function useBackupStatus(options: { refetchInterval?: number } = {}) {
  return useKedangQuery('backup.status', {}, options);
}

/** Paths of backups this app made that should still be where it put them (for the file fields). */
export function useKnownBackupFiles(): string[] {
  const history = useBackupHistory();
  return [...new Set((history.data ?? []).filter((r) => r.kind === 'backup' && r.verified && !r.rotatedAt).map((r) => r.path))];
}

/** A backup ended: the history, the status and the targets (the folder is remembered) say so. */
export function useBackupChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all(
      (['backup.history', 'backup.status', 'backup.erasedStillHeld', 'backup.targets', 'settings.get'] as const).map((channel) => queryClient.invalidateQueries({ queryKey: channelKey(channel) })),
    );
  }, [queryClient]);
}

/** Makes the store's backup key: the settings then name its public half. */
export function useCreateBackupKey() {
  const queryClient = useQueryClient();
  return useKedangMutation('backup.createKey', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelKey('settings.get') }),
  });
}
