import type { Page } from '@playwright/test';
import { expect } from './harness';
import { field, groupsOf, logIn, shot, storeTest } from './ui';

const test = storeTest;

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go' };

/** Types back the groups the confirm step asks for, reading each input's label (第 N 组). */
async function typeBackGroups(page: Page, groups: string[]): Promise<void> {
  await expect(page.getByRole('heading', { name: '核对恢复码' })).toBeVisible();
  const inputs = page.getByRole('textbox', { name: /第 \d 组/ });
  const count = await inputs.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i += 1) {
    const input = inputs.nth(i);
    const label = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const n = Number(/第 (\d) 组/.exec(label)?.[1]);
    await input.fill(groups[n - 1] ?? '');
  }
  await page.getByRole('button', { name: '确认', exact: true }).click();
}

test('a new store is set up, its administrator logs out and in, adds a consultant, locks and unlocks', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  await field(page, '门店名称').fill('星辰汽车 4S 店');
  await field(page, '门店地址').fill('杭州市滨江区江南大道 88 号');
  await shot(page, testInfo, '01-setup-store');
  await page.getByRole('button', { name: '下一步' }).click();

  await field(page, '用户名').fill(admin.username);
  await field(page, '姓名').fill(admin.displayName);
  await field(page, '密码').fill(admin.password);
  await field(page, '再次输入密码').fill('Different2026');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
  await field(page, '再次输入密码').fill(admin.password);
  await shot(page, testInfo, '02-setup-admin');
  await page.getByRole('button', { name: '完成设置' }).click();

  // The recovery code is shown once, then two of its groups must be typed back.
  await expect(page.getByRole('heading', { name: '保存恢复码' })).toBeVisible({ timeout: 30_000 });
  const groups = (await page.getByTestId('recovery-group').allTextContents()).map((g) => g.trim());
  expect(groups).toHaveLength(8);
  for (const group of groups) expect(group).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
  await shot(page, testInfo, '03-recovery-sheet');
  await page.getByRole('button', { name: '我已妥善保存，下一步' }).click();
  await expect(page.getByRole('heading', { name: '核对恢复码' })).toBeVisible();
  await shot(page, testInfo, '04-recovery-confirm');
  await typeBackGroups(page, groups);

  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header.getByText(admin.displayName)).toBeVisible();
  await expect(header.getByText('系统管理员')).toBeVisible();
  await shot(page, testInfo, '05-home');

  // Log out, a wrong password is refused, the right one opens the archive again.
  await header.getByRole('button', { name: '退出登录' }).click();
  await logIn(page, admin.username, 'wrong-password-1');
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确' })).toBeVisible();
  await expect(field(page, '密码')).toHaveValue('');
  await shot(page, testInfo, '06-login-refused');
  await field(page, '密码').fill(admin.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();

  // A second user: a sales consultant.
  await page.getByRole('navigation').getByRole('link', { name: '用户与权限' }).click();
  await expect(page.getByRole('heading', { name: '用户与权限' })).toBeVisible();
  const users = page.getByRole('table', { name: '用户列表' });
  await expect(users.getByRole('row', { name: new RegExp(admin.username) })).toBeVisible();
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await expect(dialog).toBeVisible();
  await expect(field(dialog, '用户名')).toBeFocused();
  await field(dialog, '用户名').fill(consultant.username);
  await field(dialog, '姓名').fill(consultant.displayName);
  await dialog.getByRole('combobox', { name: '角色' }).click();
  await page.getByRole('option', { name: '销售顾问' }).click();
  await field(dialog, '初始密码').fill(consultant.password);
  await field(dialog, '再次输入密码').fill(consultant.password);
  await shot(page, testInfo, '07-create-user');
  await dialog.getByRole('button', { name: '新建用户' }).click();
  await expect(dialog).toBeHidden();
  const row = users.getByRole('row', { name: new RegExp(consultant.username) });
  await expect(row).toContainText(consultant.displayName);
  await expect(row).toContainText('销售顾问');
  await expect(row).toContainText('启用');
  await shot(page, testInfo, '08-users');

  // The same username again is refused under the field.
  await page.getByRole('button', { name: '新建用户' }).click();
  await field(dialog, '用户名').fill(consultant.username);
  await field(dialog, '姓名').fill('重复');
  await field(dialog, '初始密码').fill(consultant.password);
  await field(dialog, '再次输入密码').fill(consultant.password);
  await dialog.getByRole('button', { name: '新建用户' }).click();
  await expect(dialog.getByText('用户名已存在')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The permission matrix: changing a cell asks for a second person's signature.
  await page.getByRole('tab', { name: '权限矩阵' }).click();
  const cell = page.getByRole('checkbox', { name: '销售顾问：查看审计日志' });
  await expect(cell).not.toBeChecked();
  await shot(page, testInfo, '09-permission-matrix');
  await cell.click();
  const signOff = page.getByRole('dialog', { name: '第二人审批签字' });
  await expect(signOff).toBeVisible();
  await expect(field(signOff, '审批人用户名')).toBeFocused();
  await field(signOff, '审批人用户名').fill(admin.username);
  await field(signOff, '审批人密码').fill(admin.password);
  await signOff.getByRole('button', { name: '签字批准' }).click();
  await expect(signOff.getByRole('alert')).toContainText('不能由申请人本人审批');
  await expect(field(signOff, '审批人密码')).toHaveValue('');
  await shot(page, testInfo, '10-signoff-refused');
  await page.keyboard.press('Escape');
  await expect(signOff).toBeHidden();
  await expect(cell).not.toBeChecked();

  // The audit log shows what happened and its chain verifies.
  await page.getByRole('navigation').getByRole('link', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  const log = page.getByRole('table', { name: '审计日志' });
  await expect(log.getByRole('row').filter({ hasText: 'users.create' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'setup.initialize' })).toHaveCount(1);
  await page.getByRole('button', { name: '校验完整性' }).click();
  await expect(page.getByRole('status').filter({ hasText: /完整，共 \d+ 条/ })).toBeVisible();
  await shot(page, testInfo, '11-audit');

  await page.getByRole('navigation').getByRole('link', { name: '系统设置' }).click();
  await expect(field(page, '门店名称')).toHaveValue('星辰汽车 4S 店');
  await shot(page, testInfo, '12-settings');

  // Lock: the page's data is gone until the password is typed.
  await page.getByRole('navigation').getByRole('link', { name: '用户与权限' }).click();
  await expect(users.getByRole('row', { name: new RegExp(consultant.username) })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: '锁定' }).click();
  await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible();
  await expect(page.getByText(`${admin.displayName}（系统管理员）的会话已锁定。`)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(consultant.displayName)).toHaveCount(0);
  await shot(page, testInfo, '13-locked');
  await field(page, '密码').fill('not-my-password1');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确' })).toBeVisible();
  await field(page, '密码').fill(admin.password);
  await field(page, '密码').press('Enter');
  await expect(users.getByRole('row', { name: new RegExp(consultant.username) })).toBeVisible();

  // The consultant can log in too, and sees neither user management nor the audit log.
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await logIn(page, consultant.username, consultant.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('销售顾问')).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '用户与权限' })).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: '审计日志' })).toHaveCount(0);

  expect(errors).toEqual([]);
});

