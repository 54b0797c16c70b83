import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { KedangError } from '../../../shared/contract/errors';
import { latestSchemaVersion, migrations } from './migrations';

export const DB_FILE = 'kedang.db';
const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Decrypted pages live in SQLite's page cache; 64 MiB keeps the working set of 100k customers hot. */
const PAGE_CACHE_KIB = 64 * 1024;

export interface ArchiveDb {
  sqlite: Database.Database;
  path: string;
}

export function dbPath(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

/**
 * Opens (or creates) the encrypted archive with the raw 256-bit master key, then migrates it.
 *
 * Cipher: SQLCipher 4 format (AES-256-CBC + HMAC-SHA512 per page), see docs/encryption.md.
 * The pragmas go in the same order on every open, before the key; the key is given raw
 * (x'…'), so no per-open PBKDF2 runs. A wrong key only shows at the first read, so we probe
 * right away, and we check the cipher is really active because an npm alias mix-up would
 * silently give us plain SQLite.
 */
export function openArchiveDb(path: string, masterKey: Buffer, options: { migrate?: boolean } = {}): ArchiveDb {
  if (masterKey.length !== 32) throw new KedangError('INTERNAL', 'Master key must be 256 bits');
  const sqlite = new Database(path);
  try {
    sqlite.pragma(`cipher = 'sqlcipher'`);
    sqlite.pragma('legacy = 4');
    sqlite.pragma(`key = "x'${masterKey.toString('hex')}'"`);
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new KedangError('AUTH_INVALID_CREDENTIALS', 'The key does not open this archive');
    }
    if (sqlite.pragma('cipher', { simple: true }) !== 'sqlcipher') {
      throw new KedangError('DB_NOT_ENCRYPTED', 'The SQLite build in use does not encrypt (better-sqlite3 alias?)');
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('secure_delete = ON');
    // Sorts and temp indexes stay in memory: nothing decrypted may spill into a temp file.
    sqlite.pragma('temp_store = MEMORY');
    sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    sqlite.pragma('busy_timeout = 5000');
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
