import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { field, logIn as fillLogin, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const generalManager = { username: 'sunli', displayName: '孙立', password: 'General2026', role: 'generalManager' };
const serviceManager = { username: 'zhengyu', displayName: '郑宇', password: 'Service2026', role: 'serviceManager' };
const salesManager = { username: 'zhaoqiang', displayName: '赵强', password: 'Manager2026', role: 'salesManager' };

/** Two 机密 files; the general manager holds an approved 查阅 of the first (the service manager signed it). */
async function setUpStore(store: Harness): Promise<{ granted: { id: number; archiveNo: string }; other: { id: number }; loanId: number }> {
  await setUpStoreByRpc(store, admin, [archivist, generalManager, serviceManager, salesManager]);
  await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
  const file = async (name: string) => (await rpcOk<{ customer: { id: number; archiveNo: string } }>(store, 'customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'owner', secrecy: 'confidential' } })).customer;
  const granted = await file('机密客户甲');
  const other = await file('机密客户乙');
  await rpcOk(store, 'auth.logout');
  await rpcOk(store, 'auth.login', { username: generalManager.username, password: generalManager.password });
  const start = new Date();
  const loan = await rpcOk<{ id: number }>(store, 'loans.create', {
    department: 'management',
    kind: 'view',
    purpose: '核对投诉处理',
    reason: '客户投诉需要查阅机密档案中的合同约定',
    customerIds: [granted.id],
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
  });
  await rpcOk(store, 'loans.decide', { id: loan.id, approve: true, note: '同意，在档案室查阅', signOff: { username: serviceManager.username, password: serviceManager.password } });
  await rpcOk(store, 'auth.logout');
  return { granted, other, loanId: loan.id };
}

async function logIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
}

test('a 机密 file says it is read in the archive room only; under an approved 查阅 the archive admin countersigns 在档案室打开, and the opening is audited with both names', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { granted, other, loanId } = await setUpStore(store);

  await page.goto('/');
  await logIn(page, generalManager);
  // Without a grant: the rule, and the way to ask.
  await page.goto(`/#/customers/${other.id}`);
  const notice = page.getByRole('region', { name: '机密档案：只能在档案室查阅' });
  await expect(notice).toContainText('机密级档案只能在档案室阅览');
  await expect(notice).toContainText('您还没有已批准、在有效期内的查阅申请');
  await expect(notice.getByRole('link', { name: '去申请查阅' })).toBeVisible();
  await expect(notice.getByRole('button', { name: '在档案室打开' })).toHaveCount(0);
  await shot(page, testInfo, '01-no-grant');

  // With the approved 查阅: the archive admin signs here and the card opens.
  await page.goto(`/#/customers/${granted.id}`);
  await expect(notice).toContainText(`您有已批准的查阅申请 #${loanId}`);
  await notice.getByRole('button', { name: '在档案室打开' }).click();
  const sign = page.getByRole('dialog', { name: '在档案室打开机密档案' });
  await expect(sign).toContainText(`凭查阅申请 #${loanId} 在档案室打开机密档案`);
  await shot(page, testInfo, '02-keeper-signs');
  // Only the archive admin may countersign, and not the reader himself.
  await field(sign, '档案管理员用户名').fill(salesManager.username);
  await sign.getByLabel('档案管理员密码').fill(salesManager.password);
  await sign.getByRole('button', { name: '签字并打开' }).click();
  await expect(sign.getByRole('alert')).toContainText('没有审批此事项的权限');
  await expect(sign.getByLabel('档案管理员密码')).toHaveValue('');
  await field(sign, '档案管理员用户名').fill(archivist.username);
  await sign.getByLabel('档案管理员密码').fill(archivist.password);
  await sign.getByRole('button', { name: '签字并打开' }).click();
  await expect(sign).toBeHidden();
  await expect(page.getByRole('heading', { name: '机密客户甲', exact: true })).toBeVisible();
  await expect(page.getByText(granted.archiveNo, { exact: true })).toBeVisible();
  await shot(page, testInfo, '03-opened');

  // The card's history and the audit log name both people.
  await page.getByRole('tab', { name: '变更历史' }).click();
  const history = page.getByRole('table', { name: '变更历史' });
  await expect(history.getByRole('row').nth(1)).toContainText('在档案室打开机密档案');
  await expect(history.getByRole('row').nth(1)).toContainText(`凭查阅申请 #${loanId} 在档案室打开；档案管理员 ${archivist.displayName} 会签`);
  await expect(history.getByRole('row').nth(1)).toContainText(generalManager.displayName);
  await expect(history).toContainText('签字被拒绝');
  await shot(page, testInfo, '04-history');

  // Locking the screen closes the room again.
  await page.getByRole('banner').getByRole('button', { name: '锁定' }).click();
  await field(page, '密码').fill(generalManager.password);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.goto(`/#/customers/${granted.id}`);
  await expect(page.getByRole('region', { name: '机密档案：只能在档案室查阅' })).toBeVisible();
  expect(errors).toEqual([]);
});
