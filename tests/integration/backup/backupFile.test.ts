import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAgeEncryption } from '../../../electron/core/backup/age';
import { generateAgeIdentity } from '../../../electron/core/backup/ageKeys';
import { SEALED_CHUNK_BYTES } from '../../../electron/core/backup/ageStream';
import type { BackupEntrySource } from '../../../electron/core/backup/backupContainer';
import { readBackup, verifyBackup } from '../../../electron/core/backup/backupReader';
import { writeBackup, type WriteBackupOptions } from '../../../electron/core/backup/backupWriter';
import type { OpenTarget } from '../../../electron/core/backup/targetFile';
import { keepDatabaseEntry } from '../../../electron/core/backup/backupExport';
import { writeEntryFile } from '../../../electron/core/backup/entryFile';
import { BACKUP_FILE_EXTENSION, type BackupMeta } from '../../../shared/backup/backupFormat';
import { collect, failure, outcome, piecesOf, random, TEST_WORK_FACTOR } from '../../unit/backup/support/bytes';

const PASSPHRASE = 'Kedang 备份 2026!';
const keys = generateAgeIdentity();
const meta: BackupMeta = {
  storeName: '示例汽车 4S 店',
  createdAt: '2026-11-23T10:00:00.000+08:00',
  appVersion: '0.1.0',
  schemaVersion: 7,
  rowCounts: { customers: 100_000, vehicles: 150_000 },
  auditAnchor: { seq: 9876, hash: 'b'.repeat(64) },
  madeBy: { userId: null, name: '定时备份' },
};
const db = random(3_000_000);
const vault = Buffer.from('{"format":"kedang-vault","version":1}\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kedang-backup-'));
  dirs.push(dir);
  return dir;
}

/** A 2 MiB tmpfs, when this runs as root on Linux; otherwise the full-drive case is only simulated. */
function mountSmallTmpfs(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = newDir();
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]).status !== 0) return null;
  return dir;
}
const smallDrive = mountSmallTmpfs();
afterAll(() => {
  if (smallDrive) spawnSync('umount', [smallDrive]);
});

