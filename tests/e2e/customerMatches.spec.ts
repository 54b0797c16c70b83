import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { field, logIn as fillLogin, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const consultantA = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const consultantB = { username: 'zhaoli', displayName: '赵丽', password: 'Sales2026zl', role: 'consultant' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const mobile = '13922223333';
const idNumber = '11010519491231002X';
const vin = 'LSVAU218XN2183294';

/** 王小明, the first consultant's customer, with a mobile, an ID number and a car. */
async function setUpStore(store: Harness): Promise<{ id: number; archiveNo: string }> {
  await setUpStoreByRpc(store, admin, [consultantA, consultantB, archivist]);
  await rpcOk(store, 'auth.login', { username: consultantA.username, password: consultantA.password });
  const card = await rpcOk<{ customer: { id: number; archiveNo: string } }>(store, 'customers.create', {
    customer: { kind: 'person', name: '王小明', idType: 'resident', idNumber, phones: [{ kind: 'mobile', number: mobile }], sourceChannel: 'showroom', category: 'intent', grade: 'A' },
  });
  await rpcOk(store, 'vehicles.save', { customerId: card.customer.id, vehicle: { vin, plate: '京A12345' } });
  await rpcOk(store, 'customers.create', { customer: { kind: 'person', name: '李娜', sourceChannel: 'showroom', category: 'owner' } });
  await rpcOk(store, 'auth.logout');
  return card.customer;
}

async function logIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

async function newFile(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '客户档案' }).click();
  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog', { name: '新建客户档案' });
  await expect(form).toBeVisible();
  return form;
}

test('a file with the same phone or ID number as another shows the match while typing and when 保存 is refused; 仍然保存 keeps a second file, 打开 goes to the first', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const first = await setUpStore(store);

  // Another consultant types the same mobile: the match shows by archive number, without the name she may not see.
  await page.goto('/');
  await logIn(page, consultantB);
  const form = await newFile(page);
  await field(form, '姓名/名称').fill('王小明');
  await field(form, '号码 1').fill('139 2222 3333');
  const matches = form.getByRole('status', { name: '已有档案登记了相同的信息' });
  await expect(matches).toContainText(first.archiveNo);
  await expect(matches).toContainText('（无权查看姓名）');
  await expect(matches).toContainText('（相同：电话）');
  await expect(matches.getByRole('button', { name: /^打开/ })).toHaveCount(0);
  await shot(page, testInfo, '01-match-while-typing');

  // 保存 is refused; the notice says so beside the buttons, and 仍然保存 keeps a second file knowingly.
  await form.getByRole('combobox', { name: '客户来源' }).click();
  await page.getByRole('option', { name: '展厅来访', exact: true }).click();
  await form.getByRole('button', { name: '保存', exact: true }).click();
  const refused = form.getByRole('alert', { name: /^未保存：已有档案登记了相同的信息/ });
  await expect(refused).toContainText('未保存：已有档案登记了相同的信息');
  await expect(refused).toContainText(first.archiveNo);
  await shot(page, testInfo, '02-save-refused');
  await refused.getByRole('button', { name: '仍然保存' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: '王小明', exact: true })).toBeVisible();
  // A second file with a number of its own.
  await expect(page.getByText(/^KD\d{10}$/)).toBeVisible();
  await expect(page.getByText(first.archiveNo, { exact: true })).toHaveCount(0);
  await logOut(page);

  // The archivist, who sees every file, types the same ID number: the match names 王小明, and 打开 goes there.
  await logIn(page, archivist);
  const again = await newFile(page);
  await field(again, '姓名/名称').fill('王晓明');
  await again.getByRole('combobox', { name: '证件类型' }).click();
  await page.getByRole('option', { name: '居民身份证', exact: true }).click();
  await field(again, '证件号码').fill(idNumber.toLowerCase());
  const named = again.getByRole('status', { name: '已有档案登记了相同的信息' });
  await expect(named).toContainText(`${first.archiveNo}王小明（相同：证件号码）`);
  await shot(page, testInfo, '03-match-named');
  await named.getByRole('button', { name: `打开 ${first.archiveNo}` }).click();
  // What was typed would be lost: asked first, and 继续编辑 keeps it.
  const discard = page.getByRole('dialog', { name: '放弃未保存的修改？' });
  await expect(discard).toContainText('打开该档案会放弃本表单中未保存的内容');
  await discard.getByRole('button', { name: '继续编辑' }).click();
  await expect(field(again, '姓名/名称')).toHaveValue('王晓明');
  await named.getByRole('button', { name: `打开 ${first.archiveNo}` }).click();
  await page.getByRole('dialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByRole('heading', { name: '王小明', exact: true })).toBeVisible();
  await expect(page.getByText(first.archiveNo, { exact: true })).toBeVisible();

  // 一车一档: the same VIN on another file says where the car is, before core refuses it.
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: '搜索客户档案' }).fill('李娜');
  await page.getByRole('table', { name: '客户档案列表' }).getByRole('row').filter({ hasText: '李娜' }).click();
  await page.getByRole('tab', { name: /^车辆/ }).click();
  await page.getByRole('button', { name: '登记车辆' }).click();
  const car = page.getByRole('dialog', { name: '登记车辆' });
  await field(car, '车架号（VIN）').fill(vin.toLowerCase());
  const carMatch = car.getByRole('status', { name: '已有档案登记了相同的信息' });
  await expect(carMatch).toContainText(`${first.archiveNo}王小明（相同：车架号）`);
  await expect(carMatch).toContainText('请在原档案办理过户');
  await expect(carMatch.getByRole('button', { name: '仍然保存' })).toHaveCount(0);
  await shot(page, testInfo, '04-vin-on-file');
  expect(errors).toEqual([]);
});
