import type { Page } from '@playwright/test';
import { expect } from './harness';
import { demoTest, demoUsers, field, logIn, logInAs, rpcOk, setUpStoreByRpc, shot, storeTest } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };

async function search(page: Page, text: string) {
  await page.getByRole('textbox', { name: '搜索客户档案' }).fill(text);
  const list = page.getByRole('table', { name: '客户档案列表' });
  await expect(page.getByRole('status').filter({ hasText: /共 \d+ 份档案/ })).toHaveText(/共 [1-9]\d* 份档案/);
  return list.locator('[role=row][data-index="0"]');
}

storeTest('search results say why they matched, and the category select sets the grade the seeds tie to it', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStoreByRpc(store, admin, [archivist]);
  await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
  // Two cars: the list's plate column shows the first; a match on the second is said in the row.
  const card = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', {
    customer: { kind: 'person', name: '匹配说明', sourceChannel: 'showroom', category: 'intent', grade: 'B', phones: [{ kind: 'mobile', number: '13811112300' }] },
  });
  await rpcOk(store, 'vehicles.save', { customerId: card.customer.id, vehicle: { vin: 'LSVAU218XN2183294', plate: '京A12345' } });
  await rpcOk(store, 'vehicles.save', { customerId: card.customer.id, vehicle: { vin: 'LGBH52E08DY123456', plate: '鲁JZSP98' } });
  await rpcOk(store, 'auth.logout');

  await page.goto('/');
  await logIn(page, archivist.username, archivist.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: '客户档案' }).click();
  await expect(await search(page, '2300')).toContainText('手机号含 2300');
  await expect(await search(page, 'JZSP')).toContainText('车牌 鲁JZSP98');
  await shot(page, testInfo, '01-matched-plate');
  await expect(await search(page, '123456')).toContainText('车架号尾号 123456');
  await expect(await search(page, 'ppsm')).toContainText('拼音 ppsm');
  // A match on the name is plain to see; nothing more is said.
  const byName = await search(page, '匹配');
  await expect(byName).not.toContainText('姓名含');

  // 成交 means the order is placed: the grade becomes O and is not chosen; 保有 has none; an open category is chosen again.
  await byName.click();
  await page.getByRole('button', { name: '调整类别/等级' }).click();
  const grade = page.getByRole('dialog', { name: '调整类别/等级' });
  await grade.getByRole('combobox', { name: '客户类别' }).click();
  await page.getByRole('option', { name: '成交', exact: true }).click();
  await expect(grade.getByRole('combobox', { name: '意向等级' })).toHaveValue('O 已订车');
  await expect(grade.getByRole('combobox', { name: '意向等级' })).toBeDisabled();
  await expect(grade).toContainText('成交即 O 级（已下订单），跟进到交车');
  await shot(page, testInfo, '02-deal-is-o');
  await grade.getByRole('combobox', { name: '客户类别' }).click();
  await page.getByRole('option', { name: '保有/基盘', exact: true }).click();
  await expect(grade.getByRole('combobox', { name: '意向等级' })).toHaveValue('');
  await expect(grade.getByRole('combobox', { name: '意向等级' })).toHaveAttribute('placeholder', '该类别不分意向等级');
  await grade.getByRole('combobox', { name: '客户类别' }).click();
  await page.getByRole('option', { name: '成交', exact: true }).click();
  await field(grade, '原因').fill('已签合同');
  await grade.getByRole('button', { name: '保存' }).click();
  await expect(grade).toBeHidden();
  await expect(page.getByRole('table', { name: '类别/等级变更记录' }).getByRole('row').nth(1)).toContainText('成交 · O');

  // The same in the file form: leaving 成交 for 意向 lets the grade be chosen again, empty.
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /^编辑客户档案/ });
  await expect(edit.getByRole('combobox', { name: '意向等级' })).toBeDisabled();
  await edit.getByRole('combobox', { name: '客户类别' }).click();
  await page.getByRole('option', { name: '意向', exact: true }).click();
  await expect(edit.getByRole('combobox', { name: '意向等级' })).toBeEnabled();
  await expect(edit.getByRole('combobox', { name: '意向等级' })).toHaveValue('');
  await shot(page, testInfo, '03-form-grade-open');
  expect(errors).toEqual([]);
});

demoTest.use({ demoCustomers: 200 });

demoTest('the follow-up list asks core for one page of twenty at a time, with the total for the pager, and no badge on the work screens is cut short', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const asked: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc/customers.followUps')) asked.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
  });
  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);
  const panel = page.getByRole('region', { name: '待跟进客户' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  expect(asked.at(-1)).toMatchObject({ include: 'overdue', offset: 0, limit: 20 });
  const range = panel.getByText(/^第 1–20 位，共 \d+ 位$/);
  await expect(range).toBeVisible();
  const total = Number(/共 (\d+) 位/.exec((await range.textContent())!)![1]);
  expect(total).toBeGreaterThan(20);
  await panel.getByRole('button', { name: '2', exact: true }).click();
  await expect(panel.getByText(new RegExp(`^第 21–${Math.min(40, total)} 位，共 ${total} 位$`))).toBeVisible();
  expect(asked.at(-1)).toMatchObject({ include: 'overdue', offset: 20, limit: 20 });
  await shot(page, testInfo, '01-follow-ups-page-2');

  const cut = async () =>
    // Cut: the label clips its text, or the badge around it is narrower than the text.
    page.locator('main .mantine-Badge-label').evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth + 1 || label.scrollWidth > (label.parentElement?.clientWidth ?? Infinity)).map((label) => label.textContent),
    );
  expect(await cut()).toEqual([]);
  for (const tab of ['外借登记册']) {
    await page.getByRole('navigation').getByRole('link', { name: '借阅审批' }).click();
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('table', { name: '借阅申请列表' }).getByRole('row').nth(1)).toBeVisible();
    expect(await cut(), tab).toEqual([]);
    await shot(page, testInfo, '02-register-badges');
  }
  expect(errors).toEqual([]);
});