function sources(dbBytes: AsyncIterable<Uint8Array> = piecesOf(db)): BackupEntrySource[] {
  return [
    { name: 'kedang.db', size: db.length, source: dbBytes },
    { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
  ];
}

function options(dir: string, extra: Partial<WriteBackupOptions> = {}): WriteBackupOptions {
  return { targetPath: join(dir, `客档备份-2026-11-23${BACKUP_FILE_EXTENSION}`), entries: sources(), meta, recipient: { x25519: [keys.recipient] }, ...extra };
}

/** A drive that takes `limit` bytes and then reports ENOSPC, over a real file. */
function fillsUpAfter(limit: number): OpenTarget {
  return async (path) => {
    const handle = await open(path, 'wx', 0o600);
    let written = 0;
    return {
      write: async (buffer, offset, length, position) => {
        if (written + length > limit) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        written += length;
        return handle.write(buffer, offset, length, position);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  };
}

/** A stick that stores one byte wrong: the byte at file offset `at` is flipped on its way to a real file. */
function storesWrongByteAt(at: number): OpenTarget {
  return async (path) => {
    const handle = await open(path, 'wx', 0o600);
    return {
      write: async (buffer, offset, length, position) => {
        if (at < position || at >= position + length) return handle.write(buffer, offset, length, position);
        // The caller's buffer stays as it was (it may be reused); the file gets the bad byte.
        const copy = Buffer.from(buffer.subarray(offset, offset + length));
        copy[at - position]! ^= 0x01;
        return handle.write(copy, 0, length, position);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  };
}

/** Yields the database and runs `then` once `after` bytes are out. */
async function* dbThen(after: number, then: () => void): AsyncGenerator<Buffer> {
  let sent = 0;
  for await (const piece of piecesOf(db)) {
    yield piece;
    sent += piece.length;
    if (sent >= after) then();
  }
}

describe('backup files', () => {
  it('a backup is written under a partial name, read back, and only then published as .kdbak', async () => {
    const dir = newDir();
    const pending = await writeBackup(options(dir, { recipient: { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR } }));
    expect(readdirSync(dir)).toEqual([pending.partialPath.split('/').at(-1)]);
    expect(pending.partialPath.endsWith(BACKUP_FILE_EXTENSION)).toBe(false);
    expect(statSync(pending.partialPath).size).toBe(pending.bytes);
    const readBack = await pending.verify();
    expect(readBack.manifest).toEqual(pending.manifest);
    const published = await pending.publish();
    expect(readdirSync(dir)).toEqual([`客档备份-2026-11-23${BACKUP_FILE_EXTENSION}`]);
    expect(statSync(published.path).mode & 0o777).toBe(0o600);
    expect(published.sha256OfFile).toBe(sha(readFileSync(published.path)));
    expect(published.bytes).toBe(statSync(published.path).size);

    const seen: Record<string, Buffer> = {};
    const result = await readBackup({
      path: published.path,
      secret: { passphrase: PASSPHRASE },
      onEntry: async (entry, data) => {
        seen[entry.name] = await collect(data);
      },
    });
    expect(result.manifest).toEqual(pending.manifest);
    expect(result.manifest.meta).toEqual(meta);
    expect(result.manifest.entries).toEqual([
      { name: 'kedang.db', size: db.length, sha256: sha(db) },
      { name: 'vault.json', size: vault.length, sha256: sha(vault) },
    ]);
    expect(seen['kedang.db']!.equals(db) && seen['vault.json']!.equals(vault)).toBe(true);
    expect(result.sha256OfFile).toBe(published.sha256OfFile);
  });

  it('a backup to a key file is read back without the key, and verified in full with it', async () => {
    const dir = newDir();
    const pending = await writeBackup(options(dir));
    await pending.verify();
    const { path } = await pending.publish();
    const verified = await verifyBackup({ path, secret: { identity: keys.identity } });
    expect(verified.manifest).toEqual(pending.manifest);
  });

  it('publish() refuses a backup that was not read back, or whose read-back failed', async () => {
    const dir = newDir();
    const pending = await writeBackup(options(dir));
    expect(await outcome(pending.publish())).toBe('INTERNAL');
    const bytes = readFileSync(pending.partialPath);
    bytes[bytes.length - 5_000]! ^= 0x40;
    writeFileSync(pending.partialPath, bytes);
    expect(await outcome(pending.verify())).toBe('BACKUP_CORRUPT');
    expect(await outcome(pending.publish())).toBe('INTERNAL');
    await pending.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['in the database entry', (bytes: number) => Math.floor(bytes / 2)],
    ['in the age header (written last, at the start)', () => 30],
    ['in the last chunk', (bytes: number) => bytes - 3],
  ])('a stick that stores one byte wrong %s is caught by the read-back, and nothing gets the backup’s name', async (_where, position) => {
    const dir = newDir();
    const recipient = { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR };
    const bytes = (await writeBackup(options(newDir(), { recipient }))).bytes;
    const pending = await writeBackup(options(dir, { openTarget: storesWrongByteAt(position(bytes)), recipient }));
    const readBack = join(newDir(), 'kedang.db');
    expect(await outcome(pending.verify({ onEntry: keepDatabaseEntry(readBack) }))).toBe('BACKUP_CORRUPT');
    expect(await outcome(pending.publish())).toBe('INTERNAL');
    await pending.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the database read back for SQLite’s check is the snapshot byte for byte, though the reader reuses its buffers', async () => {
    // Big enough for the decrypter's buffers to be reused many times over, with writes in flight.
    const big = random(21_000_000);
    const entries = (): BackupEntrySource[] => [
      { name: 'kedang.db', size: big.length, source: piecesOf(big) },
      { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
    ];
    const pending = await writeBackup(options(newDir(), { entries: entries() }));
    const readBack = join(newDir(), 'kedang.db');
    await pending.verify({ onEntry: keepDatabaseEntry(readBack) });
    expect(readFileSync(readBack).equals(big)).toBe(true);
    expect(statSync(readBack).mode & 0o777).toBe(0o600);
    // A restore stages every entry the same way, each into a file of its own.
    const staged = newDir();
    const stage = () => readBackup({ path: pending.partialPath, secret: { identity: keys.identity }, onEntry: (entry, data) => writeEntryFile(join(staged, entry.name), data) });
    await stage();
    expect(readFileSync(join(staged, 'kedang.db')).equals(big) && readFileSync(join(staged, 'vault.json')).equals(vault)).toBe(true);
    // Never over a file that is already there.
    expect(await stage().catch((err: NodeJS.ErrnoException) => err.code)).toBe('EEXIST');
    await pending.discard();
  });

  it('an entry’s piece, as the reader hands it out, stays as it was until the third piece after it is asked for', async () => {
    const big = random(21_000_000);
    const pending = await writeBackup(options(newDir(), { entries: [
      { name: 'kedang.db', size: big.length, source: piecesOf(big) },
      { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
    ] }));
    let pieces = 0;
    await pending.verify({
      onEntry: async (_entry, data) => {
        const held: Array<{ piece: Buffer; copy: Buffer }> = [];
        for await (const piece of data) {
          held.push({ piece, copy: Buffer.from(piece) });
          pieces += 1;
          // This piece and the two before it are still intact; the oldest may go before the next is asked for.
          expect(held.every((h) => h.piece.equals(h.copy))).toBe(true);
          if (held.length === 3) held.shift();
        }
      },
    });
    expect(pieces).toBeGreaterThan(8);
    await pending.discard();
  });

  it('a passphrase backup whose scrypt was started before the snapshot was ready opens with its passphrase', async () => {
    const dir = newDir();
    const encryption = startAgeEncryption({ passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR });
    const pending = await writeBackup({ targetPath: options(dir).targetPath, entries: sources(), meta, encryption });
    await pending.verify();
    const { path } = await pending.publish();
    expect((await verifyBackup({ path, secret: { passphrase: PASSPHRASE } })).manifest).toEqual(pending.manifest);
  });

  it('a backup that stops before writing forgets the keys of the encryption started for it', async () => {
    const dir = newDir();
    writeFileSync(options(dir).targetPath, 'an older backup');
    const encryption = startAgeEncryption({ x25519: [keys.recipient] });
    expect(await outcome(writeBackup({ targetPath: options(dir).targetPath, entries: sources(), meta, encryption }))).toBe('BACKUP_TARGET_EXISTS');
    expect(encryption.fileKey.every((b) => b === 0) && encryption.payloadKey.every((b) => b === 0)).toBe(true);
  });

  it('a backup never replaces an existing file, before or at publish', async () => {
    const dir = newDir();
    const target = options(dir).targetPath;
    writeFileSync(target, 'an older backup');
    expect(await outcome(writeBackup(options(dir)))).toBe('BACKUP_TARGET_EXISTS');
    expect(readdirSync(dir)).toHaveLength(1);
    rmSync(target);
    const pending = await writeBackup(options(dir));
    await pending.verify();
    writeFileSync(target, 'appeared meanwhile');
    expect(await outcome(pending.publish())).toBe('BACKUP_TARGET_EXISTS');
    expect(readFileSync(target, 'utf8')).toBe('appeared meanwhile');
    await pending.discard();
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('metadata the reader would refuse is refused before anything is written', async () => {
    const dir = newDir();
    expect(await outcome(writeBackup(options(dir, { meta: { ...meta, createdAt: '23/11/2026' } })))).toBe('INTERNAL');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!smallDrive)('a backup written to a full drive leaves no file behind', async () => {
    const err = await failure(writeBackup(options(smallDrive!)));
    expect(err.code).toBe('BACKUP_TARGET_FULL');
    expect(readdirSync(smallDrive!)).toEqual([]);
  });

  it('a drive that reports ENOSPC part-way leaves no partial file', async () => {
    const dir = newDir();
    const err = await failure(writeBackup(options(dir, { openTarget: fillsUpAfter(1_000_000) })));
    expect([err.code, err.details?.errno]).toEqual(['BACKUP_TARGET_FULL', 'ENOSPC']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a target folder removed mid-write (a stick pulled and put back) fails and leaves nothing', async () => {
    const dir = newDir();
    const pulled = dbThen(1_000_000, () => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    });
    expect(await outcome(writeBackup(options(dir, { entries: sources(pulled) })))).toBe('BACKUP_TARGET_UNAVAILABLE');
    expect(readdirSync(dir)).toEqual([]);
    const gone = newDir();
    const removed = dbThen(1_000_000, () => rmSync(gone, { recursive: true, force: true }));
    expect(await outcome(writeBackup(options(gone, { entries: sources(removed) })))).toBe('BACKUP_TARGET_UNAVAILABLE');
  });

  it('cancelling mid-way stops with BACKUP_CANCELLED, leaves nothing and closes the sources', async () => {
    const dir = newDir();
    const controller = new AbortController();
    let closed = false;
    async function* watched() {
      try {
        yield* dbThen(1_000_000, () => controller.abort());
      } finally {
        closed = true;
      }
    }
    expect(await outcome(writeBackup(options(dir, { entries: sources(watched()), signal: controller.signal })))).toBe('BACKUP_CANCELLED');
    expect(readdirSync(dir)).toEqual([]);
    expect(closed).toBe(true);
    expect(await outcome(writeBackup(options(dir, { signal: AbortSignal.abort() })))).toBe('BACKUP_CANCELLED');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelling the passphrase backup while scrypt still runs leaves nothing', async () => {
    const dir = newDir();
    const controller = new AbortController();
    const entries = sources(dbThen(10, () => controller.abort()));
    expect(await outcome(writeBackup(options(dir, { entries, recipient: { passphrase: PASSPHRASE, workFactor: 16 }, signal: controller.signal })))).toBe('BACKUP_CANCELLED');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cancelling the read-back stops it; the partial file can then be discarded', async () => {
    const dir = newDir();
    const pending = await writeBackup(options(dir));
    const controller = new AbortController();
    expect(await outcome(pending.verify({ signal: controller.signal, onProgress: () => controller.abort() }))).toBe('BACKUP_CANCELLED');
    await pending.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('progress counts up to the total, writing and reading back', async () => {
    const dir = newDir();
    const big = random(9_000_000);
    const writes: Array<[number, number]> = [];
    const pending = await writeBackup(
      options(dir, {
        entries: [
          { name: 'kedang.db', size: big.length, source: piecesOf(big) },
          { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
        ],
        onProgress: (done, total) => writes.push([done, total]),
      }),
    );
    const reads: Array<[number, number]> = [];
    await pending.verify({ onProgress: (done, total) => reads.push([done, total]) });
    for (const [steps, total] of [
      [writes, big.length + vault.length],
      [reads, pending.bytes],
    ] as const) {
      expect(steps.length).toBeGreaterThan(1);
      expect(steps.every(([, t]) => t === total)).toBe(true);
      expect(steps.every(([d], i) => i === 0 || d > steps[i - 1]![0])).toBe(true);
      expect(steps.at(-1)).toEqual([total, total]);
    }
  });

  it('a wrong passphrase or key file opens nothing and hands out no entry', async () => {
    const dir = newDir();
    const pending = await writeBackup(options(dir, { recipient: { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR } }));
    let entries = 0;
    const onEntry = async () => {
      entries += 1;
    };
    expect(await outcome(readBackup({ path: pending.partialPath, secret: { passphrase: 'not it' }, onEntry }))).toBe('BACKUP_WRONG_SECRET');
    expect(await outcome(readBackup({ path: pending.partialPath, secret: { identity: keys.identity }, onEntry }))).toBe('BACKUP_WRONG_SECRET');
    expect(entries).toBe(0);
  });

  it('a backup cut short or with bytes appended is refused when checked', async () => {
    const dir = newDir();
    const pending = await writeBackup(options(dir));
    await pending.verify();
    const { path } = await pending.publish();
    const header = readFileSync(path).indexOf('\n', readFileSync(path).indexOf('\n--- ') + 1) + 1;
    const secret = { identity: keys.identity };
    writeFileSync(`${path}.tail`, Buffer.concat([readFileSync(path), Buffer.from('x')]));
    expect(await outcome(verifyBackup({ path: `${path}.tail`, secret }))).toBe('BACKUP_CORRUPT');
    truncateSync(path, header + 16 + 10 * SEALED_CHUNK_BYTES);
    expect(await outcome(verifyBackup({ path, secret }))).toBe('BACKUP_TRUNCATED');
    expect(await outcome(verifyBackup({ path: join(dir, 'missing.kdbak'), secret }))).toBe('BACKUP_TARGET_UNAVAILABLE');
  });

  it('a folder given instead of a backup file is refused as not a backup, not as an internal error', async () => {
    expect(await outcome(verifyBackup({ path: newDir(), secret: { identity: keys.identity } }))).toBe('BACKUP_NOT_AGE');
  });

  it('writing, reading back and restoring 200 MB keeps memory growth far below the payload', async () => {
    const dir = newDir();
    const size = 200 * 1024 * 1024;
    const piece = random(1024 * 1024);
    async function* twoHundredMegabytes() {
      for (let sent = 0; sent < size; sent += piece.length) yield piece;
    }
    const start = process.memoryUsage.rss();
    let peak = start;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage.rss());
    };
    const timer = setInterval(sample, 20);
    try {
      const pending = await writeBackup({
        ...options(dir),
        entries: [
          { name: 'kedang.db', size, source: twoHundredMegabytes() },
          { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
        ],
        onProgress: sample,
      });
      await pending.verify({ onProgress: sample });
      let restored = 0;
      await readBackup({
        path: pending.partialPath,
        secret: { identity: keys.identity },
        onProgress: sample,
        onEntry: async (_entry, data) => {
          for await (const part of data) restored += part.length;
        },
      });
      expect(restored).toBe(size + vault.length);
      await pending.discard();
    } finally {
      clearInterval(timer);
    }
    // Fixed-size buffers only (blocks, read-ahead ring, plaintext): ~50 MB here, whatever the payload.
    expect(peak - start).toBeLessThan(96 * 1024 * 1024);
  });
});
