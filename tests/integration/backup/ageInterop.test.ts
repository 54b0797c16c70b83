import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decrypter, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { formatAgeIdentityFile, generateAgeIdentity, parseAgeIdentityFile, recipientOfIdentity } from '../../../electron/core/backup/ageKeys';
import { containerPlaintext, type BackupEntrySource } from '../../../electron/core/backup/backupContainer';
import { readBackup } from '../../../electron/core/backup/backupReader';
import { writeBackup } from '../../../electron/core/backup/backupWriter';
import type { BackupMeta } from '../../../shared/backup/backupFormat';
import { collect, decryptBuffer, encryptBuffer, piecesOf, random, TEST_WORK_FACTOR } from '../../unit/backup/support/bytes';
import {
  ageCliAvailable,
  ageDecryptWithIdentity,
  ageDecryptWithPassphrase,
  ageEncryptToRecipients,
  ageEncryptWithPassphrase,
  ageKeygen,
  ok,
} from './support/ageCli';

const PASSPHRASE = 'Kedang 备份 2026!';
const sizes = [0, 64 * 1024, 64 * 1024 + 1, 3_000_000];
const meta: BackupMeta = {
  storeName: '示例汽车 4S 店',
  createdAt: '2026-11-23T10:00:00.000+08:00',
  appVersion: '0.1.0',
  schemaVersion: 7,
  rowCounts: { customers: 3 },
  auditAnchor: null,
  madeBy: { userId: 1, name: 'admin' },
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kedang-age-interop-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes?: Buffer): string {
  const path = join(dir, name);
  if (bytes) writeFileSync(path, bytes);
  return path;
}

/** The age CLI creates its -o file on the first byte written, so an empty plaintext leaves none. */
function output(name: string): Buffer {
  return existsSync(file(name)) ? readFileSync(file(name)) : Buffer.alloc(0);
}

function entries(db: Buffer, vault: Buffer): BackupEntrySource[] {
  return [
    { name: 'kedang.db', size: db.length, source: piecesOf(db) },
    { name: 'vault.json', size: vault.length, source: piecesOf(vault) },
  ];
}