test.describe('with a 3-second idle lock', () => {
  test.use({ harnessArgs: ['--idle-lock-seconds', '3'] });

  test('after a few idle seconds the screen locks and hides the data until the password is typed', async ({ page, store }, testInfo) => {
    const setup = await store.rpc<{ recoveryCode: string; confirmGroups: number[] }>('setup.initialize', {
      store: { name: '星辰汽车 4S 店', address: '' },
      admin,
    });
    expect(setup.ok, JSON.stringify(setup.error)).toBe(true);
    const groups = groupsOf(setup.data!.recoveryCode);
    const confirmed = await store.rpc('setup.confirmRecovery', {
      groups: setup.data!.confirmGroups.map((index) => ({ index, value: groups[index] })),
    });
    expect(confirmed.ok, JSON.stringify(confirmed.error)).toBe(true);
    await store.rpc('auth.logout');

    await page.goto('/');
    await logIn(page, admin.username, admin.password);
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: '用户与权限' }).click();
    const users = page.getByRole('table', { name: '用户列表' });
    await expect(users.getByRole('row', { name: new RegExp(admin.username) })).toBeVisible();
    const shownAt = Date.now();

    // Hands off the keyboard: the lock screen replaces the page within a few seconds.
    await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - shownAt).toBeGreaterThanOrEqual(2_000);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '用户与权限' })).toHaveCount(0);
    await expect(page.getByText(admin.username, { exact: true })).toHaveCount(0);
    await shot(page, testInfo, '14-idle-locked');

    // Core agrees: data channels are refused while locked.
    const refused = await store.rpc('users.list');
    expect(refused.error?.code).toBe('SESSION_LOCKED');

    await field(page, '密码').fill(admin.password);
    await page.getByRole('button', { name: '解锁' }).click();
    await expect(users.getByRole('row', { name: new RegExp(admin.username) })).toBeVisible();
  });
});
