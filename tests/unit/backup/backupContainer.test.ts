import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { containerPlaintext, readContainer, type BackupEntrySource } from '../../../electron/core/backup/backupContainer';
import { ByteReader } from '../../../electron/core/backup/byteReader';
import { END_OF_ARCHIVE, padding, ustarHeader } from '../../../electron/core/backup/ustar';
import type { BackupMeta } from '../../../shared/backup/backupFormat';
import { collect, failure, outcome, piecesOf, random } from './support/bytes';

const meta: BackupMeta = {
  storeName: '示例汽车 4S 店',
  createdAt: '2026-11-23T10:00:00.000+08:00',
  appVersion: '0.1.0',
  schemaVersion: 7,
  rowCounts: { customers: 3, vehicles: 4 },
  auditAnchor: { seq: 42, hash: 'a'.repeat(64) },
  madeBy: { userId: 1, name: 'admin' },
};
const db = random(200_000);
const vault = Buffer.from('{"format":"kedang-vault","version":1}\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A ustar header with any name (ustarHeader refuses odd names) and optional raw edits, checksum redone. */
function header(name: string, size: number, edit?: (h: Buffer) => void): Buffer {
  const h = ustarHeader('placeholder', size, new Date(meta.createdAt));
  h.fill(0, 0, 100);
  h.write(name, 0, 'latin1');
  edit?.(h);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

function entry(name: string, data: Buffer, edit?: (h: Buffer) => void): Buffer {
  return Buffer.concat([header(name, data.length, edit), data, Buffer.alloc(padding(data.length))]);
}

function manifest(overrides: Record<string, unknown> = {}, entries = [{ name: 'kedang.db', data: db }, { name: 'vault.json', data: vault }]): Buffer {
  const body = { format: 'kedang-backup', formatVersion: 1, entries: entries.map((e) => ({ name: e.name, size: e.data.length, sha256: sha(e.data) })), meta, ...overrides };
  return Buffer.from(JSON.stringify(body));
}

const good = () => [entry('kedang.db', db), entry('vault.json', vault), entry('manifest.json', manifest()), END_OF_ARCHIVE];

function read(tar: Buffer) {
  return readContainer(new ByteReader(piecesOf(tar, [512, 3, 100_000])));
}

function sources(dbBytes = db, announced = dbBytes.length): BackupEntrySource[] {
  return [
    { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
    { name: 'kedang.db', size: announced, source: piecesOf(dbBytes) },
  ];
}

describe('backup container', () => {
  it('the writer’s tar reads back: entries in order, then the manifest with their SHA-256 and the metadata', async () => {
    let written: unknown;
    const tar = await collect(containerPlaintext(sources(), meta, { done: (m) => (written = m) }));
    expect(tar.length % 512).toBe(0);
    const seen: Record<string, Buffer> = {};
    const result = await readContainer(new ByteReader(piecesOf(tar)), {
      onEntry: async (e, data) => {
        seen[e.name] = await collect(data);
      },
    });
    expect(result).toEqual(written);
    expect(result.entries).toEqual([
      { name: 'kedang.db', size: db.length, sha256: sha(db) },
      { name: 'vault.json', size: vault.length, sha256: sha(vault) },
    ]);
    expect(result.meta).toEqual(meta);
    expect(seen['kedang.db']!.equals(db) && seen['vault.json']!.equals(vault)).toBe(true);
  });

  it('a reader that stops early still has the rest of the entry hashed and checked', async () => {
    const tar = await collect(containerPlaintext(sources(), meta, { done: () => undefined }));
    const result = await readContainer(new ByteReader(piecesOf(tar)), {
      onEntry: async (_e, data) => {
        for await (const _part of data) break;
      },
    });
    expect(result.entries[0]!.sha256).toBe(sha(db));
    const wrongHash = Buffer.concat([entry('kedang.db', db), entry('vault.json', vault), entry('manifest.json', manifest({ entries: [{ name: 'kedang.db', size: db.length, sha256: sha(vault) }, { name: 'vault.json', size: vault.length, sha256: sha(vault) }] })), END_OF_ARCHIVE]);
    expect(await outcome(readContainer(new ByteReader(piecesOf(wrongHash)), { onEntry: async () => undefined }))).toBe('BACKUP_CORRUPT');
  });

  it('a source that yields a different number of bytes than announced stops the backup', async () => {
    expect(await outcome(collect(containerPlaintext(sources(db, db.length + 1), meta, { done: () => undefined })))).toBe('INTERNAL');
    expect(await outcome(collect(containerPlaintext(sources(db, db.length - 1), meta, { done: () => undefined })))).toBe('INTERNAL');
  });

  it('a backup holds exactly kedang.db and vault.json', async () => {
    const [vaultOnly] = sources();
    expect(await outcome(collect(containerPlaintext([vaultOnly!], meta, { done: () => undefined })))).toBe('INTERNAL');
    expect(await outcome(collect(containerPlaintext([...sources(), vaultOnly!], meta, { done: () => undefined })))).toBe('INTERNAL');
  });

  const [dbEntry, vaultEntry, manifestEntry] = good();
  const cases: Array<[string, string, () => Buffer[], string?]> = [
    ['the well-formed tar', 'ok', good],
    ['an unknown entry', 'BACKUP_CORRUPT', () => [dbEntry!, entry('notes.txt', vault), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a ../ path', 'BACKUP_CORRUPT', () => [entry('../kedang.db', db), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['an absolute path', 'BACKUP_CORRUPT', () => [entry('/kedang.db', db), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a name in the ustar prefix field', 'BACKUP_CORRUPT', () => [entry('kedang.db', db, (h) => h.write('tmp', 345)), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a directory entry', 'BACKUP_CORRUPT', () => [entry('kedang.db', Buffer.alloc(0), (h) => (h[156] = 0x35)), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a symbolic link', 'BACKUP_CORRUPT', () => [entry('kedang.db', Buffer.alloc(0), (h) => ((h[156] = 0x32), h.write('/etc/passwd', 157))), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a pax extended header', 'BACKUP_CORRUPT', () => [entry('kedang.db', Buffer.from('30 path=../../x\n'), (h) => (h[156] = 0x78)), dbEntry!, vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['an old GNU magic', 'BACKUP_CORRUPT', () => [entry('kedang.db', db, (h) => h.write('ustar  \0', 257, 'latin1')), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a wrong header checksum', 'BACKUP_CORRUPT', () => [Buffer.concat([header('kedang.db', db.length).fill(0x37, 148, 154), db, Buffer.alloc(padding(db.length))]), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['a size field that is not octal', 'BACKUP_CORRUPT', () => [entry('kedang.db', db, (h) => h.write('0000000009x\0', 124, 'latin1')), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['the same entry twice', 'BACKUP_CORRUPT', () => [dbEntry!, dbEntry!, vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['an entry after the manifest', 'BACKUP_CORRUPT', () => [dbEntry!, manifestEntry!, vaultEntry!, END_OF_ARCHIVE], 'tar'],
    ['no manifest', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, END_OF_ARCHIVE], 'manifest'],
    ['no vault.json', 'BACKUP_CORRUPT', () => [dbEntry!, entry('manifest.json', manifest({}, [{ name: 'kedang.db', data: db }])), END_OF_ARCHIVE], 'entry'],
    ['an entry whose size differs from the manifest', 'BACKUP_CORRUPT', () => [entry('kedang.db', db.subarray(1)), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'entry'],
    ['an entry whose bytes differ from the manifest', 'BACKUP_CORRUPT', () => [entry('kedang.db', Buffer.concat([db.subarray(1), Buffer.from('x')])), vaultEntry!, manifestEntry!, END_OF_ARCHIVE], 'entry'],
    ['a manifest listing the entries in another order', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, entry('manifest.json', manifest({}, [{ name: 'vault.json', data: vault }, { name: 'kedang.db', data: db }])), END_OF_ARCHIVE], 'entry'],
    ['padding that is not zero', 'BACKUP_CORRUPT', () => [dbEntry!, Buffer.concat([header('vault.json', vault.length), vault, Buffer.alloc(padding(vault.length), 1)]), manifestEntry!, END_OF_ARCHIVE], 'tar'],
    ['an entry cut short', 'BACKUP_CORRUPT', () => [dbEntry!.subarray(0, 100_000)], 'tar'],
    ['one end block only', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, manifestEntry!, Buffer.alloc(512)], 'tar'],
    ['no end blocks', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, manifestEntry!], 'tar'],
    ['data after the end blocks', 'BACKUP_CORRUPT', () => [...good(), Buffer.alloc(512)], 'tar'],
    ['a manifest that is not JSON', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, entry('manifest.json', Buffer.from('{"format":')), END_OF_ARCHIVE], 'manifest'],
    ['a manifest of another format', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, entry('manifest.json', manifest({ format: 'other' })), END_OF_ARCHIVE], 'manifest'],
    ['a manifest with an unknown field', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, entry('manifest.json', manifest({ extra: true })), END_OF_ARCHIVE], 'manifest'],
    ['a manifest without metadata', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, entry('manifest.json', manifest({ meta: undefined })), END_OF_ARCHIVE], 'manifest'],
    ['a huge manifest', 'BACKUP_CORRUPT', () => [dbEntry!, vaultEntry!, entry('manifest.json', Buffer.alloc(2 * 1024 * 1024, 0x20)), END_OF_ARCHIVE], 'manifest'],
    ['a manifest of a newer format version', 'BACKUP_SCHEMA_TOO_NEW', () => [dbEntry!, vaultEntry!, entry('manifest.json', manifest({ formatVersion: 2 })), END_OF_ARCHIVE]],
  ];

  it.each(cases)('%s → %s', async (_name, code, parts, reason) => {
    if (code === 'ok') {
      expect(await outcome(read(Buffer.concat(parts())))).toBe('ok');
      return;
    }
    const err = await failure(read(Buffer.concat(parts())));
    expect(err.code).toBe(code);
    if (reason) expect(err.details?.reason).toBe(reason);
  });
});
