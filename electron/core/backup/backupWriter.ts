import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KedangError } from '../../../shared/contract/errors';
import { backupMetaSchema, type BackupManifest, type BackupMeta } from '../../../shared/backup/backupFormat';
import { fsyncDirectory } from '../fs/atomicWrite';
import { discardAgeEncryption, startAgeEncryption, type AgeEncryption, type AgeRecipient } from './age';
import { BlockPool, sealPayload } from './ageStream';
import { corrupt, targetError, throwIfCancelled } from './backupErrors';
import { containerPlaintext, type BackupEntrySource, type OnBackupEntry } from './backupContainer';
import { readBackupFile, type BackupReadResult } from './backupReader';
import { ProgressCounter, type OnProgress } from './progress';
import { wipe } from './sodium';
import { openNewFile, TargetFileWriter, type OpenTarget } from './targetFile';

export type BackupRecipient = AgeRecipient;

export type WriteBackupOptions = {
  /** The final name, e.g. `E:\\客档备份\\客档-2026-11-23.kdbak`; nothing carries it until publish(). */
  targetPath: string;
  /** kedang.db (the SQLCipher snapshot, still encrypted) and vault.json, in any order. */
  entries: BackupEntrySource[];
  meta: BackupMeta;
  signal?: AbortSignal;
  /** Entry bytes consumed so far, and their total. */
  onProgress?: OnProgress;
  random?: (n: number) => Buffer;
  /** Tests inject a target that fails; production creates the file exclusively with mode 0600. */
  openTarget?: OpenTarget;
} & (
  | { recipient: BackupRecipient }
  /**
   * Started by the caller with startAgeEncryption: scrypt then runs on libuv's pool while the caller
   * still prepares the snapshot and its row counts. writeBackup owns (and wipes) its keys from here.
   */
  | { encryption: AgeEncryption }
);

export type ProgressOptions = { signal?: AbortSignal; onProgress?: OnProgress };
export type VerifyOptions = ProgressOptions & { onEntry?: OnBackupEntry };

/**
 * A backup written, fsynced and closed under a name that does not look finished
 * (`<target>.partial-<random>`). verify() reads it back; only then may publish() give it its
 * final name. discard() removes it. Until one of those, the file key stays in memory.
 */
export interface PendingBackup {
  readonly partialPath: string;
  readonly targetPath: string;
  readonly bytes: number;
  readonly manifest: BackupManifest;
  /**
   * Reads the whole file back from the target: the header is the one written, every chunk
   * authenticates under this backup's file key (so the plaintext is exactly what was hashed into
   * the manifest), the tar is well formed and ends where it should. Needs no secret, so a backup
   * to an offline key is verified too. Returns the file's SHA-256 as read. `onEntry` receives each
   * entry's bytes as read back (the database, to check its integrity).
   */
  verify(options?: VerifyOptions): Promise<BackupReadResult>;
  /** After a successful verify(): renames to the final name (never over a file) and fsyncs the folder. */
  publish(): Promise<{ path: string; sha256OfFile: string; bytes: number }>;
  /** Removes the partial file; safe to call more than once. */
  discard(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? false : Promise.reject(targetError(err))),
  );
}

function closeSources(entries: BackupEntrySource[]): void {
  for (const { source } of entries) {
    const destroy = (source as { destroy?: unknown }).destroy;
    if (typeof destroy === 'function') destroy.call(source);
  }
}

/**
 * Writes one backup: age (passphrase or X25519 recipients) over a ustar of the entries and a
 * manifest, streamed in ~2 MiB blocks with overlapping writes. On failure or cancel the partial
 * file is removed and the error says why (BACKUP_TARGET_FULL, BACKUP_TARGET_UNAVAILABLE,
 * BACKUP_CANCELLED, …).
 */
