import { createHash, type Hash } from 'node:crypto';
import { KedangError } from '../../../shared/contract/errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupEntryNames,
  backupManifestSchema,
  MANIFEST_ENTRY,
  type BackupEntryName,
  type BackupManifest,
  type BackupMeta,
} from '../../../shared/backup/backupFormat';
import { corrupt, throwIfCancelled } from './backupErrors';
import type { ByteReader } from './byteReader';
import { END_OF_ARCHIVE, padding, parseUstarHeader, TAR_BLOCK, ustarHeader } from './ustar';

/**
 * The plaintext inside a backup: a ustar with `kedang.db`, `vault.json`, then `manifest.json`
 * holding each earlier entry's size and SHA-256 (hashed while streaming) and the caller's metadata.
 */
export interface BackupEntrySource {
  name: BackupEntryName;
  /** Known up front: the tar header comes before the bytes. */
  size: number;
  /** E.g. `readFileChunks(snapshotPath)`, a Readable, or `[bytes]` for something small. */
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface BackupEntryInfo {
  name: BackupEntryName;
  size: number;
}

/**
 * Receives one entry's bytes; must consume them (or not) before its promise settles. The reader
 * reuses its buffers: a piece stays valid until the third piece after it is asked for (so two
 * writes may be in flight, see entryFile.ts); copy what you keep longer.
 */
export type OnBackupEntry = (entry: BackupEntryInfo, data: AsyncIterable<Buffer>) => Promise<void>;

const MAX_MANIFEST_BYTES = 1024 * 1024;
/** More than a decrypted block (2 MiB): each piece is a slice of one block, never a copy. */
const ENTRY_PIECE_BYTES = 4 * 1024 * 1024;
const ZERO_PADDING = Buffer.alloc(TAR_BLOCK);

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function checkEntrySources(entries: BackupEntrySource[]): BackupEntrySource[] {
  const ordered = backupEntryNames.map((name) => entries.find((e) => e.name === name));
  if (entries.length !== backupEntryNames.length || ordered.some((e) => !e)) {
    throw new KedangError('INTERNAL', `A backup holds exactly ${backupEntryNames.join(', ')}`);
  }
  return ordered as BackupEntrySource[];
}

/**
 * Yields the tar's bytes; `done` receives the manifest once the last byte is out. Source buffers
 * are passed through unchanged (the encrypter copies them once into its blocks).
 */
export async function* containerPlaintext(
  entries: BackupEntrySource[],
  meta: BackupMeta,
  options: { signal?: AbortSignal; onBytes?: (n: number) => void; done: (manifest: BackupManifest) => void },
): AsyncGenerator<Buffer> {
  const mtime = new Date(meta.createdAt);
  const written: BackupManifest['entries'] = [];
  for (const entry of checkEntrySources(entries)) {
    yield ustarHeader(entry.name, entry.size, mtime);
    const hash = createHash('sha256');
    let seen = 0;
    for await (const piece of entry.source) {
      throwIfCancelled(options.signal);
      seen += piece.length;
      if (seen > entry.size) break;
      hash.update(piece);
      yield asBuffer(piece);
      options.onBytes?.(piece.length);
    }
    if (seen !== entry.size) throw new KedangError('INTERNAL', `${entry.name} changed size while being backed up (${entry.size} → ${seen})`);
    yield ZERO_PADDING.subarray(0, padding(entry.size));
    written.push({ name: entry.name, size: entry.size, sha256: hash.digest('hex') });
  }
  const manifest: BackupManifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, entries: written, meta };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  yield ustarHeader(MANIFEST_ENTRY, manifestBytes.length, mtime);
  yield manifestBytes;
  yield ZERO_PADDING.subarray(0, padding(manifestBytes.length));
  yield END_OF_ARCHIVE;
  options.done(manifest);
}

function isZero(bytes: Buffer): boolean {
  return bytes.every((b) => b === 0);
}

