import { expect } from './harness';
import { demoTest as test, demoUsers, logInAs, logOut, openScreen, rpcOk, shot } from './ui';

interface SearchResult {
  rows: Array<{ id: number; name: string }>;
}

test.use({ demoCustomers: 30 });

test('a link to a card opens it on the tab it names, and the list, loans and audit filters survive a reload', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);
  // The page's session is the archivist's: core answers this call as it answers the page.
  const { rows } = await rpcOk<SearchResult>(store, 'customers.search', { query: '', limit: 1 });
  const customer = rows[0]!;

  // A deep link straight to the card's vehicles tab.
  await page.goto(`/#/customers/${customer.id}?tab=vehicles`);
  await expect(page.getByRole('heading', { name: customer.name, exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^车辆/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: '车辆列表' })).toBeVisible();
  // The open tab is part of the address: after a reload the card is where it was.
  await page.getByRole('tab', { name: /^联系记录/ }).click();
  await expect(page).toHaveURL(/tab=contacts/);
  await page.reload();
  await expect(page.getByRole('tab', { name: /^联系记录/ })).toHaveAttribute('aria-selected', 'true');
  await shot(page, testInfo, '01-card-tab');
  // Back to the list with the keyboard shortcut.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('textbox', { name: '搜索客户档案' })).toBeFocused();

  // The list's search, filters and sort.
  const search = page.getByRole('textbox', { name: '搜索客户档案' });
  await search.fill('王');
  const filters = page.getByRole('group', { name: '筛选' });
  await filters.getByRole('combobox', { name: '排序' }).click();
  await page.getByRole('option', { name: '姓名', exact: true }).click();
  await filters.getByRole('checkbox', { name: '只看跟进逾期' }).check();
  await expect(page).toHaveURL(/q=/);
  await expect(page).toHaveURL(/overdue=true/);
  await page.reload();
  await expect(search).toHaveValue('王');
  await expect(filters.getByRole('combobox', { name: '排序' })).toHaveValue('姓名');
  await expect(filters.getByRole('checkbox', { name: '只看跟进逾期' })).toBeChecked();
  // Opening a card and coming back keeps them too.
  const list = page.getByRole('table', { name: '客户档案列表' });
  const first = list.locator('[role=row][data-index="0"]');
  if (await first.count()) {
    await first.click();
    await page.getByRole('button', { name: '返回列表' }).click();
    await expect(search).toHaveValue('王');
  }
  await shot(page, testInfo, '02-list-filters');

  // The loans screen's tab and the register's view.
  await openScreen(page, '借阅审批');
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await page.getByRole('radiogroup', { name: '登记册视图' }).getByText('借出中', { exact: true }).click();
  await expect(page).toHaveURL(/tab=register/);
  await page.reload();
  await expect(page.getByRole('tab', { name: '外借登记册' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('radiogroup', { name: '登记册视图' }).getByRole('radio', { name: '借出中' })).toBeChecked();
  await shot(page, testInfo, '03-register');

  // The audit log's filters.
  await openScreen(page, '审计日志');
  // An action is found by its code as well as its name, and shows by its name.
  await page.getByRole('combobox', { name: '操作' }).fill('auth.login');
  await page.getByRole('option', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/action=auth.login/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: '操作' })).toHaveValue('登录');
  const log = page.getByRole('table', { name: '审计日志' });
  await expect(log.getByRole('row').nth(1)).toContainText('auth.login');
  expect(await log.getByRole('row').filter({ hasNotText: 'auth.login' }).count()).toBe(1);
  await shot(page, testInfo, '04-audit-filters');

  // A screen the role may not open shows why instead of the screen.
  await page.goto('/#/users?tab=roles');
  await expect(page.getByRole('heading', { name: '用户与权限', level: 2 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('您没有执行此操作的权限');
  await expect(page.getByRole('table')).toHaveCount(0);

  // Someone else at the keyboard starts at home, not on the previous user's page.
  await page.goto('/#/audit?action=auth.login');
  await expect(page.getByRole('table', { name: '审计日志' })).toBeVisible();
  await logOut(page);
  await logInAs(page, demoUsers.salesManager);
  await expect(page).toHaveURL(/#\/home$/);
  expect(errors).toEqual([]);
});