export async function writeBackup(options: WriteBackupOptions): Promise<PendingBackup> {
  const { targetPath, entries, meta, signal } = options;
  const random = options.random ?? nodeRandomBytes;
  let encryption: AgeEncryption;
  try {
    throwIfCancelled(signal);
    // The reader holds the manifest to this schema: never write a backup it would refuse.
    if (!backupMetaSchema.safeParse(meta).success) throw new KedangError('INTERNAL', 'Backup metadata does not match backupMetaSchema');
    if (await exists(targetPath)) throw new KedangError('BACKUP_TARGET_EXISTS', 'A file with the backup name already exists');
    encryption = 'encryption' in options ? options.encryption : startAgeEncryption(options.recipient, random);
  } catch (err) {
    closeSources(entries);
    if ('encryption' in options) discardAgeEncryption(options.encryption);
    throw err;
  }
  const partialPath = `${targetPath}.partial-${random(6).toString('hex')}`;
  let writer: TargetFileWriter | null = null;
  try {
    throwIfCancelled(signal);
    const pool = new BlockPool();
    writer = new TargetFileWriter(await (options.openTarget ?? openNewFile)(partialPath), (block) => pool.give(block));
    const progress = new ProgressCounter(
      entries.reduce((sum, e) => sum + e.size, 0),
      options.onProgress,
    );
    const onBytes = (n: number) => progress.add(n);
    const out: { manifest?: BackupManifest } = {};
    const plaintext = containerPlaintext(entries, meta, { signal, onBytes, done: (manifest) => (out.manifest = manifest) });
    // The payload does not wait for scrypt: it goes after a gap the header fills once scrypt is done.
    writer.skip(encryption.preambleLength);
    for await (const block of sealPayload(encryption.payloadKey, plaintext, { signal, pool })) await writer.write(block);
    const preamble = await encryption.preamble;
    if (preamble.length !== encryption.preambleLength) throw new KedangError('INTERNAL', 'The age header is not the length announced');
    await writer.writeAt(preamble, 0);
    throwIfCancelled(signal);
    const bytes = await writer.finish();
    // A folder removed mid-write (a stick pulled and put back) leaves the writes in an unlinked file.
    const onDisk = await stat(partialPath);
    if (onDisk.size !== bytes) throw new KedangError('BACKUP_TARGET_UNAVAILABLE', 'The partial backup changed on disk while being written');
    return new WrittenBackup(partialPath, targetPath, bytes, out.manifest!, preamble, encryption.fileKey);
  } catch (err) {
    closeSources(entries);
    await writer?.abandon();
    await rm(partialPath, { force: true }).catch(() => undefined);
    wipe(encryption.fileKey);
    throw targetError(err);
  } finally {
    wipe(encryption.payloadKey);
  }
}

class WrittenBackup implements PendingBackup {
  private state: 'written' | 'verified' | 'settled' = 'written';
  private sha256OfFile = '';

  constructor(
    readonly partialPath: string,
    readonly targetPath: string,
    readonly bytes: number,
    readonly manifest: BackupManifest,
    private readonly preamble: Buffer,
    private readonly fileKey: Buffer,
  ) {}

  async verify(options: VerifyOptions = {}): Promise<BackupReadResult> {
    if (this.state === 'settled') throw new KedangError('INTERNAL', 'This backup was already published or discarded');
    const fileKeyFor = async (header: { bytes: Buffer }) => {
      if (!this.preamble.subarray(0, header.bytes.length).equals(header.bytes)) throw corrupt('header-syntax', 'The header read back differs from the one written');
      return this.fileKey;
    };
    // Every chunk authenticating under our key proves the plaintext is what was hashed while writing.
    const result = await readBackupFile(this.partialPath, fileKeyFor, { ...options, hashEntries: false });
    if (result.bytes !== this.bytes) throw corrupt('chunk', 'The file read back is not the size written');
    if (JSON.stringify(result.manifest) !== JSON.stringify(this.manifest)) throw corrupt('manifest', 'The manifest read back differs from the one written');
    this.state = 'verified';
    this.sha256OfFile = result.sha256OfFile;
    return result;
  }

  async publish(): Promise<{ path: string; sha256OfFile: string; bytes: number }> {
    if (this.state !== 'verified') throw new KedangError('INTERNAL', 'A backup is published only after verify() succeeded');
    if (await exists(this.targetPath)) throw new KedangError('BACKUP_TARGET_EXISTS', 'A file with the backup name appeared meanwhile');
    try {
      await rename(this.partialPath, this.targetPath);
    } catch (err) {
      throw targetError(err);
    }
    this.settle();
    await fsyncDirectory(dirname(this.targetPath));
    return { path: this.targetPath, sha256OfFile: this.sha256OfFile, bytes: this.bytes };
  }

  async discard(): Promise<void> {
    if (this.state === 'settled') return;
    this.settle();
    await rm(this.partialPath, { force: true });
  }

  private settle(): void {
    this.state = 'settled';
    wipe(this.fileKey);
  }
}
