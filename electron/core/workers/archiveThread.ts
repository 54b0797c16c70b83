import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { openEncrypted } from '../db/encryptedConnection';
import { toErrorPayload } from '../rpc/errorPayload';

/** What every thread that reads an archive file is given (runWorker.ts starts it). */
export interface ArchiveThreadData {
  path: string;
  /** The key as hex, made into a Buffer here and zeroed once the file is open. */
  keyHex: string;
}

/**
 * A worker thread's whole life when it reads one encrypted archive file: open it read-only, run
 * `work`, answer `{ ok, value }` or `{ ok: false, error }` as runWorker expects, close. `progress`
 * sends a `{ progress }` message before the answer.
 */
export function answerFromArchive<D extends ArchiveThreadData, T>(work: (db: Database.Database, data: D, progress: (value: unknown) => void) => T): void {
  const port = parentPort!;
  const data = workerData as D;
  try {
    const key = Buffer.from(data.keyHex, 'hex');
    const db = openEncrypted(data.path, key, { readonly: true });
    key.fill(0);
    try {
      port.postMessage({ ok: true, value: work(db, data, (progress) => port.postMessage({ progress })) });
    } finally {
      db.close();
    }
  } catch (err) {
    port.postMessage({ ok: false, error: toErrorPayload(err) });
  }
}
