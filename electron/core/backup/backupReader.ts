import { createHash, type Hash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { BackupManifest } from '../../../shared/backup/backupFormat';
import { openAgeStream, unwrapAgeFileKey, type AgeSecret } from './age';
import type { AgeHeader } from './ageHeader';
import { KedangError } from '../../../shared/contract/errors';
import { targetError } from './backupErrors';
import { readContainer, type OnBackupEntry } from './backupContainer';
import { ByteReader } from './byteReader';
import { readFileChunks } from './fileChunks';
import { ProgressCounter, type OnProgress } from './progress';

export type BackupSecret = AgeSecret;

export interface ReadBackupOptions {
  path: string;
  secret: BackupSecret;
  /**
   * Each entry's bytes as they are decrypted. They are verified against the manifest only at the
   * end: keep what you write aside (a temp file) until readBackup resolves. Pieces are slices of
   * reused buffers, valid until the third piece after them is asked for.
   */
  onEntry?: OnBackupEntry;
  signal?: AbortSignal;
  /** Ciphertext bytes read so far, and the file's size. */
  onProgress?: OnProgress;
}

export interface BackupReadResult {
  manifest: BackupManifest;
  /** SHA-256 of the whole .kdbak file, as written. */
  sha256OfFile: string;
  bytes: number;
}

async function* hashed(pieces: AsyncIterable<Buffer>, hash: Hash, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const piece of pieces) {
    hash.update(piece);
    onBytes(piece.length);
    yield piece;
  }
}

/** Streams a backup file through age and the container checks; `fileKeyFor` decides how the header is opened. */
export async function readBackupFile(
  path: string,
  fileKeyFor: (header: AgeHeader) => Promise<Buffer>,
  options: { onEntry?: OnBackupEntry; signal?: AbortSignal; onProgress?: OnProgress; hashEntries?: boolean },
): Promise<BackupReadResult> {
  const total = await stat(path).then(
    (s) => {
      // A folder picked instead of the file in it is not a backup (reading it would fail as EISDIR, an internal error).
      if (!s.isFile()) throw new KedangError('BACKUP_NOT_AGE', 'Not a file');
      return s.size;
    },
    (err: unknown) => Promise.reject(targetError(err)),
  );
  const hash = createHash('sha256');
  const progress = new ProgressCounter(total, options.onProgress);
  const file = new ByteReader(hashed(readFileChunks(path), hash, (n) => progress.add(n)), options.signal);
  try {
    // Entry receivers let go of a piece within three more (OnBackupEntry), so plaintext buffers take
    // turns: no fresh 2 MiB allocation, page faults and collection per block.
    const payload = await openAgeStream(file, fileKeyFor, { signal: options.signal, reuseOutput: true });
    const manifest = await readContainer(new ByteReader(payload, options.signal), { onEntry: options.onEntry, hashEntries: options.hashEntries });
    return { manifest, sha256OfFile: hash.digest('hex'), bytes: progress.done };
  } finally {
    await file.close();
  }
}

/** Decrypts a backup, streaming its entries to `onEntry`, and returns the verified manifest. */
export function readBackup(options: ReadBackupOptions): Promise<BackupReadResult> {
  return readBackupFile(options.path, (header) => unwrapAgeFileKey(header, options.secret), options);
}

/** 校验备份: reads and checks everything (every chunk, the tar, the manifest hashes), keeps nothing. */
export function verifyBackup(options: Omit<ReadBackupOptions, 'onEntry'>): Promise<BackupReadResult> {
  return readBackup(options);
}
