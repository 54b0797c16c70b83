import type { Locator } from '@playwright/test';
import { expect } from './harness';
import { demoTest as test, demoUsers, field, logInAs, logOut, openScreen, rpcOk, shot } from './ui';

test.use({ demoCustomers: 20 });

/**
 * A confirmation is a dialog named by its question: the safe choice first and focused, the action
 * after it, a named ✕, and nothing else to press.
 */
async function expectConfirmation(dialog: Locator, safe: string, action: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: safe, exact: true })).toBeFocused();
  const buttons = (await dialog.getByRole('button').allTextContents()).map((text) => text.trim());
  expect(buttons.filter((text) => text !== '')).toEqual([safe, action]);
  await expect(dialog.getByRole('button', { name: '关闭' })).toHaveCount(1);
}

test('every confirmation asks the same way, and one that fails stays open and says why', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');

  // The system admin: deleting an account, and a new recovery code.
  await logInAs(page, demoUsers.systemAdmin);
  await openScreen(page, '用户与权限');
  const users = page.getByRole('table', { name: '用户列表' });
  await page.getByRole('button', { name: '删除 archivist' }).click();
  const remove = page.getByRole('dialog', { name: '删除用户' });
  await expectConfirmation(remove, '取消', '确认删除');
  await expect(remove).toContainText('周档案');
  await page.keyboard.press('Escape');
  await expect(remove).toBeHidden();
  await expect(users.getByRole('row', { name: /archivist/ })).toBeVisible();
  await page.getByRole('button', { name: '删除 admin' }).click();
  await remove.getByRole('button', { name: '确认删除' }).click();
  await expect(remove.getByRole('alert')).toContainText('不能删除当前登录的账号');
  await shot(page, testInfo, '01-delete-refused');
  await remove.getByRole('button', { name: '取消' }).click();
  await expect(remove).toBeHidden();

  await openScreen(page, '系统设置');
  await page.getByRole('button', { name: '重新生成恢复码' }).click();
  const rotate = page.getByRole('dialog', { name: '重新生成恢复码？' });
  await expectConfirmation(rotate, '取消', '重新生成');
  await page.keyboard.press('Escape');
  await expect(rotate).toBeHidden();
  await logOut(page);

  // A consultant withdraws a draft request.
  await logInAs(page, demoUsers.consultant);
  const mine = await rpcOk<{ rows: Array<{ id: number }> }>(store, 'customers.search', { query: '', limit: 1 });
  const start = new Date(Date.now() + 3_600_000);
  const draft = await rpcOk<{ id: number }>(store, 'loans.create', {
    department: 'sales',
    kind: 'view',
    purpose: '核对合同',
    reason: '客户来电询问合同条款',
    customerIds: [mine.rows[0]!.id],
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + 3_600_000).toISOString(),
    submit: false,
  });
  await openScreen(page, '借阅审批');
  await page.getByRole('tab', { name: '我的申请' }).click();
  const row = page.getByRole('table', { name: '借阅申请列表' }).getByRole('row').filter({ hasText: `#${draft.id}` });
  await row.getByRole('button', { name: `撤销申请 #${draft.id}` }).click();
  const cancel = page.getByRole('dialog', { name: '撤销申请' });
  await expectConfirmation(cancel, '不撤销', '撤销申请');
  await shot(page, testInfo, '02-cancel-loan');
  await cancel.getByRole('button', { name: '撤销申请' }).click();
  await expect(cancel).toBeHidden();
  await expect(row).toContainText('已撤销');

  // Leaving a half-typed file asks the same way.
  await openScreen(page, '客户档案');
  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog', { name: '新建客户档案' });
  await field(form, '姓名/名称').fill('欧阳明月');
  await page.keyboard.press('Escape');
  await expectConfirmation(page.getByRole('dialog', { name: '放弃未保存的修改？' }), '继续编辑', '放弃修改');
  expect(errors).toEqual([]);
});
