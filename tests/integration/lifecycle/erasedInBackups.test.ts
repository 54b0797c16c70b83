import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupDone } from '../../../shared/backup/backupTypes';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from '../support/testCore';

/**
 * Erasure is complete only once the backups made before it are gone: the record names them, the
 * dashboard's question (backup.erasedStillHeld) lists them until a newer backup exists and they are
 * retired, and retiring removes the file itself. Real encrypted archives and real backup files.
 */
let t: TestCore;
const dirs: string[] = [];
const HOUR = 3_600_000;
const MARKER = '欧阳旧备份标记';

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kedang-held-'));
  dirs.push(dir);
  return dir;
}

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}
const sign = (username: string) => ({ username, password: passwordOf(username) });

async function backup(): Promise<BackupDone> {
  const { jobId } = await t.call('backup.start', { folder: newDir(), secret: { kind: 'passphrase', passphrase: 'correct horse battery staple' } });
  const status = await t.core.jobs.settle(jobId);
  if (status?.state !== 'succeeded') throw new Error(`backup ${status?.state}: ${status?.error?.code}`);
  t.clock.advance(HOUR);
  return t.call('backup.result', { jobId });
}

/** A file destroyed through request, the general manager's approval and execution. */
async function destroy(name: string): Promise<number> {
  const made = await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'lost', secrecy: 'normal' } as never });
  const request = await t.call('lifecycle.request', { kind: 'destruction', customerIds: [made.customer.id], reason: '客户要求删除个人信息' });
  await as('gm');
  await t.call('lifecycle.decide', { id: request.id, approve: true, signOff: sign('gm') });
  await as('keeper');
  await t.call('lifecycle.execute', { id: request.id });
  t.clock.advance(HOUR);
  return request.id;
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  await addUser(t, 'keeper', 'archiveAdmin', '档案员');
  await addUser(t, 'gm', 'generalManager');
  await addUser(t, 'sales_a', 'consultant');
  await as('keeper');
}, 60_000);

afterAll(() => {
  t.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('backups that still hold erased data', () => {
  let first: BackupDone;
  let second: BackupDone;
  let requestId: number;

  it('are named by the record and listed until a newer backup exists; the newest backup is never retirable', async () => {
    expect(await t.call('backup.erasedStillHeld', {})).toEqual({ backups: [], latestErasureAt: null, newerBackupAt: null });
    first = await backup();
    second = await backup();
    requestId = await destroy(MARKER);
    const record = (await t.call('lifecycle.requests', {})).requests.find((r) => r.id === requestId)!;
    expect(record.backupsHolding.map((b) => b.path)).toEqual([second.path, first.path]);

    const held = await t.call('backup.erasedStillHeld', {});
    expect(held.backups.map((b) => [b.path, b.requests, b.retirable])).toEqual([
      [first.path, [requestId], true],
      [second.path, [requestId], false],
    ]);
    expect(held.newerBackupAt).toBeNull();
    expect((await t.fail('backup.retire', { id: held.backups[1]!.id })).code).toBe('BACKUP_KEEP_LATEST');
    expect(existsSync(second.path)).toBe(true);
  });

  it('are retired one by one once a newer backup holds none of the erased data, the file itself removed and audited', async () => {
    const third = await backup();
    let held = await t.call('backup.erasedStillHeld', {});
    expect(held.newerBackupAt).not.toBeNull();
    expect(held.backups.every((b) => b.retirable)).toBe(true);
    const [older, newer] = held.backups;
    held = await t.call('backup.retire', { id: older!.id });
    expect(existsSync(first.path)).toBe(false);
    expect(held.backups.map((b) => b.path)).toEqual([second.path]);
    // Retired once: a second time it is no backup in service.
    expect((await t.fail('backup.retire', { id: older!.id })).code).toBe('NOT_FOUND');

    // The stick with the second backup is not plugged in: nothing is marked gone unless the caller says so.
    const kept = readFileSync(second.path);
    rmSync(second.path);
    expect((await t.fail('backup.retire', { id: newer!.id })).code).toBe('BACKUP_FILE_ABSENT');
    // A different file now at that place is not ours to delete.
    writeFileSync(second.path, 'someone else’s file');
    expect((await t.fail('backup.retire', { id: newer!.id })).code).toBe('BACKUP_FILE_CHANGED');
    expect(readFileSync(second.path, 'utf8')).toBe('someone else’s file');
    rmSync(second.path);
    held = await t.call('backup.retire', { id: newer!.id, fileGone: true });
    expect(held.backups).toEqual([]);
    expect(kept.length).toBe(second.bytes);

    const history = await t.call('backup.history', {});
    expect(history.filter((r) => r.rotatedAt === null && r.kind === 'backup').map((r) => r.path)).toEqual([third.path]);
    const entries = (await t.call('audit.list', { action: 'backup.retire', limit: 10 })).entries;
    expect(entries.map((e) => e.summary)).toEqual([
      expect.stringContaining('文件已不存在'),
      expect.stringContaining(`文件已删除）；其中仍含已执行的清理/销毁申请 #${requestId} 的数据`),
    ]);
    expect(JSON.stringify(entries)).not.toContain(MARKER);
  });

  it('is nothing a consultant may ask or do, and a malformed id is refused', async () => {
    await as('sales_a');
    expect((await t.fail('backup.erasedStillHeld', {})).code).toBe('FORBIDDEN');
    expect((await t.fail('backup.retire', { id: 1 })).code).toBe('FORBIDDEN');
    await as('keeper');
    expect((await t.fail('backup.retire', { id: -1 })).code).toBe('INVALID_INPUT');
    expect((await t.fail('backup.retire', { id: 1, extra: true } as never)).code).toBe('INVALID_INPUT');
    expect((await t.fail('backup.retire', { id: 999 })).code).toBe('NOT_FOUND');
  });
});
