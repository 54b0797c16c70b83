import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KedangError } from '../../../shared/contract/errors';
import type { BackupManifest, BackupMeta } from '../../../shared/backup/backupFormat';
import { fsyncDirectory } from '../fs/atomicWrite';
import { startAgeEncryption, type AgeRecipient } from './age';
import { sealPayload } from './ageStream';
import { corrupt, targetError, throwIfCancelled } from './backupErrors';
import { containerPlaintext, type BackupEntrySource } from './backupContainer';
import { readBackupFile } from './backupReader';
import { wipe } from './sodium';
import { openNewFile, TargetFileWriter, type OpenTarget } from './targetFile';

export type BackupRecipient = AgeRecipient;

export interface WriteBackupOptions {
  /** The final name, e.g. `E:\\客档备份\\2026-11-23.kdbak`; nothing carries it until publish(). */
  targetPath: string;
  /** kedang.db (the SQLCipher snapshot, still encrypted) and vault.json. */
  entries: BackupEntrySource[];
  meta: BackupMeta;
  recipient: BackupRecipient;
  signal?: AbortSignal;
  /** Entry bytes consumed so far, and their total. */
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  random?: (n: number) => Buffer;
  /** Tests inject a target that fails; production creates the file with mode 0600. */
  openTarget?: OpenTarget;
}

/**
 * A backup written, fsynced and closed under a name that does not look finished
 * (`<target>.partial-<random>`). Read it back with verify(), then publish() it under its final
 * name, or discard() it.
 */
export interface PendingBackup {
  readonly partialPath: string;
  readonly targetPath: string;
  readonly sha256OfFile: string;
  readonly bytes: number;
  readonly manifest: BackupManifest;
  /**
   * Reads the file back from the target and checks all of it: the header is the one written, every
   * chunk authenticates, the tar and every entry's SHA-256 match, the file hash matches. Needs no
   * secret (the file key is still in memory), so a backup to an offline key is verified too.
   */
  verify(options?: { signal?: AbortSignal; onProgress?: (bytesDone: number, bytesTotal: number) => void }): Promise<BackupManifest>;
  /** Renames to the final name (never over an existing file) and fsyncs the folder; returns the final path. */
  publish(): Promise<string>;
  /** Removes the partial file. */
  discard(): Promise<void>;
}

const PROGRESS_STEP = 4 * 1024 * 1024;

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
 * manifest, streamed in ~2 MiB blocks. On failure or cancel the partial file is removed and the
 * error says why (BACKUP_TARGET_FULL, BACKUP_TARGET_UNAVAILABLE, BACKUP_CANCELLED, …).
 */
export async function writeBackup(options: WriteBackupOptions): Promise<PendingBackup> {
  const { targetPath, entries, meta, signal } = options;
  const random = options.random ?? nodeRandomBytes;
  throwIfCancelled(signal);
  if (await exists(targetPath)) throw new KedangError('BACKUP_TARGET_EXISTS', 'A file with the backup name already exists');
  const encryption = await startAgeEncryption(options.recipient, random);
  const partialPath = `${targetPath}.partial-${random(6).toString('hex')}`;
  let writer: TargetFileWriter | null = null;
  try {
    throwIfCancelled(signal);
    writer = new TargetFileWriter(await (options.openTarget ?? openNewFile)(partialPath));
    const total = entries.reduce((sum, e) => sum + e.size, 0);
    let done = 0;
    let reported = 0;
    const onBytes = (n: number) => {
      done += n;
      if (options.onProgress && (done - reported >= PROGRESS_STEP || done === total)) {
        reported = done;
        options.onProgress(done, total);
      }
    };
    const out: { manifest?: BackupManifest } = {};
    const plaintext = containerPlaintext(entries, meta, { signal, onBytes, done: (manifest) => (out.manifest = manifest) });
    await writer.write(encryption.preamble);
    for await (const block of sealPayload(encryption.payloadKey, plaintext, signal)) await writer.write(block);
    throwIfCancelled(signal);
    const written = await writer.finish();
    // A folder removed mid-write (a stick pulled and put back) leaves writes going to an unlinked file.
    const onDisk = await stat(partialPath);
    if (onDisk.size !== written.bytes) throw new KedangError('BACKUP_TARGET_UNAVAILABLE', 'The partial backup changed on disk while being written');
    return new WrittenBackup(partialPath, targetPath, written.sha256, written.bytes, out.manifest!, encryption.preamble, encryption.fileKey);
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
  private settled = false;

  constructor(
    readonly partialPath: string,
    readonly targetPath: string,
    readonly sha256OfFile: string,
    readonly bytes: number,
    readonly manifest: BackupManifest,
    private readonly preamble: Buffer,
    private readonly fileKey: Buffer,
  ) {}

  async verify(options: { signal?: AbortSignal; onProgress?: (bytesDone: number, bytesTotal: number) => void } = {}): Promise<BackupManifest> {
    this.assertOpen();
    const result = await readBackupFile(
      this.partialPath,
      async (header) => {
        if (!this.preamble.subarray(0, header.bytes.length).equals(header.bytes)) throw corrupt('header-syntax', 'The header read back differs from the one written');
        return this.fileKey;
      },
      options,
    );
    if (result.sha256OfFile !== this.sha256OfFile || result.bytes !== this.bytes) throw corrupt('chunk', 'The file read back differs from what was written');
    if (JSON.stringify(result.manifest) !== JSON.stringify(this.manifest)) throw corrupt('manifest', 'The manifest read back differs from the one written');
    return result.manifest;
  }

  async publish(): Promise<string> {
    this.assertOpen();
    if (await exists(this.targetPath)) throw new KedangError('BACKUP_TARGET_EXISTS', 'A file with the backup name appeared meanwhile');
    try {
      await rename(this.partialPath, this.targetPath);
    } catch (err) {
      throw targetError(err);
    }
    this.settle();
    await fsyncDirectory(dirname(this.targetPath));
    return this.targetPath;
  }

  async discard(): Promise<void> {
    if (this.settled) return;
    this.settle();
    await rm(this.partialPath, { force: true });
  }

  private settle(): void {
    this.settled = true;
    wipe(this.fileKey);
  }

  private assertOpen(): void {
    if (this.settled) throw new KedangError('INTERNAL', 'This backup was already published or discarded');
  }
}
