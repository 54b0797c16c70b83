import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { field, logIn as fillLogin, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const manager = { username: 'zhaoqiang', displayName: '赵强', password: 'Manager2026', role: 'salesManager' };
const deputy = { username: 'zhengyu', displayName: '郑宇', password: 'Service2026', role: 'serviceManager' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const HOUR = 3_600_000;

async function as(store: Harness, user: { username: string; password: string }): Promise<void> {
  await rpcOk(store, 'auth.logout');
  await rpcOk(store, 'auth.login', { username: user.username, password: user.password });
}

/**
 * 张伟's file; the sales manager is away and lets the service manager sign for him (委托书); the
 * consultant asks to check the file out and the deputy signs the department head's step, so the
 * request now waits for the archive side. A second request waits for the sales manager himself.
 */
async function setUpStore(store: Harness): Promise<{ loanId: number; otherId: number; delegationId: number }> {
  await setUpStoreByRpc(store, admin, [consultant, manager, deputy, archivist]);
  await as(store, admin);
  const deputyId = (await rpcOk<Array<{ id: number; username: string }>>(store, 'users.list')).find((u) => u.username === deputy.username)!.id;
  await as(store, consultant);
  const file = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', { customer: { kind: 'person', name: '张伟', sourceChannel: 'showroom', category: 'owner' } });
  await as(store, manager);
  const now = Date.now();
  const delegation = await rpcOk<{ id: number }>(store, 'approvals.delegate', { delegateId: deputyId, fromAt: new Date(now - HOUR).toISOString(), untilAt: new Date(now + 24 * HOUR).toISOString(), reason: '出差' });
  await as(store, consultant);
  const request = (purpose: string) => ({ department: 'sales', kind: 'checkout', purpose, reason: '客户来电要求核对购车合同的付款条款', customerIds: [file.customer.id], startAt: new Date(now).toISOString(), endAt: new Date(now + 48 * HOUR).toISOString() });
  const loan = await rpcOk<{ id: number }>(store, 'loans.create', request('核对购车合同'));
  await rpcOk(store, 'loans.decide', { id: loan.id, approve: true, note: '同意', signOff: { username: deputy.username, password: deputy.password } });
  const other = await rpcOk<{ id: number }>(store, 'loans.create', request('办理保险续保'));
  await rpcOk(store, 'auth.logout');
  return { loanId: loan.id, otherId: other.id, delegationId: delegation.id };
}

async function logIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

test('the archive admin lands on what waits: signs the archive step, hands the file over against the borrower’s signature from 待交付, and records the return; each row shows its chain and delegation', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { loanId, otherId, delegationId } = await setUpStore(store);

  await page.goto('/');
  await logIn(page, archivist);
  // The bell says what waits for the archive side, and opens it.
  const bell = page.getByRole('banner').getByRole('status', { name: /借阅提醒/ });
  await expect(bell).toHaveAttribute('aria-label', /待审批 1/);
  await bell.getByRole('button', { name: /借阅提醒/ }).click();
  await expect(page.getByRole('tab', { name: /待审批/, selected: true })).toBeVisible();

  // Opened from the navigation, the screen lands on 待审批 too.
  await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click();
  await page.getByRole('navigation').getByRole('link', { name: '借阅审批' }).click();
  await expect(page.getByRole('tab', { name: /待审批/, selected: true })).toBeVisible();
  const table = page.getByRole('table', { name: '借阅申请列表' });
  const row = table.getByRole('row').filter({ hasText: `#${loanId}` });
  const trail = row.getByRole('list', { name: `申请 #${loanId} 的审批与交接` });
  await expect(trail).toContainText(`第 1 步 部门负责人签字：${deputy.displayName}（依委托书 #${delegationId} 代 ${manager.displayName}）同意`);
  await expect(trail).toContainText('，意见：同意');
  await expect(trail).toContainText('第 2 步 审批：待 档案管理员 签字');
  // The request waiting for the sales manager is not the archive's to sign yet.
  await expect(table.getByRole('row').filter({ hasText: `#${otherId}` })).toHaveCount(0);
  await shot(page, testInfo, '01-pending-with-chain');

  await row.getByRole('button', { name: `审批申请 #${loanId}` }).click();
  const decide = page.getByRole('dialog', { name: '借阅审批签字' });
  await field(decide, '审批人用户名').fill(archivist.username);
  await decide.getByLabel('审批人密码').fill(archivist.password);
  await decide.getByRole('button', { name: '签字同意' }).click();
  await expect(decide).toBeHidden();
  await expect(bell).toHaveAttribute('aria-label', /待交付 1/);

  // Approved: the screen stays where it is; opened again, it lands on what waits now, the hand-over.
  await expect(page.getByRole('tab', { name: /待审批/, selected: true })).toBeVisible();
  await page.goto('/#/loans');
  await expect(page.getByRole('tab', { name: /待交付/, selected: true })).toBeVisible();
  const handRow = table.getByRole('row').filter({ hasText: `#${loanId}` });
  await expect(handRow).toContainText('已批准');
  await expect(handRow).toContainText(`第 2 步 审批：${archivist.displayName}同意`);
  await shot(page, testInfo, '02-handover-tab');
  await handRow.getByRole('button', { name: `交付申请 #${loanId}` }).click();
  const handOver = page.getByRole('dialog', { name: '交付签收' });
  await expect(handOver).toContainText(`经办人 ${archivist.displayName}`);
  await field(handOver, '签收人用户名').fill(consultant.username);
  await handOver.getByLabel('签收人密码').fill(consultant.password);
  await shot(page, testInfo, '03-receiver-signs');
  await handOver.getByRole('button', { name: '本人签收' }).click();
  await expect(handOver).toBeHidden();
  await expect(table).toContainText('没有符合条件的申请');

  // In the register: when, who handed it over, who signed for it; then the return with time, receiver and condition.
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await page.getByRole('radiogroup', { name: '登记册视图' }).getByText('借出中', { exact: true }).click();
  const outRow = table.getByRole('row').filter({ hasText: `#${loanId}` });
  await expect(outRow).toContainText(new RegExp(`交付 \\d{2}-\\d{2} \\d{2}:\\d{2} · ${archivist.displayName} 经办 · ${consultant.displayName} 签收`));
  await outRow.getByRole('button', { name: `归还申请 #${loanId}` }).click();
  const giveBack = page.getByRole('dialog', { name: '登记归还' });
  await expect(giveBack).toContainText(new RegExp(`归还时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（现在），收回人 ${archivist.displayName}`));
  await field(giveBack, '档案状况').fill('完好，页数齐全');
  await shot(page, testInfo, '04-return');
  await giveBack.getByRole('button', { name: '确认归还' }).click();
  await expect(giveBack).toBeHidden();
  await page.getByRole('radiogroup', { name: '登记册视图' }).getByText('历史', { exact: true }).click();
  await expect(outRow).toContainText(new RegExp(`归还 \\d{2}-\\d{2} \\d{2}:\\d{2} · ${archivist.displayName} 收回 · 归还状况：完好，页数齐全`));
  await shot(page, testInfo, '05-returned');

  // Nothing waits any more: the archive room opens on its register.
  await page.goto('/#/home');
  await page.getByRole('navigation').getByRole('link', { name: '借阅审批' }).click();
  await expect(page.getByRole('tab', { name: '外借登记册', selected: true })).toBeVisible();
  await logOut(page);

  // The sales manager's bell opens 待审批.
  await logIn(page, manager);
  await page.getByRole('banner').getByRole('button', { name: /借阅提醒/ }).click();
  await expect(page.getByRole('tab', { name: /待审批/, selected: true })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: `#${otherId}` })).toContainText(`第 1 步 部门负责人签字：待 销售经理 签字`);
  await shot(page, testInfo, '06-manager-pending');
  expect(errors).toEqual([]);
});
