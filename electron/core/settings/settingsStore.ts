import type Database from 'better-sqlite3';
import { cachedStatement } from '../db/statementCache';
import { IDLE_LOCK_MINUTES_DEFAULT, type AppSettings } from '../../../shared/settings/settings';
import { DEFAULT_STALE_DAYS, defaultCadence } from '../../../shared/customers/cadence';
import { DEFAULT_ARCHIVE_PATTERN } from '../customers/archiveNumber';

const keys = {
  storeName: 'store.name',
  storeAddress: 'store.address',
  idleLockMinutes: 'session.idleLockMinutes',
  archivePattern: 'archive.numberPattern',
  attachmentMaxMb: 'archive.attachmentMaxMb',
  staleDays: 'followUp.staleDays',
  followUpDaysO: 'followUp.days.O',
  followUpDaysH: 'followUp.days.H',
  followUpDaysA: 'followUp.days.A',
  followUpDaysB: 'followUp.days.B',
  backupKeepLast: 'backup.keepLast',
  backupWarnDays: 'backup.warnDays',
  backupFolder: 'backup.folder',
  backupRecipient: 'backup.recipient',
} as const;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readSettings(db: Database.Database): AppSettings {
  // Read on every search and card (the stale-file flag), so the statement is prepared once per connection.
  const rows = cachedStatement(db, 'SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return {
    storeName: map.get(keys.storeName) ?? '',
    storeAddress: map.get(keys.storeAddress) ?? '',
    idleLockMinutes: positiveInt(map.get(keys.idleLockMinutes), IDLE_LOCK_MINUTES_DEFAULT),
    archivePattern: map.get(keys.archivePattern) ?? DEFAULT_ARCHIVE_PATTERN,
    attachmentMaxMb: positiveInt(map.get(keys.attachmentMaxMb), 10),
    staleDays: positiveInt(map.get(keys.staleDays), DEFAULT_STALE_DAYS),
    followUpDaysO: positiveInt(map.get(keys.followUpDaysO), defaultCadence.O!.intervalDays),
    followUpDaysH: positiveInt(map.get(keys.followUpDaysH), defaultCadence.H!.intervalDays),
    followUpDaysA: positiveInt(map.get(keys.followUpDaysA), defaultCadence.A!.intervalDays),
    followUpDaysB: positiveInt(map.get(keys.followUpDaysB), defaultCadence.B!.intervalDays),
    backupKeepLast: positiveInt(map.get(keys.backupKeepLast), 5),
    backupWarnDays: positiveInt(map.get(keys.backupWarnDays), 7),
    backupFolder: map.get(keys.backupFolder) ?? '',
    backupRecipient: map.get(keys.backupRecipient) ?? '',
  };
}

/** Writes the given fields; returns the names of the fields that actually changed. */
export function writeSettings(db: Database.Database, patch: Partial<AppSettings>): Array<keyof AppSettings> {
  const before = readSettings(db);
  const changed: Array<keyof AppSettings> = [];
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const field of Object.keys(keys) as Array<keyof AppSettings>) {
    const value = patch[field];
    if (value === undefined || value === before[field]) continue;
    upsert.run(keys[field], String(value));
    changed.push(field);
  }
  return changed;
}
