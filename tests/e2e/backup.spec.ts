import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, startHarness, type Harness } from './harness';
import { demoPassword, demoTest as test, demoUsers, field, logIn, logInAs, logOut, openScreen, rpcOk, settle, setUpStoreByRpc, shot, storeTest } from './ui';

test.use({ demoCustomers: 30 });

const PASSPHRASE = '星辰店档案室 每月一备 2026';
const folders: string[] = [];

function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kedang-e2e-backup-'));
  folders.push(folder);
  return folder;
}

test.afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface JobStatus {
  state: 'running' | 'succeeded' | 'failed' | 'cancelled';
}

/** WCAG 2.1 A and AA, as accessibility.spec checks every other screen. */
async function expectAccessible(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  expect(summary, `${screen}: serious or critical findings`).toEqual([]);
}

/** Every state a job's progress bar shows, recorded as it changes (a small backup is over in a second). */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    const look = () => {
      for (const bar of document.querySelectorAll('[role=group] [role=progressbar]')) {
        const text = bar.getAttribute('aria-valuetext');
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext'] });
  });
  return () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
}

/** A backup made over RPC in the page's session, the way the screen makes it. */
async function backupByRpc(store: Harness, folder: string): Promise<string> {
  const { jobId } = await rpcOk<{ jobId: string }>(store, 'backup.start', { folder, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
  await expect.poll(async () => (await rpcOk<JobStatus>(store, 'jobs.status', { jobId })).state, { timeout: 60_000 }).toBe('succeeded');
  return (await rpcOk<{ path: string }>(store, 'backup.result', { jobId })).path;
}

async function searchTotal(store: Harness, query: string): Promise<number> {
  return (await rpcOk<{ total: number }>(store, 'customers.search', { query })).total;
}

test('an archivist backs up to a folder and checks it; a system admin restores it with a signature, everyone logs in again, and 撤销恢复 brings the newer archive back', async ({ page, store }, testInfo) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const folder = newFolder();
  await page.goto('/');

  // The dashboard says there is no verified backup yet, and leads to 备份.
  await logInAs(page, demoUsers.archiveAdmin);
  const panel = page.getByRole('region', { name: '备份情况' });
  await expect(panel).toContainText('还没有已校验的备份');
  await shot(page, testInfo, '01-dashboard-no-backup');
  await expectAccessible(page, testInfo, 'dashboard');
  await panel.getByRole('link', { name: '立即备份' }).click();
  await expect(page.getByRole('heading', { name: '备份恢复', level: 2 })).toBeVisible();
  await expect(page.getByRole('tab', { name: '备份', exact: true })).toHaveAttribute('aria-selected', 'true');
  await settle(page);
  await shot(page, testInfo, '02-backup-tab');
  await expectAccessible(page, testInfo, 'backup-tab');

  // Bad input first: a relative folder, a short passphrase, a repeat that differs. Nothing starts.
  const form = page.getByRole('form', { name: '备份', exact: true });
  await form.getByRole('textbox', { name: '其他文件夹的完整路径' }).fill('备份');
  await form.getByLabel(/^备份口令/).fill('short');
  await form.getByLabel(/^再次输入备份口令/).fill('shorter');
  await form.getByRole('button', { name: '开始备份' }).click();
  await expect(form).toContainText('请填写完整路径');
  await expect(form).toContainText('至少 12 个字符');
  await expect(form).toContainText('两次输入的密码不一致');
  expect(readdirSync(folder)).toEqual([]);

  // A folder typed as a path, a passphrase typed twice; Enter starts it.
  await form.getByRole('textbox', { name: '其他文件夹的完整路径' }).fill(folder);
  await form.getByLabel(/^备份口令/).fill(PASSPHRASE);
  await expect(form).toContainText('强度：强');
  await form.getByLabel(/^再次输入备份口令/).fill(PASSPHRASE);
  const progress = await recordProgress(page);
  await form.getByLabel(/^再次输入备份口令/).press('Enter');
  const done = page.getByRole('status').filter({ hasText: '备份已校验' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  const seen = await progress();
  writeFileSync(testInfo.outputPath('progress.json'), JSON.stringify(seen, null, 2));
  expect(seen.length, 'a progress bar was shown').toBeGreaterThan(0);
  expect(seen.some((text) => /第 \d\/4 步/.test(text) && text.includes('%')), seen.join('\n')).toBe(true);
  // The passphrase left the form with the job.
  await expect(form.getByLabel(/^备份口令/)).toHaveValue('');
  const file = readdirSync(folder).find((name) => name.endsWith('.kdbak'));
  expect(file, 'one finished backup in the folder').toBeTruthy();
  expect(readdirSync(folder)).toEqual([file]);
  await expect(done).toContainText(file!);
  await shot(page, testInfo, '03-backup-verified');
  await expectAccessible(page, testInfo, 'backup-done');

  // 校验这份备份: the same file, checked without touching the live archive.
  await done.getByRole('button', { name: '校验这份备份' }).click();
  await expect(page.getByRole('tab', { name: '校验备份' })).toHaveAttribute('aria-selected', 'true');
  const check = page.getByRole('form', { name: '校验备份' });
  await expect(check.getByRole('combobox', { name: '备份文件' })).toHaveValue(join(folder, file!));
  await check.getByLabel(/^备份口令/).fill('not the passphrase');
  await check.getByRole('button', { name: '开始校验' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '备份口令或密钥文件不正确' })).toBeVisible({ timeout: 30_000 });
  await check.getByLabel(/^备份口令/).fill(PASSPHRASE);
  await check.getByRole('button', { name: '开始校验' }).click();
  const verdict = page.getByRole('status').filter({ hasText: '备份完好' });
  await expect(verdict).toBeVisible({ timeout: 30_000 });
  const report = page.getByRole('table', { name: '校验结果' });
  await expect(report).toContainText('客档演示 4S 店');
  await expect(report).toContainText('周档案');
  await expect(report).toContainText('客户档案 30');
  await expect(report).toContainText('通过（SQLite integrity_check）');
  await expect(report).toContainText(/第 1–\d+ 条与备份一致/);
  await shot(page, testInfo, '04-check-report');
  await expectAccessible(page, testInfo, 'check-report');

  // 备份记录 and the dashboard now know of it.
  await page.getByRole('tab', { name: '备份记录' }).click();
  const history = page.getByRole('table', { name: '备份记录' });
  await expect(history.getByRole('row').filter({ hasText: file! })).toContainText('已校验');
  await expect(history.getByRole('row').filter({ hasText: file! })).toContainText('周档案');
  await shot(page, testInfo, '05-history');
  await openScreen(page, '工作台');
  await expect(page.getByRole('region', { name: '备份情况' })).toContainText('上次已校验的备份：今天');

  // Work done after the backup, which the restore will take away (and 撤销恢复 bring back), and a later backup of it.
  await rpcOk(store, 'customers.create', { customer: { kind: 'person', name: '备份之后', sourceChannel: 'phone', category: 'potential' } });
  expect(await searchTotal(store, '备份之后')).toBe(1);
  const later = await backupByRpc(store, newFolder());
  await logOut(page);

  // The system admin: a wrong passphrase is refused in Chinese and changes nothing.
  await logInAs(page, demoUsers.systemAdmin);
  await openScreen(page, '备份恢复');
  await page.getByRole('tab', { name: '恢复' }).click();
  const restore = page.getByRole('form', { name: '从备份恢复' });
  await restore.getByRole('combobox', { name: '备份文件' }).fill(join(folder, file!));
  await restore.getByLabel(/^备份口令/).fill('wrong passphrase');
  await restore.getByLabel(/^该用户备份时的密码/).fill(demoPassword);
  await restore.getByRole('button', { name: '读取并检查备份' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法用这份备份恢复' })).toContainText('备份口令或密钥文件不正确，无法打开此备份。', { timeout: 30_000 });
  await shot(page, testInfo, '06-restore-wrong-passphrase');
  expect((await rpcOk<{ phase: string }>(store, 'app.status')).phase).toBe('ready');
  expect((await rpcOk<{ rollbackAvailable: boolean }>(store, 'backup.status')).rollbackAvailable).toBe(false);
  expect((await rpcOk<{ entries: unknown[] }>(store, 'audit.list', { action: 'backup.restored' })).entries).toEqual([]);

  // The right passphrase: the checked backup's summary, then the system admin's signature.
  await restore.getByLabel(/^备份口令/).fill(PASSPHRASE);
  await restore.getByLabel(/^该用户备份时的密码/).fill(demoPassword);
  await restore.getByRole('button', { name: '读取并检查备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '备份已解密并检查通过' })).toBeVisible({ timeout: 30_000 });
  const summary = page.getByRole('table', { name: '备份内容' });
  await expect(summary).toContainText('客户档案 30');
  await expect(page.getByText('恢复会替换整个档案库')).toBeVisible();
  await shot(page, testInfo, '07-restore-preview');
  await expectAccessible(page, testInfo, 'restore-preview');
  await page.getByRole('button', { name: '恢复此备份…' }).click();
  const sign = page.getByRole('dialog', { name: '从备份恢复档案库' });
  await expect(sign).toContainText('用备份替换整个档案库');
  // Esc closes the signature dialog; the checked backup stays ready.
  await field(sign, '系统管理员用户名').fill(demoUsers.systemAdmin);
  await page.keyboard.press('Escape');
  await expect(sign).toBeHidden();
  await expect(page.getByRole('table', { name: '备份内容' })).toBeVisible();
  await page.getByRole('button', { name: '恢复此备份…' }).click();
  await field(sign, '系统管理员用户名').fill(demoUsers.archiveAdmin);
  await sign.getByLabel('系统管理员密码').fill(demoPassword);
  await sign.getByRole('button', { name: '签字并恢复' }).click();
  await expect(sign.getByRole('alert')).toContainText('该审批人没有审批此事项的权限');
  await field(sign, '系统管理员用户名').fill(demoUsers.systemAdmin);
  await sign.getByLabel('系统管理员密码').fill(demoPassword);
  await shot(page, testInfo, '08-restore-sign-off');
  await expectAccessible(page, testInfo, 'restore-sign-off');
  await sign.getByRole('button', { name: '签字并恢复' }).click();

  // Back at the login screen; the archive is the backup's: the later file is gone.
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 30_000 });
  await shot(page, testInfo, '09-login-after-restore');
  await logInAs(page, demoUsers.archiveAdmin);
  expect(await searchTotal(store, '备份之后')).toBe(0);
  await logOut(page);

  // 撤销恢复 is offered while the previous archive is kept, and needs the system admin's signature too.
  await logInAs(page, demoUsers.systemAdmin);
  await expect(page.getByRole('region', { name: '备份情况' })).toContainText('可以在“恢复”中撤销恢复');
  await openScreen(page, '备份恢复');

  // The later backup holds entries the live log, now the older backup's, does not: where they part is
  // named, and said to be the restore, not an edit.
  await page.getByRole('tab', { name: '校验备份' }).click();
  const checkLater = page.getByRole('form', { name: '校验备份' });
  await checkLater.getByRole('combobox', { name: '备份文件' }).fill(later);
  await checkLater.getByLabel(/^备份口令/).fill(PASSPHRASE);
  await checkLater.getByRole('button', { name: '开始校验' }).click();
  await expect(page.getByRole('status').filter({ hasText: '这份备份早于现在档案库的一次恢复' })).toContainText('这是恢复造成的，不是改动', { timeout: 30_000 });
  const difference = page.getByText(/^现有审计日志第 \d+ 条与备份中的不同$/);
  await expect(difference).toBeVisible();
  await expect(page.getByText(/^现在的第 \d+ 条：.*由备份恢复/)).toBeVisible();
  await shot(page, testInfo, '10-check-differs');
  await page.getByRole('tab', { name: '恢复' }).click();
  const undo = page.getByRole('region', { name: '撤销恢复' });
  await expect(undo).toBeVisible();
  await shot(page, testInfo, '11-undo-offered');
  await undo.getByRole('button', { name: '撤销恢复…' }).click();
  const undoSign = page.getByRole('dialog', { name: '撤销恢复' });
  await field(undoSign, '系统管理员用户名').fill(demoUsers.systemAdmin);
  await undoSign.getByLabel('系统管理员密码').fill(demoPassword);
  await undoSign.getByRole('button', { name: '签字并撤销恢复' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 30_000 });
  await logInAs(page, demoUsers.archiveAdmin);
  expect(await searchTotal(store, '备份之后')).toBe(1);
  expect(errors).toEqual([]);
});

test('a consultant has no 备份恢复 in the menu, and the address refuses without asking core anything', async ({ page, store }) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/rpc/backup.')) calls.push(request.url());
  });
  await page.goto('/');
  await logInAs(page, demoUsers.consultant);
  await expect(page.getByRole('navigation').getByRole('link', { name: '备份恢复' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '备份情况' })).toHaveCount(0);
  await page.goto('/#/backup?tab=restore');
  await expect(page.getByRole('heading', { name: '备份恢复', level: 2 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('您没有执行此操作的权限');
  await expect(page.getByRole('form')).toHaveCount(0);
  await settle(page);
  expect(calls).toEqual([]);
  // An archivist sees 备份恢复 but not 恢复, which is the system admin's.
  await logOut(page);
  await logInAs(page, demoUsers.archiveAdmin);
  await page.goto('/#/backup?tab=restore');
  await expect(page.getByRole('tab', { name: '备份', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: '恢复' })).toHaveCount(0);
  await settle(page);
  await rpcOk(store, 'auth.login', { username: demoUsers.systemAdmin, password: demoPassword });
  expect((await rpcOk<{ entries: unknown[] }>(store, 'audit.list', { action: 'access.denied' })).entries).toEqual([]);
});

test('on a new PC the store’s archive comes back from its backup: passphrase, a user’s password, a check, then the login screen', async ({ page, store }, testInfo) => {
  test.setTimeout(180_000);
  const folder = newFolder();
  // The store's backup, made the way the app makes it.
  await rpcOk(store, 'auth.login', { username: demoUsers.archiveAdmin, password: demoPassword });
  const made = { path: await backupByRpc(store, folder) };

  const fresh = await startHarness();
  try {
    await page.goto(fresh.launchUrl);
    await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await shot(page, testInfo, '12-first-run');
    await page.getByRole('button', { name: '从备份恢复' }).click();
    const form = page.getByRole('form', { name: '从备份恢复档案库' });
    await expect(form).toBeVisible();
    await expectAccessible(page, testInfo, 'first-run-restore');
    await form.getByRole('combobox', { name: '备份文件' }).fill(made.path);
    await form.getByLabel(/^备份口令/).fill(PASSPHRASE);
    await field(form, '用户名').fill(demoUsers.archiveAdmin);
    await form.getByLabel(/^该用户备份时的密码/).fill('not the password');
    await form.getByRole('button', { name: '读取并检查备份' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '无法用这份备份恢复' })).toContainText('备份中没有能用这个密码或恢复码打开的密钥槽', { timeout: 30_000 });
    expect((await fresh.rpc<{ phase: string }>('app.status')).data?.phase).toBe('setup');
    await form.getByLabel(/^备份口令/).fill(PASSPHRASE);
    await form.getByLabel(/^该用户备份时的密码/).fill(demoPassword);
    await form.getByRole('button', { name: '读取并检查备份' }).click();
    await expect(page.getByRole('status').filter({ hasText: '备份已解密并检查通过' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('table', { name: '备份内容' })).toContainText('客户档案 30');
    await shot(page, testInfo, '13-first-run-preview');
    await page.getByRole('button', { name: '恢复到这台电脑' }).click();
    await page.getByRole('dialog', { name: '在这台电脑上启用这份备份？' }).getByRole('button', { name: '恢复到这台电脑' }).click();
    await logIn(page, demoUsers.archiveAdmin, demoPassword);
    await expect(page.getByRole('heading', { name: '工作台', level: 2 })).toBeVisible();
    expect((await fresh.rpc<{ total: number }>('customers.search', { query: '' })).data?.total).toBe(30);
  } finally {
    // The page's event stream and keep-alive calls would hold the harness's server open: leave it first.
    await page.goto('about:blank');
    await fresh.stop();
  }
});

storeTest.describe('the reminder', () => {
  storeTest.use({ harnessArgs: ['--test-clock'] });

  storeTest('the dashboard turns orange once the last verified backup is older than the store allows, and the limit is a setting', async ({ page, store }, testInfo) => {
    const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
    const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
    await setUpStoreByRpc(store, admin, [archivist]);
    await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
    await backupByRpc(store, newFolder());
    await rpcOk(store, 'auth.logout');
    await store.advanceClock(8 * 86_400_000);

    await page.goto('/');
    await logIn(page, archivist.username, archivist.password);
    const panel = page.getByRole('region', { name: '备份情况' });
    await expect(panel).toContainText('上次已校验的备份：8 天前');
    await expect(panel).toContainText('已超过 7 天，请尽快备份。');
    await expect(panel.getByRole('link', { name: '立即备份' })).toBeVisible();
    await shot(page, testInfo, '14-dashboard-overdue');
    await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();

    // The system admin allows ten days: the same backup no longer warns.
    await logIn(page, admin.username, admin.password);
    await openScreen(page, '系统设置');
    const warnDays = page.getByRole('textbox', { name: '备份提醒（天）' });
    await warnDays.fill('10');
    // Enter saves the settings form from any of its fields.
    await warnDays.press('Enter');
    await expect(page.getByText('设置已保存')).toBeVisible();
    await shot(page, testInfo, '15-settings-backup');
    await openScreen(page, '工作台');
    await expect(panel).toContainText('上次已校验的备份：8 天前');
    await expect(panel).not.toContainText('已超过');
    await expect(panel.getByRole('link', { name: '备份恢复' })).toBeVisible();
  });
});
