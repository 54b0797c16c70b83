import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { KedangError } from '../../../shared/contract/errors';
import { latestSchemaVersion, migrations } from './migrations';
import { openEncrypted } from './encryptedConnection';

export const DB_FILE = 'kedang.db';
const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
export interface ArchiveDb {
  sqlite: Database.Database;
  path: string;
}

export function dbPath(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

/**
 * Opens (or creates) the encrypted archive with the raw 256-bit master key (encryptedConnection.ts),
 * then migrates it and checks the file on disk is not plain SQLite.
 */
export function openArchiveDb(path: string, masterKey: Buffer, options: { migrate?: boolean } = {}): ArchiveDb {
  const sqlite = openEncrypted(path, masterKey);
  try {
    if (options.migrate !== false) {
      migrate(sqlite);
      refreshPlannerStatistics(sqlite);
    }
    assertEncryptedOnDisk(path);
    return { sqlite, path };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

/**
 * Without statistics the planner guesses between indexes of the same leading column and at 100k files
 * sometimes sorts the whole list in a temp B-tree (30 ms becomes 160 ms). `optimize` with 0x10002
 * analyses only tables that lack statistics or grew tenfold since, on a sample, so opening stays fast.
 */
function refreshPlannerStatistics(sqlite: Database.Database): void {
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
}

function migrate(sqlite: Database.Database): void {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > latestSchemaVersion) {
    throw new KedangError('DB_SCHEMA_TOO_NEW', `Archive schema ${current} is newer than this app knows (${latestSchemaVersion})`, {
      details: { schemaVersion: current, knownVersion: latestSchemaVersion },
    });
  }
  for (const migration of migrations.slice(current)) {
    sqlite.transaction(() => {
      for (const statement of migration.statements) sqlite.exec(statement);
      sqlite.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

function assertEncryptedOnDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read === 16 && header.equals(SQLITE_PLAIN_HEADER)) {
      throw new KedangError('DB_NOT_ENCRYPTED', 'The archive file on disk is plain SQLite');
    }
  } finally {
    closeSync(fd);
  }
}

export function schemaVersion(db: ArchiveDb): number {
  return db.sqlite.pragma('user_version', { simple: true }) as number;
}

/** Closes the archive after folding the WAL back in, so no stale -wal/-shm pages linger. */
export function closeArchiveDb(db: ArchiveDb): void {
  if (!db.sqlite.open) return;
  try {
    db.sqlite.pragma('optimize');
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.sqlite.close();
  }
}