function entryStream(plaintext: ByteReader, size: number, hash: Hash | null) {
  let remaining = size;
  async function* chunks(): AsyncGenerator<Buffer> {
    while (remaining > 0) {
      const part = await plaintext.next(Math.min(remaining, ENTRY_PIECE_BYTES));
      if (!part) throw corrupt('tar', 'The tar ends inside an entry');
      remaining -= part.length;
      hash?.update(part);
      yield part;
    }
  }
  return {
    data: { [Symbol.asyncIterator]: chunks },
    drain: async () => {
      for await (const _part of chunks()) {
        // skipped by the caller, still hashed
      }
    },
  };
}

function parseManifest(bytes: Buffer): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw corrupt('manifest', 'manifest.json is not JSON');
  }
  const head = json as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== BACKUP_FORMAT) throw corrupt('manifest', 'manifest.json is not a KeDang backup manifest');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new KedangError('BACKUP_SCHEMA_TOO_NEW', `Backup format ${head.formatVersion} is newer than this app reads (${BACKUP_FORMAT_VERSION})`, {
      details: { formatVersion: head.formatVersion, knownVersion: BACKUP_FORMAT_VERSION },
    });
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) throw corrupt('manifest', 'manifest.json does not have the expected fields');
  return parsed.data;
}

/**
 * Reads the tar, hands each entry to `onEntry` as it streams by, and at the end checks every entry
 * against the manifest. Entry bytes are only trustworthy once this resolves. With `hashEntries`
 * false only names and sizes are compared (for reading back a file whose hashes we computed
 * while writing it, and whose every chunk authenticated under our key).
 */
export async function readContainer(plaintext: ByteReader, options: { onEntry?: OnBackupEntry; hashEntries?: boolean } = {}): Promise<BackupManifest> {
  const found: Array<{ name: BackupEntryName; size: number; sha256: string | null }> = [];
  let manifestBytes: Buffer | null = null;
  for (;;) {
    const block = await plaintext.readExact(TAR_BLOCK);
    if (block.length < TAR_BLOCK) throw corrupt('tar', 'The tar ends without its end-of-archive blocks');
    const header = parseUstarHeader(block);
    if (header === 'zero') {
      const second = await plaintext.readExact(TAR_BLOCK);
      if (second.length < TAR_BLOCK || !isZero(second) || !(await plaintext.atEnd())) throw corrupt('tar', 'The tar does not end with exactly two zero blocks');
      break;
    }
    if (manifestBytes) throw corrupt('tar', 'An entry follows manifest.json');
    if (header.name === MANIFEST_ENTRY) {
      if (header.size > MAX_MANIFEST_BYTES) throw corrupt('manifest', 'manifest.json is too large');
      manifestBytes = await plaintext.readExact(header.size);
      if (manifestBytes.length < header.size) throw corrupt('tar', 'The tar ends inside manifest.json');
    } else {
      const name = backupEntryNames.find((n) => n === header.name);
      if (!name) throw corrupt('tar', `Unexpected entry in the backup: ${header.name}`);
      if (found.some((f) => f.name === name)) throw corrupt('tar', `${name} appears twice`);
      const hash = options.hashEntries === false ? null : createHash('sha256');
      const entry = entryStream(plaintext, header.size, hash);
      if (options.onEntry) await options.onEntry({ name, size: header.size }, entry.data);
      await entry.drain();
      found.push({ name, size: header.size, sha256: hash?.digest('hex') ?? null });
    }
    const pad = await plaintext.readExact(padding(header.size));
    if (pad.length < padding(header.size) || !isZero(pad)) throw corrupt('tar', 'tar padding is missing or not zero');
  }
  if (!manifestBytes) throw corrupt('manifest', 'The backup has no manifest.json');
  const manifest = parseManifest(manifestBytes);
  const matches = (i: number) => {
    const [listed, seen] = [manifest.entries[i], found[i]!];
    return !!listed && listed.name === seen.name && listed.size === seen.size && (seen.sha256 === null || listed.sha256 === seen.sha256);
  };
  if (found.map((f) => f.name).join() !== backupEntryNames.join() || found.length !== manifest.entries.length || !found.every((_, i) => matches(i))) {
    throw corrupt('entry', 'The entries do not match the manifest (names, sizes or SHA-256)');
  }
  return manifest;
}
