import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { field, logIn as fillLogin, setUpStoreByRpc, shot, storeTest as test } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };

async function setUpStore(store: Harness): Promise<void> {
  await setUpStoreByRpc(store, admin, [consultant, archivist]);
}

async function logIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens 新建档案, types a person's file and saves it with Ctrl+Enter; the card opens. */
async function createPerson(page: Page, name: string, mobile: string): Promise<void> {
  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog', { name: '新建客户档案' });
  await expect(form).toBeVisible();
  await field(form, '姓名/名称').fill(name);
  await field(form, '号码 1').fill(mobile);
  await choose(page, '客户来源', '展厅来访');
  await field(form, '区域').fill('朝阳区');
  await field(form, '区域').press('Control+Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

test('a consultant opens a file with a car and a contact, finds it by pinyin initials with the phone masked, and an archivist reveals it and sees that in the history', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected browser dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await setUpStore(store);

  await page.goto('/');
  await logIn(page, consultant);
  await page.getByRole('navigation').getByRole('link', { name: '客户档案' }).click();
  await expect(page.getByRole('heading', { name: '客户档案', exact: true })).toBeVisible();

  // A save with a bad mobile keeps what was typed and says what is wrong, in Chinese.
  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog');
  await field(form, '姓名/名称').fill('欧阳明月');
  await field(form, '号码 1').fill('1380013');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toContainText('手机号应为 11 位数字');
  await expect(form).toContainText('此项必填');
  await expect(field(form, '姓名/名称')).toHaveValue('欧阳明月');
  await shot(page, testInfo, '01-invalid');
  await field(form, '号码 1').fill('+86 138-0013-8000');
  await choose(page, '客户来源', '展厅来访');
  await field(form, '区域').fill('朝阳区');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: '欧阳明月', exact: true })).toBeVisible();
  await expect(page.getByLabel('手机 1', { exact: true })).toHaveText('138****8000');
  await expect(page.getByRole('status').filter({ hasText: '档案不完整' })).toContainText('证件号码');
  await shot(page, testInfo, '02-card');

  // Her car (one car, one file) and the first contact, each from its tab on the card.
  await page.getByRole('tab', { name: /^车辆/ }).click();
  await page.getByRole('button', { name: '登记车辆' }).click();
  const vehicleForm = page.getByRole('dialog', { name: '登记车辆' });
  await field(vehicleForm, '车架号（VIN）').fill('LSVAU218XN2183294');
  await field(vehicleForm, '车牌号').fill('京AD12345');
  await field(vehicleForm, '品牌').fill('上汽大众');
  await vehicleForm.getByRole('button', { name: '保存' }).click();
  await expect(vehicleForm).toBeHidden();
  await expect(page.getByRole('table', { name: '车辆列表' })).toContainText('LSVAU218XN2183294');
  await page.getByRole('tab', { name: /^联系记录/ }).click();
  await page.getByRole('button', { name: '新增联系记录' }).click();
  const contactForm = page.getByRole('dialog', { name: '新增联系记录' });
  await field(contactForm, '沟通内容').fill('展厅接待，试驾帕萨特，对油耗关注');
  await contactForm.getByRole('button', { name: '保存' }).click();
  await expect(contactForm).toBeHidden();
  await expect(page.getByRole('table', { name: '联系记录列表' })).toContainText('展厅接待');
  await expect(page.getByRole('tab', { name: /^车辆 \(1\)/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^联系记录 \(1\)/ })).toBeVisible();

  // Editing keeps the phone she never saw in full.
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: '编辑客户档案：欧阳明月' });
  await expect(field(edit, '号码 1')).toHaveValue('138****8000');
  await field(edit, '地址').fill('北京市朝阳区建国路 88 号');
  await field(edit, '地址').press('Control+Enter');
  await expect(edit).toBeHidden();
  await page.getByRole('tab', { name: '基本信息' }).click();
  await expect(page.getByText('北京市朝阳区建国路 88 号')).toBeVisible();
  await expect(page.getByLabel('手机 1', { exact: true })).toHaveText('138****8000');

  // Names that look like markup or SQL are just names.
  await page.getByRole('button', { name: '返回列表' }).click();
  // (Each with its own mobile: a second file with the same one is held back as a possible duplicate.)
  for (const [name, mobile] of [['<img src=x onerror=alert(1)>', '13900139000'], ["'); DROP TABLE customers;--", '13900139001']] as const) {
    await createPerson(page, name, mobile);
    await page.getByRole('button', { name: '返回列表' }).click();
  }
  const list = page.getByRole('table', { name: '客户档案列表' });
  await expect(list.getByRole('row').filter({ hasText: '<img src=x onerror=alert(1)>' })).toHaveCount(1);
  await expect(list.getByRole('row').filter({ hasText: "'); DROP TABLE customers;--" })).toHaveCount(1);
  await expect(list.locator('img')).toHaveCount(0);

  // Ctrl+K from anywhere, then pinyin initials.
  await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: '搜索客户档案' });
  await expect(search).toBeFocused();
  await search.fill('oymy');
  await expect(list.getByRole('row').filter({ hasText: '欧阳明月' })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '共 1 份档案' })).toBeVisible();
  const found = list.getByRole('row').filter({ hasText: '欧阳明月' });
  await expect(found).toContainText('138****8000');
  await expect(found).not.toContainText('13800138000');
  await shot(page, testInfo, '03-found');
  // Keyboard only: down from the search box onto the row, Enter opens the card.
  await search.press('ArrowDown');
  await expect(found).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '欧阳明月', exact: true })).toBeVisible();
  // A consultant may not reveal: the card offers no button for it.
  await expect(page.getByRole('button', { name: /显示完整/ })).toHaveCount(0);
  await logOut(page);

  // The archivist reveals the phone; the history tab shows who did it.
  await logIn(page, archivist);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: '搜索客户档案' }).fill('8000');
  await page.getByRole('table', { name: '客户档案列表' }).getByRole('row').filter({ hasText: '欧阳明月' }).click();
  await expect(page.getByLabel('手机 1', { exact: true })).toHaveText('138****8000');
  await page.getByRole('button', { name: '显示完整手机 1' }).click();
  await expect(page.getByLabel('手机 1', { exact: true })).toHaveText('13800138000');
  await shot(page, testInfo, '04-revealed');
  await page.getByRole('tab', { name: '变更历史' }).click();
  const history = page.getByRole('table', { name: '变更历史' });
  await expect(history.getByRole('row').nth(1)).toContainText('查看完整号码');
  await expect(history.getByRole('row').nth(1)).toContainText(archivist.displayName);
  await expect(history).toContainText('新建客户档案');
  await expect(history).toContainText('添加车辆');
  await expect(history).toContainText('添加联系记录');
  await expect(history).not.toContainText('13800138000');
  await shot(page, testInfo, '05-history');

  expect(errors).toEqual([]);
});
