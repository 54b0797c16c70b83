import { expect } from './harness';
import { demoTest as test, demoUsers, logInAs, openScreen, shot } from './ui';

test.use({ demoCustomers: 10 });

test('保存 on an empty new file shows the app’s own Chinese messages under the fields, never the browser’s', async ({ page }, testInfo) => {
  await page.goto('/');
  await logInAs(page, demoUsers.consultant);
  await openScreen(page, '客户档案');
  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog', { name: '新建客户档案' });
  await form.getByRole('button', { name: '保存' }).click();

  await expect(form.getByText('此项必填').first()).toBeVisible();
  // Name, source and the phone each say what is missing.
  expect(await form.getByText('此项必填').count()).toBeGreaterThanOrEqual(3);
  // Nothing the browser would bubble up in its own language.
  const native = await form.evaluate((dialog) => ({
    invalid: dialog.querySelectorAll(':invalid').length,
    messages: [...dialog.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).validationMessage).filter(Boolean),
  }));
  expect(native).toEqual({ invalid: 0, messages: [] });
  // Every field the file needs is marked with an asterisk, the phone included.
  for (const name of ['姓名/名称', '电话', '客户来源', '客户类别']) {
    await expect(form.getByText(new RegExp(`^${name}\\s*\\*$`)).first(), `${name} carries an asterisk`).toBeVisible();
  }
  await expect(form.getByRole('textbox', { name: '号码 1', exact: true })).toHaveAttribute('aria-required', 'true');
  await shot(page, testInfo, '01-empty-save');
});
