import { expect } from './harness';
import { demoTest as test, demoUsers, expectOnScreen, field, logInAs, openScreen, shot } from './ui';

test.use({ demoCustomers: 20 });

test('继续编辑 keeps the half-typed file open, and Esc asks on screen before anything typed is thrown away', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await logInAs(page, demoUsers.consultant);
  await openScreen(page, '客户档案');

  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog', { name: '新建客户档案' });
  await field(form, '姓名/名称').fill('欧阳明月');
  await form.getByRole('button', { name: '取消', exact: true }).click();
  const prompt = page.getByRole('dialog', { name: '放弃未保存的修改？' });
  await expectOnScreen(prompt.getByRole('button', { name: '继续编辑' }));
  await shot(page, testInfo, '01-prompt-after-cancel');
  await prompt.getByRole('button', { name: '继续编辑' }).click();
  await expect(prompt).toBeHidden();
  // Still editing: nothing was submitted, so no field complains and nothing was saved.
  await expect(form).toBeVisible();
  await expect(field(form, '姓名/名称')).toHaveValue('欧阳明月');
  await expect(form).not.toContainText('此项必填');
  await expect(page.getByText(/已建档/)).toHaveCount(0);

  // Esc asks the same, in the middle of the screen.
  await field(form, '姓名/名称').press('Escape');
  await expect(prompt).toBeVisible();
  await expectOnScreen(prompt.getByRole('button', { name: '放弃修改' }));
  await expectOnScreen(prompt.getByRole('button', { name: '继续编辑' }));
  await shot(page, testInfo, '02-prompt-after-esc');
  // Esc on the prompt keeps editing.
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(field(form, '姓名/名称')).toHaveValue('欧阳明月');

  // The ✕ asks too; 放弃修改 closes the form and saves nothing.
  await form.getByRole('button', { name: '关闭' }).click();
  await prompt.getByRole('button', { name: '放弃修改' }).click();
  await expect(prompt).toBeHidden();
  await expect(form).toBeHidden();
  await expect(page.getByText(/已建档/)).toHaveCount(0);
  await expect(page.getByRole('table', { name: '客户档案列表' })).not.toContainText('欧阳明月');

  // A form nobody typed into closes at once.
  await page.getByRole('button', { name: '新建档案' }).click();
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(prompt).toHaveCount(0);
  expect(errors).toEqual([]);
});
