import type Database from 'better-sqlite3';
import { IDLE_LOCK_MINUTES_DEFAULT, type AppSettings } from '../../../shared/app/settings';

const keys = { storeName: 'store.name', storeAddress: 'store.address', idleLockMinutes: 'session.idleLockMinutes' } as const;

export function readSettings(db: Database.Database): AppSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const idle = Number(map.get(keys.idleLockMinutes));
  return {
    storeName: map.get(keys.storeName) ?? '',
    storeAddress: map.get(keys.storeAddress) ?? '',
    idleLockMinutes: Number.isInteger(idle) && idle > 0 ? idle : IDLE_LOCK_MINUTES_DEFAULT,
  };
}

/** Writes the given fields; returns the names of the fields that actually changed. */
export function writeSettings(db: Database.Database, patch: Partial<AppSettings>): string[] {
  const before = readSettings(db);
  const changed: string[] = [];
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const field of Object.keys(keys) as Array<keyof AppSettings>) {
    const value = patch[field];
    if (value === undefined || value === before[field]) continue;
    upsert.run(keys[field], String(value));
    changed.push(field);
  }
  return changed;
}
