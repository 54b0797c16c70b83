import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import type { JobHandle } from '../jobs/jobTypes';
import { signOffSchema } from '../signOff/signOff';
import { absolutePathSchema, backupOpenSchema, backupSecretSchema, backupUnlockSchema, type BackupCheck, type BackupDone, type BackupRecord, type BackupStatus, type BackupTarget, type ErasedStillHeld, type RestorePreview } from './backupTypes';

const jobId = z.string().uuid();

/** Encrypted backups to a USB stick or a folder, verified before "done"; checks of any backup; restore with rollback. */
export const backupChannels = {
  'backup.targets': channel<BackupTarget[]>()({
    kind: 'query',
    access: 'backup.run',
    input: empty,
    summary: 'Removable drives plugged in now (USB sticks first), then the store’s backup folder.',
  }),
  'backup.start': channel<JobHandle>()({
    kind: 'command',
    access: 'backup.run',
    input: z.object({ folder: absolutePathSchema, secret: backupSecretSchema }).strict(),
    summary: 'Starts a backup job: snapshot, encrypt (passphrase or the store’s backup key), write, read back and verify, then name the file; progress as jobs.event.',
  }),
  'backup.result': channel<BackupDone>()({
    kind: 'query',
    access: 'backup.run',
    input: z.object({ jobId }).strict(),
    summary: 'What a finished backup job made (path, size, hash, speed).',
  }),
  'backup.check': channel<JobHandle>()({
    kind: 'command',
    access: 'backup.run',
    input: z.object({ path: absolutePathSchema, open: backupOpenSchema, unlock: backupUnlockSchema.optional() }).strict(),
    summary: '校验备份: decrypts any backup, checks its hashes, integrity and audit anchor, and compares its audit log with the live one — without touching the live archive.',
  }),
  'backup.checkResult': channel<BackupCheck>()({
    kind: 'query',
    access: 'backup.run',
    input: z.object({ jobId }).strict(),
    summary: 'What a finished check found.',
  }),
  'backup.history': channel<BackupRecord[]>()({
    kind: 'query',
    access: 'backup.run',
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    summary: 'Backups made, checked and restored: when, where, size, verified, by whom.',
  }),
  'backup.status': channel<BackupStatus>()({
    kind: 'query',
    access: 'backup.run',
    input: empty,
    summary: 'How old the last verified backup is, and whether to warn.',
  }),
  'backup.erasedStillHeld': channel<ErasedStillHeld>()({
    kind: 'query',
    access: 'backup.run',
    input: empty,
    summary: 'Verified backups made before a cleanup or destruction that still hold the erased data, until they are retired or rotated out.',
  }),
  'backup.retire': channel<ErasedStillHeld>()({
    kind: 'command',
    access: 'backup.run',
    input: z.object({ id: z.number().int().positive(), fileGone: z.boolean().default(false) }).strict(),
    summary: 'Removes an older verified backup from its folder and marks it retired; never the newest one. A file no longer where it was is retired only when the caller says it is gone (fileGone).',
  }),
  'backup.createKey': channel<{ recipient: string; identityFile: string }>()({
    kind: 'command',
    access: 'settings.manage',
    input: empty,
    summary: 'Makes the store’s backup key: the public half is kept for backups that need no passphrase; the private half (identity file) is shown once, to be kept offline.',
  }),
  'backup.prepareRestore': channel<JobHandle>()({
    kind: 'command',
    access: 'backup.restore',
    input: z.object({ path: absolutePathSchema, open: backupOpenSchema, unlock: backupUnlockSchema }).strict(),
    summary: 'Decrypts a backup into the data folder (still encrypted), checks it and opens it with one of its own users’ passwords or its recovery code; nothing live changes yet.',
  }),
  'backup.preview': channel<RestorePreview>()({
    kind: 'query',
    access: 'backup.restore',
    input: z.object({ jobId }).strict(),
    summary: 'The summary of a prepared restore (store, date, counts, who made it), to confirm before applying.',
  }),
  'backup.applyRestore': channel<{ restored: true }>()({
    kind: 'command',
    access: 'backup.restore',
    input: z.object({ stagingId: z.string().regex(/^[0-9a-f]{16}$/), signOff: signOffSchema }).strict(),
    summary: 'Replaces the live archive with the prepared backup, keeping the previous one for 撤销恢复; a system admin signs; audited in both archives; back to the login screen.',
  }),
  'backup.undoRestore': channel<{ undone: true }>()({
    kind: 'command',
    access: 'backup.restore',
    input: z.object({ signOff: signOffSchema }).strict(),
    summary: '撤销恢复: puts back the archive as it was before the last restore (possible until the next backup); back to the login screen.',
  }),
} as const satisfies Record<string, ChannelDef>;
