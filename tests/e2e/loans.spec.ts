import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { field, logIn as fillLogin, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

/** Overdue needs days to pass: this store's clock can be moved. */
test.use({ harnessArgs: ['--test-clock'] });

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const manager = { username: 'zhaoqiang', displayName: '赵强', password: 'Manager2026', role: 'salesManager' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const generalManager = { username: 'sunli', displayName: '孙立', password: 'General2026', role: 'generalManager' };
const DAY = 24 * 3600 * 1000;

/** A store with its administrator, a consultant, a sales manager, an archivist, and one customer of the consultant. */
async function setUpStore(store: Harness): Promise<void> {
  await setUpStoreByRpc(store, admin, [consultant, manager, archivist, generalManager]);
  await rpcOk(store, 'auth.login', { username: consultant.username, password: consultant.password });
  await rpcOk(store, 'customers.create', { customer: { kind: 'person', name: '张伟', sourceChannel: 'showroom', category: 'owner', secrecy: 'normal' } });
  await rpcOk(store, 'auth.logout');
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await fillLogin(page, username, password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
}

async function openLoans(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '借阅审批' }).click();
  await expect(page.getByRole('heading', { name: '借阅审批' })).toBeVisible();
}

test('a consultant borrows a paper file for two days, the manager signs, the archive hands it over, it goes overdue and comes back', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStore(store);

  // The consultant asks to check out 张伟's file for two days; the rules show before sending.
  await page.goto('/');
  await logIn(page, consultant.username, consultant.password);
  await openLoans(page);
  await page.getByRole('radiogroup', { name: '借阅类型' }).getByText('外借', { exact: true }).click();
  await field(page, '用途').fill('核对购车合同');
  await field(page, '事由').fill('客户来电要求核对购车合同的付款条款');
  await page.getByRole('combobox', { name: '查找档案' }).fill('张伟');
  await page.getByRole('option', { name: /张伟/ }).click();
  const chosen = page.getByRole('list', { name: '借阅档案' });
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  await expect(chosen).toContainText('张伟');
  await expect(chosen).toContainText('普通');
  await page.getByRole('group', { name: '快捷期限' }).getByRole('button', { name: '2 天' }).click();
  const hint = page.getByRole('status').filter({ hasText: '借阅规定' });
  await expect(hint).toContainText('最长期限：3 天');
  await expect(hint).toContainText('第 1 步：部门负责人签字（销售经理）');
  await expect(hint).toContainText('第 2 步：档案管理员 审批');
  await shot(page, testInfo, '01-request');
  await page.getByRole('button', { name: '提交', exact: true }).click();

  // Straight to 我的申请, waiting for approval.
  await expect(page.getByRole('tab', { name: '我的申请', selected: true })).toBeVisible();
  const table = page.getByRole('table', { name: '借阅申请列表' });
  const row = table.getByRole('row').filter({ hasText: '张伟' });
  await expect(row).toContainText('待审批');
  await expect(row).toContainText('外借');

  // On the same screen: the requester cannot sign for herself, the sales manager can.
  await row.getByRole('button', { name: /^审批申请/ }).click();
  const dialog = page.getByRole('dialog', { name: '借阅审批签字' });
  await expect(dialog).toBeVisible();
  await field(dialog, '审批人用户名').fill(consultant.username);
  await dialog.getByLabel('审批人密码').fill(consultant.password);
  await dialog.getByRole('button', { name: '签字同意' }).click();
  await expect(dialog.getByRole('alert')).toContainText('申请人不能审批自己的申请');
  await field(dialog, '审批人用户名').fill(manager.username);
  await dialog.getByLabel('审批人密码').fill(manager.password);
  await field(dialog, '审批意见').fill('同意，按期归还');
  await shot(page, testInfo, '02-sign-off');
  await dialog.getByRole('button', { name: '签字同意' }).click();
  await expect(dialog).toBeHidden();
  // The department head has signed; the archive side decides next (篇三 第19条).
  await expect(row).toContainText('待审批');
  await expect(row).toContainText(`第 1 步 部门负责人签字：${manager.displayName}同意`);
  await expect(row).toContainText('第 2 步 审批：待 档案管理员 签字');
  await shot(page, testInfo, '03-head-signed');

  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();

  // The archive admin approves, then hands the paper file over against the borrower's own signature.
  await logIn(page, archivist.username, archivist.password);
  await openLoans(page);
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await row.getByRole('button', { name: /^审批申请/ }).click();
  await field(dialog, '审批人用户名').fill(archivist.username);
  await dialog.getByLabel('审批人密码').fill(archivist.password);
  await dialog.getByRole('button', { name: '签字同意' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('已批准');
  await row.getByRole('button', { name: /^交付申请/ }).click();
  const handOver = page.getByRole('dialog', { name: '交付签收' });
  await expect(handOver).toContainText(consultant.displayName);
  await field(handOver, '签收人用户名').fill(manager.username);
  await handOver.getByLabel('签收人密码').fill(manager.password);
  await handOver.getByRole('button', { name: '本人签收' }).click();
  await expect(handOver.getByRole('alert')).toContainText('须由本人签字');
  await field(handOver, '签收人用户名').fill(consultant.username);
  await handOver.getByLabel('签收人密码').fill(consultant.password);
  await shot(page, testInfo, '04-hand-over');
  await handOver.getByRole('button', { name: '本人签收' }).click();
  await expect(handOver).toBeHidden();
  await expect(row).toContainText('已借出');
  await expect(row.getByRole('button', { name: /^归还申请/ })).toBeVisible();
  await shot(page, testInfo, '04b-checked-out');

  // The file's card says who has the paper file and until when.
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: '搜索客户档案' }).fill('张伟');
  await page.getByRole('table', { name: '客户档案列表' }).getByRole('row').filter({ hasText: '张伟' }).click();
  await expect(page.getByText(/纸质档案已借出：李晓明，应还 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeVisible();
  await openLoans(page);
  await page.getByRole('tab', { name: '外借登记册' }).click();

  // Three days later the file is a day overdue: the register, the header and the dashboard say so.
  await store.advanceClock(3 * DAY);
  await page.reload();
  const locked = page.getByRole('heading', { name: '已锁定' });
  const home = page.getByRole('heading', { name: /工作台|借阅审批/ });
  await expect(locked.or(home).first()).toBeVisible();
  if (await locked.isVisible()) {
    await field(page, '密码').fill(archivist.password);
    await page.getByRole('button', { name: '解锁' }).click();
  }
  await expect(page.getByRole('banner').getByRole('status', { name: /逾期 1/ })).toBeVisible();
  await openLoans(page);
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await page.getByRole('radiogroup', { name: '登记册视图' }).getByText('逾期', { exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(row).toContainText('已借出');
  await expect(row).toContainText(/第一次催还|第二次催还/);
  await shot(page, testInfo, '05-overdue');

  await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click();
  const panel = page.getByRole('region', { name: '逾期未还档案' });
  await expect(panel).toContainText('张伟');
  await expect(panel).toContainText(consultant.displayName);
  await shot(page, testInfo, '06-dashboard');

  // The file comes back, with a note on its condition.
  await openLoans(page);
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await row.getByRole('button', { name: /^归还申请/ }).click();
  const giveBack = page.getByRole('dialog', { name: '登记归还' });
  await field(giveBack, '档案状况').fill('完好，页数齐全');
  await shot(page, testInfo, '07-return');
  await giveBack.getByRole('button', { name: '确认归还' }).click();
  await expect(giveBack).toBeHidden();
  await expect(row).toContainText('已归还');
  await expect(row).toContainText('归还状况：完好，页数齐全');
  await expect(row).not.toContainText('逾期');
  await expect(page.getByRole('banner').getByRole('status', { name: /逾期 0/ })).toBeVisible();
  await page.getByRole('radiogroup', { name: '登记册视图' }).getByText('历史', { exact: true }).click();
  await expect(row).toContainText('已归还');
  await shot(page, testInfo, '08-returned');

  expect(errors).toEqual([]);
});

test('the system admin shortens ordinary checkouts to one day in the settings, and the request form says so', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStore(store);

  await page.goto('/');
  await logIn(page, admin.username, admin.password);
  await page.getByRole('navigation').getByRole('link', { name: '系统设置' }).click();
  const rules = page.getByRole('table', { name: '借阅规定' });
  await expect(rules.getByRole('textbox', { name: '普通外借最长期限（小时）' })).toHaveValue('72');
  await rules.getByRole('textbox', { name: '普通外借最长期限（小时）' }).fill('24');
  await page.getByRole('button', { name: '保存' }).nth(1).click();
  // The rules are access policy: the general manager countersigns on the same screen.
  const sign = page.getByRole('dialog', { name: '借阅规定变更签字' });
  await field(sign, '审批人用户名').fill(manager.username);
  await sign.getByLabel('审批人密码').fill(manager.password);
  await sign.getByRole('button', { name: '签字批准' }).click();
  await expect(sign.getByRole('alert')).toBeVisible();
  await field(sign, '审批人用户名').fill(generalManager.username);
  await sign.getByLabel('审批人密码').fill(generalManager.password);
  await sign.getByRole('button', { name: '签字批准' }).click();
  await expect(sign).toBeHidden();
  await expect(page.getByText('借阅规定已保存。')).toBeVisible();
  await shot(page, testInfo, '01-rules');
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();

  await logIn(page, consultant.username, consultant.password);
  await openLoans(page);
  await page.getByRole('radiogroup', { name: '借阅类型' }).getByText('外借', { exact: true }).click();
  await page.getByRole('combobox', { name: '查找档案' }).fill('张伟');
  await page.getByRole('option', { name: /张伟/ }).click();
  await page.getByRole('group', { name: '快捷期限' }).getByRole('button', { name: '2 天' }).click();
  const hint = page.getByRole('status').filter({ hasText: '借阅规定' });
  await expect(hint).toContainText('最长期限：1 天');
  await expect(hint).toContainText('所选期限超过了最长期限');
  await shot(page, testInfo, '02-hint');
  expect(errors).toEqual([]);
});
