import type { Page } from '@playwright/test';
import { expect } from './harness';
import { demoTest as test, demoUsers, expectOnScreen, logInAs, openScreen, shot } from './ui';

test.use({ demoCustomers: 30 });

/** Opens a dialog with its button and checks that its primary button is on screen as it opens. */
async function expectPrimaryOnScreen(page: Page, open: string, dialogName: string | RegExp, primary: string): Promise<void> {
  await page.getByRole('button', { name: open, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await expectOnScreen(dialog.getByRole('button', { name: primary, exact: true }));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
}

test('at 1366×768 every big dialog shows its primary button without scrolling', async ({ page }, testInfo) => {
  await page.goto('/');
  await logInAs(page, demoUsers.salesManager);
  await openScreen(page, '客户档案');

  await page.getByRole('button', { name: '新建档案' }).click();
  const create = page.getByRole('dialog', { name: '新建客户档案' });
  await expectOnScreen(create.getByRole('button', { name: '保存' }));
  await shot(page, testInfo, '01-new-customer');
  await create.getByRole('button', { name: '关闭' }).click();
  await expect(create).toBeHidden();

  await page.getByRole('table', { name: '客户档案列表' }).locator('[role=row][data-index="0"]').click();
  await expect(page.getByRole('tab', { name: '基本信息' })).toBeVisible();
  await expectPrimaryOnScreen(page, '编辑', /^编辑客户档案/, '保存');
  await page.getByRole('tab', { name: /^车辆/ }).click();
  await expectPrimaryOnScreen(page, '登记车辆', '登记车辆', '保存');
  await page.getByRole('tab', { name: /^售后服务/ }).click();
  await expectPrimaryOnScreen(page, '新增服务记录', '新增售后服务记录', '保存');
  await page.getByRole('tab', { name: /^反馈投诉/ }).click();
  await expectPrimaryOnScreen(page, '登记反馈/投诉', '登记反馈/投诉', '保存');

  // The sign-off of a loan request: the request, the decision, the note and the signature.
  await openScreen(page, '借阅审批');
  await page.getByRole('tab', { name: '待审批' }).click();
  await page.getByRole('table', { name: '借阅申请列表' }).getByRole('button', { name: /^审批申请/ }).first().click();
  const signOff = page.getByRole('dialog', { name: '借阅审批签字' });
  await expectOnScreen(signOff.getByRole('button', { name: '签字同意' }));
  await shot(page, testInfo, '02-sign-off');
});
