import { z } from 'zod';
import type { BackupMeta } from './backupFormat';
import { passwordSchema, usernameSchema } from '../users/users';

/** Where a backup can go: removable drives first (a USB stick in the drawer), then folders. */
export interface BackupTarget {
  path: string;
  /** What a person recognises: the drive's label or mount point. */
  label: string;
  removable: boolean;
  freeBytes: number | null;
}

/** What a finished backup says: read back, decrypted and found whole before it got its name. */
export interface BackupDone {
  path: string;
  bytes: number;
  sha256: string;
  snapshotAt: string;
  auditAnchor: { seq: number; hash: string } | null;
  seconds: number;
  mbPerSecond: number;
  /** Older backups of this store removed from the target to keep the last N. */
  rotated: string[];
}

export interface BackupCheck {
  path: string;
  bytes: number;
  sha256: string;
  summary: BackupMeta;
  /** SQLite's integrity_check of the database inside, or why it could not run (no key to open it). */
  integrity: 'ok' | 'notChecked' | 'damaged';
  /** The backup's own audit chain verifies, and holds the anchor its manifest names. */
  anchorHolds: boolean | null;
  /** The backup's audit log against the live one, up to the backup's head: the first entry that differs. */
  comparison: { comparedUpTo: number; firstDifferentSeq: number | null } | null;
}

export interface RestorePreview {
  stagingId: string;
  summary: BackupMeta;
  schema: { backup: number; app: number; migrates: boolean };
  integrity: 'ok';
  anchorHolds: boolean;
}

export interface BackupRecord {
  id: number;
  kind: 'backup' | 'verify' | 'restore';
  at: string;
  path: string;
  bytes: number;
  sha256: string;
  verified: boolean;
  secret: 'passphrase' | 'key';
  byName: string | null;
  snapshotAt: string;
  auditSeq: number | null;
  rotatedAt: string | null;
}

/** A verified backup that was made before some files were cleaned up or destroyed, and so still holds their personal data. */
export interface BackupHoldingErased {
  id: number;
  at: string;
  path: string;
  bytes: number;
  /** The executed cleanup/destruction requests whose data it holds. */
  requests: number[];
  /** The newest verified backup is never retired: the store keeps one it can restore. */
  retirable: boolean;
}

/** Erasure is complete only once the backups made before it are gone: which ones still hold erased data, and whether a newer backup exists. */
export interface ErasedStillHeld {
  backups: BackupHoldingErased[];
  /** When the newest of those erasures was carried out. */
  latestErasureAt: string | null;
  /** A verified backup made after that erasure (it holds none of the erased data), or null: make one first. */
  newerBackupAt: string | null;
}

export interface BackupStatus {
  lastVerifiedAt: string | null;
  /** Whole days since the last verified backup, null if there never was one. */
  ageDays: number | null;
  warn: boolean;
  warnAfterDays: number;
  /** The archive before the last restore is kept until the next backup: 撤销恢复 can bring it back. */
  rollbackAvailable: boolean;
}

/** An age recipient (X25519 public key), as age-keygen prints it. */
export const ageRecipientSchema = z.string().trim().regex(/^age1[02-9ac-hj-np-z]{58}$/, { message: 'AGE_RECIPIENT' });

/** How a new backup is encrypted: a passphrase typed now, or the store's backup key (its private half kept offline). */
export const backupSecretSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(12).max(256) }).strict(),
  z.object({ kind: z.literal('key') }).strict(),
]);

/** How an existing backup is opened: its passphrase, or the key file (identity) it was made for. */
export const backupOpenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(1).max(256) }).strict(),
  z.object({ kind: z.literal('identity'), identity: z.string().min(1).max(20_000) }).strict(),
]);

/** The backup's own key slots: any of its users' passwords, or its recovery code. */
export const backupUnlockSchema = z.union([
  z.object({ username: usernameSchema, password: passwordSchema }).strict(),
  z.object({ recoveryCode: z.string().min(20).max(64) }).strict(),
]);

export const absolutePathSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((p) => /^([A-Za-z]:[\\/]|\/|\\\\)/.test(p), { message: 'PATH_NOT_ABSOLUTE' });
