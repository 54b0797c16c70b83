import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFileChunks } from './fileChunks';

export interface Snapshot {
  /** Bytes of the database file as of the snapshot, still encrypted under the archive's master key. */
  size: number;
  chunks(): AsyncIterable<Buffer>;
  /** How the snapshot was taken: the live file held still, or a VACUUM INTO copy when it could not be. */
  method: 'file' | 'vacuum';
}

function walSize(dbFile: string): number {
  try {
    return statSync(`${dbFile}-wal`).size;
  } catch {
    return 0;
  }
}

const ATTEMPTS = 20;

/**
 * A consistent copy of the archive without a plaintext temp file and without re-encrypting every page.
 *
 * In WAL mode the database file changes only when a checkpoint copies committed frames into it, and a
 * checkpoint never copies frames newer than the oldest reader's snapshot. So: fold the WAL in
 * (TRUNCATE), open a read transaction, and check the WAL is still empty — then this reader's snapshot
 * is the database file itself, no checkpoint may touch the file while the reader holds, and the file's
 * bytes can be streamed as they are. Writers meanwhile append to the WAL and wait for nothing.
 * If the archive is too busy for an empty WAL, VACUUM INTO makes the copy instead (SQLCipher keeps it
 * encrypted under the same key); it is removed when `use` is done.
 */
export async function withSnapshot<T>(connection: Database.Database, dbFile: string, use: (snapshot: Snapshot) => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    signal?.throwIfAborted();
    connection.pragma('wal_checkpoint(TRUNCATE)');
    connection.exec('BEGIN');
    try {
      connection.prepare('SELECT count(*) FROM sqlite_master').get();
      if (walSize(dbFile) === 0) {
        const size = statSync(dbFile).size;
        return await use({ size, chunks: () => readFileChunks(dbFile, size), method: 'file' });
      }
    } finally {
      if (connection.inTransaction) connection.exec('COMMIT');
    }
    await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)));
  }
  const copy = join(dirname(dbFile), `.snapshot-${randomBytes(6).toString('hex')}.db`);
  try {
    connection.prepare('VACUUM INTO ?').run(copy);
    const size = statSync(copy).size;
    return await use({ size, chunks: () => readFileChunks(copy, size), method: 'vacuum' });
  } finally {
    rmSync(copy, { force: true });
  }
}
