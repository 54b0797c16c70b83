import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decrypter } from 'age-encryption';
import type { BackupCheck, BackupDone, RestorePreview } from '../../../shared/backup/backupTypes';
import type { JobEvent } from '../../../shared/jobs/jobTypes';
import { rewriteFrom } from '../support/auditTamper';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from '../support/testCore';
import { ageCliAvailable, ageDecryptWithIdentity, ageDecryptWithPassphrase, ageEncryptToRecipients, ageKeygen, ok } from './support/ageCli';

/**
 * Backups as the app makes them, checks them and restores them: real encrypted databases in temp
 * folders, the Debian age CLI and typage reading what we write, the live archive left alone by
 * every refusal.
 */
let t: TestCore;
const dirs: string[] = [];
const PASSPHRASE = 'correct horse battery staple';
const MARKER = '欧阳备份标记';
const MARKER_PHONE = '13988776655';

function newDir(prefix = 'kedang-target-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

async function settle<T>(jobId: string, result: 'backup.result' | 'backup.checkResult' | 'backup.preview'): Promise<T> {
  const status = await t.core.jobs.settle(jobId);
  if (status?.state !== 'succeeded') throw Object.assign(new Error(`job ${status?.state}: ${status?.error?.code}`), { code: status?.error?.code });
  return t.call(result, { jobId }) as Promise<T>;
}

async function backup(folder: string, secret: { kind: 'passphrase'; passphrase: string } | { kind: 'key' } = { kind: 'passphrase', passphrase: PASSPHRASE }): Promise<BackupDone> {
  const { jobId } = await t.call('backup.start', { folder, secret });
  return settle<BackupDone>(jobId, 'backup.result');
}

async function failedJob(jobId: string): Promise<string | undefined> {
  const status = await t.core.jobs.settle(jobId);
  expect(status?.state).toBe('failed');
  return status?.error?.code;
}

/** Every table of the live archive but the audit log (which records the attempt), as plain rows. */
function liveData(): string {
  const db = t.core.openArchive!.db.sqlite;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name`).pluck().all() as string[];
  return JSON.stringify(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  await addUser(t, 'keeper', 'archiveAdmin', '档案员');
  await as('keeper');
  for (let i = 0; i < 20; i += 1) {
    await t.call('customers.create', { customer: { kind: 'person', name: i === 0 ? MARKER : `客户${i}`, sourceChannel: 'showroom', category: 'potential', phones: i === 0 ? [{ kind: 'mobile', number: MARKER_PHONE }] : [] } });
  }
});
afterAll(() => {
  t.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a backup', () => {
  let done: BackupDone;
  let folder: string;

  it('is written, read back, decrypted and checked before it gets its name, with progress on the way', async () => {
    folder = newDir();
    const { jobId } = await t.call('backup.start', { folder, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    done = await settle<BackupDone>(jobId, 'backup.result');
    expect(done.path.startsWith(folder)).toBe(true);
    expect(done.path).toMatch(/客档备份-测试4S店-\d{8}-\d{6}\.kdbak$/);
    expect(readdirSync(folder)).toEqual([done.path.slice(folder.length + 1)]);
    expect(statSync(done.path).size).toBe(done.bytes);
    const phases = t.events.map((e) => e.payload as JobEvent).filter((e) => e.jobId === jobId && e.type === 'progress').map((e) => (e.type === 'progress' ? e.progress.phase : ''));
    expect([...new Set(phases)]).toEqual(['snapshot', 'write', 'verify', 'integrity']);
    const history = await t.call('backup.history', {});
    expect(history[0]).toMatchObject({ kind: 'backup', path: done.path, verified: true, secret: 'passphrase', byName: '档案员', bytes: done.bytes, sha256: done.sha256 });
    expect((await t.call('backup.status', {})).warn).toBe(false);
    const entry = (await t.call('audit.list', { action: 'backup.done', limit: 1 })).entries[0]!;
    expect(entry.summary).toContain('备份已校验');
    // Nothing of the backup's making is left in the data folder.
    expect(readdirSync(t.dataDir).filter((n) => n.startsWith('restore-') || n.startsWith('.snapshot'))).toEqual([]);
  });

  it('shows each phase as it starts, and SQLite’s check of the copy read back as one step, when it starts and when it ends', async () => {
    const target = newDir();
    const { jobId } = await t.call('backup.start', { folder: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await settle<BackupDone>(jobId, 'backup.result');
    const progress = t.events.map((e) => e.payload as JobEvent).flatMap((e) => (e.jobId === jobId && e.type === 'progress' ? [e.progress] : []));
    const firstOf = (phase: string) => progress.find((p) => p.phase === phase);
    expect(firstOf('write')).toMatchObject({ done: 0, unit: 'bytes' });
    expect(firstOf('verify')).toMatchObject({ done: 0, unit: 'bytes' });
    expect(progress.filter((p) => p.phase === 'integrity')).toEqual([
      { done: 0, total: 1, unit: 'steps', phase: 'integrity' },
      { done: 1, total: 1, unit: 'steps', phase: 'integrity' },
    ]);
  });

  it('opens with the Debian age CLI and with typage, and holds the encrypted database, the key slots and the manifest', async () => {
    const typage = new Decrypter();
    typage.addPassphrase(PASSPHRASE);
    const tar = Buffer.from(await typage.decrypt(readFileSync(done.path)));
    const names = [...tar.toString('latin1').matchAll(/(kedang\.db|vault\.json|manifest\.json)\0/g)].map((m) => m[1]);
    expect(names).toEqual(['kedang.db', 'vault.json', 'manifest.json']);
    if (!ageCliAvailable) return;
    const out = newDir('kedang-open-');
    ok(ageDecryptWithPassphrase(done.path, join(out, 'backup.tar'), PASSPHRASE));
    expect(readFileSync(join(out, 'backup.tar')).equals(tar)).toBe(true);
    expect(spawnSync('tar', ['-xf', 'backup.tar'], { cwd: out }).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { meta: { storeName: string; rowCounts: Record<string, number>; auditAnchor: { seq: number } } };
    expect(manifest.meta).toMatchObject({ storeName: '测试4S店' });
    expect(manifest.meta.rowCounts['customers']).toBe(20);
    expect(manifest.meta.auditAnchor.seq).toBeGreaterThan(20);
    // The database inside is still SQLCipher-encrypted: the plain sqlite3 CLI cannot read it.
    expect(readFileSync(join(out, 'kedang.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const plain = spawnSync('sqlite3', [join(out, 'kedang.db'), 'SELECT count(*) FROM customers;'], { encoding: 'utf8' });
    expect(plain.status).not.toBe(0);
  });

  it('leaves no readable customer data in the backup or in any file the process wrote', async () => {
    for (const file of [...filesUnder(t.dataDir), ...filesUnder(folder)]) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(MARKER)), file).toBe(false);
      expect(bytes.includes(Buffer.from(MARKER_PHONE)), file).toBe(false);
    }
  });

  it('to the store’s backup key needs no passphrase, and opens with its identity file in the age CLI', async () => {
    await as(ADMIN.username);
    const key = await t.call('backup.createKey', {});
    expect(key.recipient).toMatch(/^age1/);
    expect(key.identityFile).toContain('AGE-SECRET-KEY-1');
    expect((await t.call('settings.get', {})).backupRecipient).toBe(key.recipient);
    expect(JSON.stringify(t.core.openArchive!.db.sqlite.prepare('SELECT * FROM settings').all())).not.toContain('AGE-SECRET-KEY');
    const keyed = await backup(newDir(), { kind: 'key' });
    const typage = new Decrypter();
    typage.addIdentity(key.identityFile.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'))!);
    expect((await typage.decrypt(readFileSync(keyed.path))).length).toBeGreaterThan(0);
    if (ageCliAvailable) {
      const out = newDir('kedang-open-');
      writeFileSync(join(out, 'key.txt'), key.identityFile);
      ok(ageDecryptWithIdentity(keyed.path, join(out, 'backup.tar'), join(out, 'key.txt')));
    }
    await as('keeper');
  });

  it('keeps the last N in a folder, removing older ones this app made there', async () => {
    await as(ADMIN.username);
    await t.call('settings.update', { backupKeepLast: 2 });
    await as('keeper');
    const target = newDir();
    const made: BackupDone[] = [];
    for (let i = 0; i < 3; i += 1) {
      made.push(await backup(target));
      t.clock.advance(1000);
    }
    expect(made[2]!.rotated).toEqual([made[0]!.path]);
    expect(readdirSync(target).sort()).toEqual([made[1]!.path, made[2]!.path].map((p) => p.slice(target.length + 1)).sort());
    expect((await t.call('backup.history', {})).find((r) => r.path === made[0]!.path)?.rotatedAt).toBeTruthy();
  });

  it('to a folder that is not there is refused at once, and a cancelled one leaves nothing', async () => {
    expect((await t.fail('backup.start', { folder: join(newDir(), 'gone'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).code).toBe('BACKUP_TARGET_UNAVAILABLE');
    const target = newDir();
    const { jobId } = await t.call('backup.start', { folder: target, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await t.call('jobs.cancel', { jobId });
    expect((await t.core.jobs.settle(jobId))?.state).toBe('cancelled');
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(t.dataDir).filter((n) => n.startsWith('restore-'))).toEqual([]);
  });

  it('a second backup job while one runs is refused with a code', async () => {
    const first = await t.call('backup.start', { folder: newDir(), secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await t.fail('backup.start', { folder: newDir(), secret: { kind: 'passphrase', passphrase: PASSPHRASE } })).code).toBe('JOB_CONFLICT');
    await t.core.jobs.settle(first.jobId);
  });
});

describe('checking a backup without restoring it', () => {
  it('decrypts it, runs SQLite’s integrity check, and after a row of the live log is edited and the chain recomputed, names that row', async () => {
    const made = await backup(newDir());
    const { jobId } = await t.call('backup.check', { path: made.path, open: { kind: 'passphrase', passphrase: PASSPHRASE } });
    const clean = await settle<BackupCheck>(jobId, 'backup.checkResult');
    expect(clean).toMatchObject({ integrity: 'ok', anchorHolds: true, comparison: { firstDifferentSeq: null } });
    expect(clean.summary.rowCounts['customers']).toBe(20);

    // Someone with raw access edits entry 5 and recomputes every hash after it: verify passes…
    rewriteFrom(t, 5, '无事发生');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    // …but the backup remembers entry 5 as it was.
    const again = await t.call('backup.check', { path: made.path, open: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await settle<BackupCheck>(again.jobId, 'backup.checkResult')).comparison).toEqual({ comparedUpTo: clean.summary.auditAnchor!.seq, firstDifferentSeq: 5 });
  });

  it.each([
    ['a wrong passphrase', (p: string) => p, { kind: 'passphrase' as const, passphrase: 'wrong passphrase!!' }, 'BACKUP_WRONG_SECRET'],
    ['a truncated file', (p: string) => truncated(p), { kind: 'passphrase' as const, passphrase: PASSPHRASE }, 'BACKUP_TRUNCATED'],
    ['a flipped byte', (p: string) => flipped(p), { kind: 'passphrase' as const, passphrase: PASSPHRASE }, 'BACKUP_CORRUPT'],
  ])('refuses %s with its code, leaving the live archive as it was', async (_what, damage, open, code) => {
    const made = await backup(newDir());
    const before = liveData();
    const { jobId } = await t.call('backup.check', { path: damage(made.path), open });
    expect(await failedJob(jobId)).toBe(code);
    expect(liveData()).toBe(before);
    expect(readdirSync(t.dataDir).filter((n) => n.startsWith('restore-'))).toEqual([]);
  });
});

/** The file cut at its last chunk boundary: the age stream ends without its final chunk (a copy interrupted). */
function truncated(path: string): string {
  const bytes = readFileSync(path);
  const macLine = bytes.indexOf('\n--- ');
  const payload = bytes.indexOf('\n', macLine + 1) + 1 + 16;
  const chunk = 65_536 + 16;
  const whole = Math.floor((bytes.length - payload - 1) / chunk);
  const out = `${path}.cut`;
  writeFileSync(out, bytes.subarray(0, payload + whole * chunk));
  return out;
}

function flipped(path: string): string {
  const bytes = Buffer.from(readFileSync(path));
  bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
  const out = `${path}.flip`;
  writeFileSync(out, bytes);
  return out;
}

describe('restore', () => {
  it('replaces the live archive only after a system admin signs, audited in both; 撤销恢复 brings the previous one back', async () => {
    await as('keeper');
    const made = await backup(newDir());
    const later = await t.call('customers.create', { customer: { kind: 'person', name: '备份之后', sourceChannel: 'phone', category: 'potential' } });
    await as(ADMIN.username);
    const { jobId } = await t.call('backup.prepareRestore', { path: made.path, open: { kind: 'passphrase', passphrase: PASSPHRASE }, unlock: { username: ADMIN.username, password: ADMIN.password } });
    const preview = await settle<RestorePreview>(jobId, 'backup.preview');
    expect(preview).toMatchObject({ integrity: 'ok', anchorHolds: true, summary: { storeName: '测试4S店', madeBy: { name: '档案员' } }, schema: { migrates: false } });
    // A consultant's signature does not do; the admin's does.
    await addUser(t, 'sales', 'consultant');
    expect((await t.fail('backup.applyRestore', { stagingId: preview.stagingId, signOff: { username: 'sales', password: passwordOf('sales') } })).code).toBe('SIGNOFF_NOT_PERMITTED');
    expect(await t.call('backup.applyRestore', { stagingId: preview.stagingId, signOff: { username: ADMIN.username, password: ADMIN.password } })).toEqual({ restored: true });
    // Back to the login screen.
    expect((await t.call('app.status', {})).phase).toBe('locked');
    await t.call('auth.login', { username: 'keeper', password: passwordOf('keeper') });
    expect((await t.call('customers.search', { query: '备份之后' })).total).toBe(0);
    expect((await t.call('customers.search', { query: MARKER })).total).toBe(1);
    const restored = (await t.call('audit.list', { action: 'backup.restored', limit: 1 })).entries;
    expect(restored[0]?.summary).toContain('由备份恢复');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    await as(ADMIN.username);
    expect((await t.call('backup.status', {})).rollbackAvailable).toBe(true);
    await t.call('backup.undoRestore', { signOff: { username: ADMIN.username, password: ADMIN.password } });
    await t.call('auth.login', { username: 'keeper', password: passwordOf('keeper') });
    expect((await t.call('customers.get', { id: later.customer.id })).customer.name).toBe('备份之后');
    // The archive that was replaced recorded both the restore and its undoing.
    const log = (await t.call('audit.list', { limit: 10 })).entries.map((e) => e.action);
    expect(log).toContain('backup.restoreApplied');
    expect(log).toContain('backup.restoreUndone');
  });

  it('refuses a backup of a newer schema, and a wrong password for its key slots, touching nothing live', async () => {
    await as(ADMIN.username);
    const made = await backup(newDir());
    const before = liveData();
    const wrong = await t.call('backup.prepareRestore', { path: made.path, open: { kind: 'passphrase', passphrase: PASSPHRASE }, unlock: { username: ADMIN.username, password: 'Wrong1234' } });
    expect(await failedJob(wrong.jobId)).toBe('BACKUP_UNLOCK_INVALID');
    const newer = await newerSchemaBackup(made.path);
    const refused = await t.call('backup.prepareRestore', { path: newer.path, open: { kind: 'identity', identity: newer.identity }, unlock: { username: ADMIN.username, password: ADMIN.password } });
    expect(await failedJob(refused.jobId)).toBe('BACKUP_SCHEMA_TOO_NEW');
    expect(liveData()).toBe(before);
    expect(readdirSync(t.dataDir).filter((n) => n.startsWith('restore-'))).toEqual([]);
  });

  it('on a PC that has never seen KeDang: the backup’s passphrase and any of its users’ passwords bring the archive back, re-encrypted by the age CLI too', async () => {
    if (!ageCliAvailable) return;
    await as('keeper');
    const made = await backup(newDir());
    // The same backup after a trip through the standard tools: decrypted by age, re-encrypted to a new key.
    const work = newDir('kedang-cli-');
    ok(ageDecryptWithPassphrase(made.path, join(work, 'backup.tar'), PASSPHRASE));
    ok(ageKeygen(join(work, 'key.txt')));
    const identity = readFileSync(join(work, 'key.txt'), 'utf8');
    const recipient = /public key: (age1\w+)/.exec(identity)![1]!;
    ok(ageEncryptToRecipients(join(work, 'backup.tar'), join(work, 'by-cli.kdbak'), [recipient]));

    const fresh = makeCore();
    try {
      expect((await fresh.call('app.status', {})).phase).toBe('setup');
      const { jobId } = await fresh.call('setup.prepareRestore', { path: join(work, 'by-cli.kdbak'), open: { kind: 'identity', identity }, unlock: { username: 'keeper', password: passwordOf('keeper') } });
      await fresh.core.jobs.settle(jobId);
      const preview = await fresh.call('setup.restorePreview', { jobId });
      expect(preview.summary.rowCounts['customers']).toBeGreaterThanOrEqual(20);
      await fresh.call('setup.applyRestore', { stagingId: preview.stagingId });
      expect((await fresh.call('app.status', {})).phase).toBe('locked');
      await fresh.call('auth.login', { username: 'keeper', password: passwordOf('keeper') });
      expect((await fresh.call('customers.search', { query: MARKER })).total).toBe(1);
      expect((await fresh.call('audit.list', { action: 'backup.restored', limit: 1 })).entries[0]?.summary).toContain('新电脑');
      expect((await fresh.fail('setup.prepareRestore', { path: made.path, open: { kind: 'passphrase', passphrase: PASSPHRASE }, unlock: { recoveryCode: '0000-0000-0000-0000-0000-0000-0000-0000' } })).code).toBe('SETUP_ALREADY_DONE');
    } finally {
      fresh.dispose();
    }
  });
});

describe('a first-run restore on a new PC', () => {
  it('can be stopped while it is prepared, leaving no decrypted copy and the PC still waiting for setup', async () => {
    await as('keeper');
    const made = await backup(newDir());
    const fresh = makeCore();
    try {
      const { jobId } = await fresh.call('setup.prepareRestore', { path: made.path, open: { kind: 'passphrase', passphrase: PASSPHRASE }, unlock: { username: 'keeper', password: passwordOf('keeper') } });
      expect((await fresh.call('setup.cancelRestore', { jobId })).jobId).toBe(jobId);
      expect((await fresh.core.jobs.settle(jobId))?.state).toBe('cancelled');
      expect(readdirSync(fresh.dataDir).filter((n) => n.startsWith('restore-'))).toEqual([]);
      expect((await fresh.call('app.status', {})).phase).toBe('setup');
      // Once the PC has an archive, the first-run door is shut.
      expect((await t.fail('setup.cancelRestore', { jobId })).code).toBe('SETUP_ALREADY_DONE');
    } finally {
      fresh.dispose();
    }
  });
});

/** A backup made by a newer KeDang: its database and manifest claim a schema this app does not know. */
async function newerSchemaBackup(path: string): Promise<{ path: string; identity: string }> {
  const work = newDir('kedang-newer-');
  ok(ageDecryptWithPassphrase(path, join(work, 'backup.tar'), PASSPHRASE));
  expect(spawnSync('tar', ['-xf', 'backup.tar'], { cwd: work }).status).toBe(0);
  // The same store, so the live key opens the copy: bump its user_version.
  const { openEncrypted } = await import('../../../electron/core/db/encryptedConnection');
  const key = (t.core.openArchive as unknown as { masterKey: Buffer }).masterKey;
  const db = openEncrypted(join(work, 'kedang.db'), key);
  db.pragma('user_version = 999');
  db.pragma('journal_mode = DELETE');
  db.close();
  const { writeBackup } = await import('../../../electron/core/backup/backupWriter');
  const { generateAgeIdentity, formatAgeIdentityFile } = await import('../../../electron/core/backup/ageKeys');
  const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8')) as { meta: Parameters<typeof writeBackup>[0]['meta'] };
  const keys = generateAgeIdentity();
  const dbBytes = readFileSync(join(work, 'kedang.db'));
  const vault = readFileSync(join(work, 'vault.json'));
  const pending = await writeBackup({
    targetPath: join(work, 'newer.kdbak'),
    entries: [
      { name: 'kedang.db', size: dbBytes.length, source: [dbBytes] },
      { name: 'vault.json', size: vault.length, source: [vault] },
    ],
    meta: { ...manifest.meta, schemaVersion: 999 },
    recipient: { x25519: [keys.recipient] },
  });
  await pending.verify();
  const published = await pending.publish();
  expect(existsSync(published.path)).toBe(true);
  return { path: published.path, identity: formatAgeIdentityFile(keys, new Date()) };
}
