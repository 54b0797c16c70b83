import { z } from 'zod';

/**
 * A KeDang backup (`*.kdbak`) is an age-encrypted (age-encryption.org/v1) POSIX tar, so anyone
 * with the passphrase or key file and the standard tools can open it: `age -d f.kdbak | tar x`.
 * The tar holds the database still encrypted under the archive's master key, the key slots that
 * open it, and last a manifest with each entry's SHA-256 and what the backup is of.
 */
export const BACKUP_FILE_EXTENSION = '.kdbak';
export const BACKUP_FORMAT = 'kedang-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The entries in tar order; the manifest is written last, once the others' hashes are known. */
export const backupEntryNames = ['kedang.db', 'vault.json'] as const;
export type BackupEntryName = (typeof backupEntryNames)[number];
export const MANIFEST_ENTRY = 'manifest.json';

export const backupMetaSchema = z.object({
  storeName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(0),
  /** Rows per table at the snapshot, for a human to compare after a restore. */
  rowCounts: z.record(z.string(), z.number().int().min(0)),
  /** The audit chain's head at the snapshot: an anchor kept outside the database. */
  auditAnchor: z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  /** Who started it; userId null for a scheduled backup. */
  madeBy: z.object({ userId: z.number().int().positive().nullable(), name: z.string() }),
});
export type BackupMeta = z.infer<typeof backupMetaSchema>;

export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    entries: z.array(z.object({ name: z.enum(backupEntryNames), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
    meta: backupMetaSchema,
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;