describe.skipIf(!ageCliAvailable)('age interop: the age CLI and typage', () => {
  it.each(sizes)('a %i-byte file we encrypt with a passphrase opens with the age CLI', async (size) => {
    const data = random(size);
    const encrypted = file(`ours-pass-${size}.age`, await encryptBuffer(data, { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR }));
    ok(ageDecryptWithPassphrase(encrypted, file(`ours-pass-${size}.out`), PASSPHRASE));
    expect(output(`ours-pass-${size}.out`).equals(data)).toBe(true);
  });

  it('the age CLI refuses our file with a wrong passphrase, like we do', async () => {
    const encrypted = file('ours-pass-wrong.age', await encryptBuffer(random(10), { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR }));
    const result = ageDecryptWithPassphrase(encrypted, file('ours-pass-wrong.out'), 'wrong');
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/incorrect passphrase/);
  });

  it.each(sizes)('a %i-byte file we encrypt to two X25519 recipients opens with age -d -i and either key file', async (size) => {
    const [a, b] = [generateAgeIdentity(), generateAgeIdentity()];
    const data = random(size);
    const encrypted = file(`ours-x-${size}.age`, await encryptBuffer(data, { x25519: [a.recipient, b.recipient] }));
    for (const [i, keys] of [a, b].entries()) {
      const keyFile = file(`key-${size}-${i}.txt`, Buffer.from(formatAgeIdentityFile(keys, new Date())));
      ok(ageDecryptWithIdentity(encrypted, file(`ours-x-${size}-${i}.out`), keyFile));
      expect(output(`ours-x-${size}-${i}.out`).equals(data)).toBe(true);
    }
  });

  it.each(sizes)('a %i-byte file we encrypt opens with typage, by passphrase and by key', async (size) => {
    const data = random(size);
    const keys = generateAgeIdentity();
    const byPassphrase = new Decrypter();
    byPassphrase.addPassphrase(PASSPHRASE);
    expect(Buffer.from(await byPassphrase.decrypt(await encryptBuffer(data, { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR }))).equals(data)).toBe(true);
    const byKey = new Decrypter();
    byKey.addIdentity(keys.identity);
    expect(Buffer.from(await byKey.decrypt(await encryptBuffer(data, { x25519: [keys.recipient] }))).equals(data)).toBe(true);
  });

  it.each([0, 200_000])('a %i-byte file the age CLI encrypts with a passphrase (work factor 18) opens with our reader', async (size) => {
    const data = random(size);
    ok(ageEncryptWithPassphrase(file(`cli-pass-${size}.in`, data), file(`cli-pass-${size}.age`), PASSPHRASE));
    const encrypted = readFileSync(file(`cli-pass-${size}.age`));
    expect(encrypted.toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S+ 18\n/);
    expect((await decryptBuffer(encrypted, { passphrase: PASSPHRASE })).equals(data)).toBe(true);
  });

  it.each(sizes)('a %i-byte file the age CLI encrypts to age-keygen keys opens with our reader and the key file', async (size) => {
    const keyFiles = [file(`keygen-${size}-a.txt`), file(`keygen-${size}-b.txt`)];
    keyFiles.forEach((k) => ok(ageKeygen(k)));
    const texts = keyFiles.map((k) => readFileSync(k, 'utf8'));
    const recipients = texts.map((t) => /# public key: (age1\S+)/.exec(t)![1]!);
    texts.forEach((t, i) => expect(recipientOfIdentity(/AGE-SECRET-KEY-1\S+/.exec(t)![0])).toBe(recipients[i]));
    const data = random(size);
    ok(ageEncryptToRecipients(file(`cli-x-${size}.in`, data), file(`cli-x-${size}.age`), recipients));
    const encrypted = readFileSync(file(`cli-x-${size}.age`));
    for (const text of texts) {
      expect(parseAgeIdentityFile(text)).toHaveLength(1);
      expect((await decryptBuffer(encrypted, { identity: text })).equals(data)).toBe(true);
    }
  });

  it.each(sizes)('a %i-byte file typage encrypts opens with our reader', async (size) => {
    const data = random(size);
    const byPassphrase = new Encrypter();
    byPassphrase.setPassphrase(PASSPHRASE);
    byPassphrase.setScryptWorkFactor(TEST_WORK_FACTOR);
    expect((await decryptBuffer(Buffer.from(await byPassphrase.encrypt(data)), { passphrase: PASSPHRASE })).equals(data)).toBe(true);
    const identity = await generateIdentity();
    const byKey = new Encrypter();
    byKey.addRecipient(await identityToRecipient(identity));
    expect((await decryptBuffer(Buffer.from(await byKey.encrypt(data)), { identity })).equals(data)).toBe(true);
  });

  it('a backup opens with nothing but the age CLI and tar, and the manifest’s hashes match the files', async () => {
    const keys = generateAgeIdentity();
    const db = random(1_500_000);
    const vault = Buffer.from('{"format":"kedang-vault"}\n');
    for (const [kind, recipient] of [
      ['key', { x25519: [keys.recipient] }],
      ['passphrase', { passphrase: PASSPHRASE, workFactor: TEST_WORK_FACTOR }],
    ] as const) {
      const pending = await writeBackup({ targetPath: file(`tar-${kind}.kdbak`), entries: entries(db, vault), meta, recipient });
      await pending.verify();
      const { path } = await pending.publish();
      const tarPath = file(`tar-${kind}.tar`);
      ok(kind === 'key' ? ageDecryptWithIdentity(path, tarPath, file(`tar-key.txt`, Buffer.from(keys.identity))) : ageDecryptWithPassphrase(path, tarPath, PASSPHRASE));
      const listing = spawnSync('tar', ['tvf', tarPath], { encoding: 'utf8' }).stdout.trim().split('\n');
      expect(listing.map((l) => l.split(/\s+/).at(-1))).toEqual(['kedang.db', 'vault.json', 'manifest.json']);
      expect(listing.every((l) => l.startsWith('-rw-------'))).toBe(true);
      const out = join(dir, `extracted-${kind}`);
      mkdirSync(out);
      ok(spawnSync('tar', ['xf', tarPath, '-C', out], { encoding: 'utf8' }));
      expect(readFileSync(join(out, 'kedang.db')).equals(db)).toBe(true);
      expect(readFileSync(join(out, 'vault.json')).equals(vault)).toBe(true);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { entries: Array<{ name: string; sha256: string }> };
      expect(manifest.entries.map((e) => e.sha256)).toEqual([sha(db), sha(vault)]);
    }
  });

  it('a tar from our container writer, encrypted by the age CLI, reads as a backup', async () => {
    const keys = generateAgeIdentity();
    const db = random(700_000);
    const vault = Buffer.from('{"format":"kedang-vault"}\n');
    const plainTar = file('container.tar', await collect(containerPlaintext(entries(db, vault), meta, { done: () => undefined })));
    ok(ageEncryptToRecipients(plainTar, file('container.kdbak'), [keys.recipient]));
    const seen: Record<string, Buffer> = {};
    const result = await readBackup({
      path: file('container.kdbak'),
      secret: { identity: keys.identity },
      onEntry: async (entry, data) => {
        seen[entry.name] = await collect(data);
      },
    });
    expect(result.manifest.meta).toEqual(meta);
    expect(result.sha256OfFile).toBe(sha(readFileSync(file('container.kdbak'))));
    expect(seen['kedang.db']!.equals(db) && seen['vault.json']!.equals(vault)).toBe(true);
  });
});
