import { z } from 'zod';

export const storeInfoSchema = z.object({
  name: z.string().trim().min(1).max(60),
  address: z.string().trim().max(120).default(''),
}).strict();

export const IDLE_LOCK_MINUTES_DEFAULT = 10;

export interface AppSettings {
  storeName: string;
  storeAddress: string;
  idleLockMinutes: number;
  /** 档案编号 pattern, e.g. KD{YYYY}{SEQ:6}. */
  archivePattern: string;
  /** Largest scan that may be attached, in MiB. */
  attachmentMaxMb: number;
  /** Files not contacted for this many days are flagged. */
  staleDays: number;
  /** Follow-up cadence (意向顾客分级): the longest gap between contacts, in days, per intent grade. */
  followUpDaysO: number;
  followUpDaysH: number;
  followUpDaysA: number;
  followUpDaysB: number;
  /** Backups kept on a target folder; older ones this app made there are removed. */
  backupKeepLast: number;
  /** The dashboard warns when the last verified backup is older than this. */
  backupWarnDays: number;
  /** The folder offered when no removable drive is plugged in. */
  backupFolder: string;
  /** The store's backup key (age X25519 recipient): backups to it need no passphrase; its private half stays offline. */
  backupRecipient: string;
}

export const settingsPatchSchema = z
  .object({
    storeName: z.string().trim().min(1).max(60).optional(),
    storeAddress: z.string().trim().max(120).optional(),
    idleLockMinutes: z.number().int().min(1).max(240).optional(),
    archivePattern: z
      .string()
      .trim()
      .max(40)
      .regex(/^[A-Za-z0-9{}:\-/_]*\{SEQ:[3-9]\}[A-Za-z0-9{}:\-/_]*$/, { message: 'ARCHIVE_PATTERN' })
      .optional(),
    attachmentMaxMb: z.number().int().min(1).max(30).optional(),
    staleDays: z.number().int().min(7).max(3650).optional(),
    followUpDaysO: z.number().int().min(1).max(90).optional(),
    followUpDaysH: z.number().int().min(1).max(90).optional(),
    followUpDaysA: z.number().int().min(1).max(90).optional(),
    followUpDaysB: z.number().int().min(1).max(90).optional(),
    backupKeepLast: z.number().int().min(1).max(100).optional(),
    backupWarnDays: z.number().int().min(1).max(365).optional(),
    backupFolder: z.string().trim().max(1000).optional(),
  })
  .strict();
