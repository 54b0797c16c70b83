import { KedangError } from '../../../shared/contract/errors';

/** Why a backup was refused as BACKUP_CORRUPT; in `details.reason` for logs and support, never shown as prose. */
export type CorruptReason =
  | 'header-syntax'
  | 'header-mac'
  | 'stanza'
  | 'chunk'
  | 'empty-last-chunk'
  | 'trailing-data'
  | 'tar'
  | 'entry'
  | 'manifest';

export function corrupt(reason: CorruptReason, message: string): KedangError {
  return new KedangError('BACKUP_CORRUPT', message, { details: { reason } });
}

export function truncated(message: string): KedangError {
  return new KedangError('BACKUP_TRUNCATED', message);
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new KedangError('BACKUP_CANCELLED', 'Cancelled');
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const UNAVAILABLE = new Set(['ENOENT', 'ENOTDIR', 'EIO', 'ENODEV', 'ENXIO', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'ESTALE', 'ENOTCONN']);

/**
 * A file-system error while writing a backup, as the user should hear it: the drive is full
 * (EFBIG too: FAT32 sticks stop at 4 GiB), or it went away / refuses writes. Anything else is ours.
 */
export function targetError(err: unknown): unknown {
  if (err instanceof KedangError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && FULL.has(code)) return new KedangError('BACKUP_TARGET_FULL', `The target is full (${code})`, { details: { errno: code } });
  if (code && UNAVAILABLE.has(code)) return new KedangError('BACKUP_TARGET_UNAVAILABLE', `The target cannot be written (${code})`, { details: { errno: code } });
  return err;
}
