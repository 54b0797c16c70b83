import type { BackupHoldingErased, ErasedStillHeld } from '../../../shared/backup/backupTypes';
import type { BackupStillHolding } from '../../../shared/lifecycle/lifecycleTypes';

export interface ExecutedErasure {
  requestId: number;
  executedAt: string;
  /** The live backups the erase found when it ran. */
  backupsHolding: BackupStillHolding[];
}

export interface LiveBackup {
  id: number;
  at: string;
  path: string;
  bytes: number;
}

/**
 * Which backups still hold erased data: those an erase listed that are still live (verified, not
 * rotated or retired). The newest live backup is never retirable, and a backup made after the newest
 * of those erasures is what makes the older ones safe to remove.
 */
export function erasedStillHeld(erasures: ExecutedErasure[], live: LiveBackup[]): ErasedStillHeld {
  const liveById = new Map(live.map((b) => [b.id, b]));
  const newestId = live.reduce<number | null>((newest, b) => (newest === null || b.at > liveById.get(newest)!.at ? b.id : newest), null);
  const requestsOf = new Map<number, number[]>();
  let latestErasureAt: string | null = null;
  for (const erasure of erasures) {
    const held = erasure.backupsHolding.filter((b) => liveById.has(b.id));
    if (held.length === 0) continue;
    if (latestErasureAt === null || erasure.executedAt > latestErasureAt) latestErasureAt = erasure.executedAt;
    for (const b of held) requestsOf.set(b.id, [...(requestsOf.get(b.id) ?? []), erasure.requestId]);
  }
  const backups: BackupHoldingErased[] = [...requestsOf.entries()]
    .map(([id, requests]) => ({ ...liveById.get(id)!, requests: [...new Set(requests)].sort((a, b) => a - b), retirable: id !== newestId }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  const newer = latestErasureAt === null ? null : live.filter((b) => b.at > latestErasureAt!).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return { backups, latestErasureAt, newerBackupAt: newer?.at ?? null };
}
