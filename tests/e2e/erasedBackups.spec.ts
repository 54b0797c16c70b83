import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobStatus } from '../../shared/jobs/jobTypes';
import { expect, type Harness } from './harness';
import { expectAccessible, logIn, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

/**
 * After a destruction the dashboard says which backups still hold the destroyed data: first make a
 * newer backup, then remove the old ones (never the newest); a backup whose stick is gone is only
 * recorded as removed when the archivist says so.
 */
const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const gm = { username: 'sunli', displayName: '孙丽', password: 'General2026', role: 'generalManager' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const folders: string[] = [];

test.afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function backupByRpc(store: Harness): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'kedang-e2e-held-'));
  folders.push(folder);
  const { jobId } = await rpcOk<{ jobId: string }>(store, 'backup.start', { folder, secret: { kind: 'passphrase', passphrase: 'correct horse battery staple' } });
  await expect.poll(async () => (await rpcOk<JobStatus>(store, 'jobs.status', { jobId })).state, { timeout: 60_000 }).toBe('succeeded');
  return (await rpcOk<{ path: string }>(store, 'backup.result', { jobId })).path;
}

test('the dashboard names the backups that still hold destroyed data; old ones are removed once a newer backup exists, the newest never', async ({ page, store }, testInfo) => {
  await setUpStoreByRpc(store, admin, [archivist, gm, consultant]);
  const sign = (user: { username: string; password: string }) => ({ username: user.username, password: user.password });
  await rpcOk(store, 'auth.login', sign(archivist));
  const made = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', { customer: { kind: 'person', name: '孙过期', sourceChannel: 'showroom', category: 'lost', retentionUntil: '2020-01-01' } });
  const first = await backupByRpc(store);
  const second = await backupByRpc(store);
  const request = await rpcOk<{ id: number }>(store, 'lifecycle.request', { kind: 'destruction', customerIds: [made.customer.id], reason: '超过保管期限，依制度销毁' });
  await rpcOk(store, 'auth.login', sign(gm));
  await rpcOk(store, 'lifecycle.decide', { id: request.id, approve: true, signOff: sign(gm) });
  await rpcOk(store, 'auth.login', sign(archivist));
  await rpcOk(store, 'lifecycle.execute', { id: request.id });
  await rpcOk(store, 'auth.logout');

  await page.goto('/');
  await logIn(page, archivist.username, archivist.password);
  const panel = page.getByRole('region', { name: '仍含已删除个人信息的旧备份' });
  await expect(panel).toContainText('以下 2 份备份做于清理或销毁之前');
  await expect(panel).toContainText('请先做一次新的备份');
  const rows = panel.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(first);
  await expect(rows.nth(1)).toContainText(`#${request.id}`);
  await expect(rows.nth(2)).toContainText(second);
  await expect(rows.nth(2)).toContainText('最新一份，保留');
  await expectAccessible(page, testInfo, 'erased-backups');
  await shot(page, testInfo, '01-held');

  // A newer backup holds none of it: the old ones may go.
  await rpcOk(store, 'auth.login', sign(archivist));
  await backupByRpc(store);
  await page.reload();
  await expect(panel).toContainText('已有新的已校验备份，不含已删除的数据');
  await expect(panel.getByRole('button', { name: /^移除 .* 的备份$/ })).toHaveCount(2);

  await panel.getByRole('button', { name: /^移除 .* 的备份$/ }).first().click();
  const confirm = page.getByRole('dialog', { name: '移除旧备份？' });
  await expect(confirm).toContainText(first);
  await shot(page, testInfo, '02-confirm');
  await confirm.getByRole('button', { name: '删除这份备份' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(2);
  expect(existsSync(first)).toBe(false);

  // The second backup's stick is gone: 移除 says so and keeps the record; 文件已不存在… records it.
  rmSync(second);
  await panel.getByRole('button', { name: /^移除 .* 的备份$/ }).click();
  await confirm.getByRole('button', { name: '删除这份备份' }).click();
  await expect(confirm).toContainText('在原位置找不到这份备份文件');
  await confirm.getByRole('button', { name: '取消' }).click();
  await panel.getByRole('button', { name: /的备份文件已不存在$/ }).click();
  const gone = page.getByRole('dialog', { name: '这份备份文件已不存在？' });
  await gone.getByRole('button', { name: '登记为已移除' }).click();
  await expect(panel).toBeHidden();
  await shot(page, testInfo, '03-done');

  // A consultant's dashboard has no such panel.
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await logIn(page, consultant.username, consultant.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await expect(panel).toHaveCount(0);
});
