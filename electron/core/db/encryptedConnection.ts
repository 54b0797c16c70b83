import Database from 'better-sqlite3';
import { KedangError } from '../../../shared/contract/errors';

/**
 * Decrypted pages live in SQLite's page cache. 48 MiB keeps what searches, cards and lists of 100k
 * customers touch (at 100k the search and card timings match those with 64 MiB, within the bench's
 * run-to-run spread), and leaves room in the core's 400 MB for printing beside the open archive
 * (docs/performance.md). A whole-file check reads every page and sets its own (integrityWorker.ts).
 */
export const PAGE_CACHE_KIB = 48 * 1024;

/**
 * A connection to an encrypted archive file, keyed and probed, without migrations (so worker threads
 * and checks of staged copies can use it too; the app's own open adds migrations in database.ts).
 *
 * Cipher: SQLCipher 4 format (AES-256-CBC + HMAC-SHA512 per page), see docs/encryption.md. The
 * pragmas go in the same order on every open, before the key; the key is given raw (x'…'), so no
 * per-open PBKDF2 runs. A wrong key only shows at the first read, so we probe right away, and we
 * check the cipher is really active because an npm alias mix-up would silently give plain SQLite.
 */
export function openEncrypted(path: string, masterKey: Buffer, options: { readonly?: boolean } = {}): Database.Database {
  if (masterKey.length !== 32) throw new KedangError('INTERNAL', 'Master key must be 256 bits');
  const sqlite = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
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
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('secure_delete = ON');
    // Sorts and temp indexes stay in memory: nothing decrypted may spill into a temp file.
    sqlite.pragma('temp_store = MEMORY');
    sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
