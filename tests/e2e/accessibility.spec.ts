import { expect } from './harness';
import { demoPassword, demoTest as test, demoUsers, expectAccessible, logInAs, openScreen, rpcOk, shot } from './ui';

test.use({ demoCustomers: 30 });

test('the login, home, list, card, new-file, loans, sign-off, users and audit screens pass WCAG 2.1 AA checks', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expectAccessible(page, testInfo, 'login');

  await logInAs(page, demoUsers.salesManager);
  await expect(page.getByRole('region', { name: '待跟进客户' }).getByRole('link').first()).toBeVisible();
  await expectAccessible(page, testInfo, 'home');

  await openScreen(page, '客户档案');
  const list = page.getByRole('table', { name: '客户档案列表' });
  await expect(list.locator('[role=row][data-index="0"]')).toBeVisible();
  await expectAccessible(page, testInfo, 'list');

  await page.getByRole('button', { name: '新建档案' }).click();
  const create = page.getByRole('dialog', { name: '新建客户档案' });
  await expect(create).toBeVisible();
  // With the date picker open: its month arrows are buttons too.
  await create.getByRole('textbox', { name: '出生日期' }).click();
  await expect(page.locator('[class*="calendarHeader"]').first()).toBeVisible();
  await expectAccessible(page, testInfo, 'new-customer');
  await create.getByRole('button', { name: '关闭' }).click();
  await expect(create).toBeHidden();

  await list.locator('[role=row][data-index="0"]').click();
  await expect(page.getByRole('tab', { name: '基本信息' })).toBeVisible();
  await expectAccessible(page, testInfo, 'card');
  await page.getByRole('tab', { name: /^车辆/ }).click();
  await expectAccessible(page, testInfo, 'card-vehicles');

  await openScreen(page, '借阅审批');
  await expectAccessible(page, testInfo, 'loans-new');
  await page.getByRole('tab', { name: '待审批' }).click();
  await expect(page.getByRole('table', { name: '借阅申请列表' })).toBeVisible();
  await expectAccessible(page, testInfo, 'loans-pending');
  await page.getByRole('table', { name: '借阅申请列表' }).getByRole('button', { name: /^审批申请/ }).first().click();
  await expect(page.getByRole('dialog', { name: '借阅审批签字' })).toBeVisible();
  await expectAccessible(page, testInfo, 'sign-off');
  await shot(page, testInfo, '01-sign-off');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await expect(page.getByRole('table', { name: '借阅申请列表' })).toBeVisible();
  await expectAccessible(page, testInfo, 'loans-register');

  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await logInAs(page, demoUsers.systemAdmin);
  await openScreen(page, '用户与权限');
  await expect(page.getByRole('table', { name: '用户列表' })).toBeVisible();
  // Saved: a notification with its ✕ is on screen while the users screen is checked.
  await page.getByRole('button', { name: '编辑 archivist' }).click();
  await page.getByRole('dialog', { name: /^编辑用户/ }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存：周档案')).toBeVisible();
  await expectAccessible(page, testInfo, 'users');
  await page.getByRole('tab', { name: '权限矩阵' }).click();
  await expectAccessible(page, testInfo, 'roles');
  await openScreen(page, '审计日志');
  await expect(page.getByRole('table', { name: '审计日志' })).toBeVisible();
  await expectAccessible(page, testInfo, 'audit');
  await shot(page, testInfo, '02-audit');
});

test('closing a dialog gives keyboard focus back to the button that opened it', async ({ page }) => {
  await page.goto('/');
  await logInAs(page, demoUsers.systemAdmin);
  await openScreen(page, '用户与权限');

  const create = page.getByRole('button', { name: '新建用户' });
  await create.click();
  await expect(page.getByRole('dialog', { name: '新建用户' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '新建用户' })).toBeHidden();
  await expect(create).toBeFocused();

  const edit = page.getByRole('button', { name: '编辑 archivist' });
  await edit.click();
  const editDialog = page.getByRole('dialog', { name: /^编辑用户/ });
  await editDialog.getByRole('button', { name: '取消' }).click();
  await expect(editDialog).toBeHidden();
  await expect(edit).toBeFocused();

  const reset = page.getByRole('button', { name: /^重设密码.*archivist/ });
  await reset.click();
  await page.getByRole('dialog', { name: /^重设密码/ }).getByRole('button', { name: '关闭' }).click();
  await expect(reset).toBeFocused();

  const remove = page.getByRole('button', { name: '删除 archivist' });
  await remove.click();
  await page.getByRole('dialog', { name: '删除用户' }).getByRole('button', { name: '取消' }).click();
  await expect(remove).toBeFocused();

  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await logInAs(page, demoUsers.archiveAdmin);
  await openScreen(page, '客户档案');
  await page.getByRole('table', { name: '客户档案列表' }).locator('[role=row][data-index="0"]').click();
  const grade = page.getByRole('button', { name: '调整类别/等级' });
  await grade.click();
  await expect(page.getByRole('dialog', { name: '调整类别/等级' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(grade).toBeFocused();
  const editCard = page.getByRole('button', { name: '编辑', exact: true });
  await editCard.click();
  await page.keyboard.press('Escape');
  await expect(editCard).toBeFocused();
});

test('the archive desk’s screens pass too: anchors, the match notice, a 机密 card, 待交付 and the trail of a request', async ({ page, store }, testInfo) => {
  test.setTimeout(180_000);
  // A file with a known mobile to match, and a 机密 file the general manager may ask to view.
  await rpcOk(store, 'auth.login', { username: demoUsers.archiveAdmin, password: demoPassword });
  await rpcOk(store, 'customers.create', { customer: { kind: 'person', name: '无障碍核对', sourceChannel: 'showroom', category: 'owner', phones: [{ kind: 'mobile', number: '13922223333' }] } });
  const secret = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', { customer: { kind: 'person', name: '机密核对', sourceChannel: 'showroom', category: 'owner', secrecy: 'confidential' } });
  await rpcOk(store, 'auth.logout');

  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);
  await openScreen(page, '审计日志');
  await page.getByRole('button', { name: '生成锚点' }).click();
  await expect(page.getByRole('dialog', { name: '生成锚点' }).getByTestId('anchor-text')).toBeVisible();
  await expectAccessible(page, testInfo, 'anchor-issued');
  await page.getByRole('dialog', { name: '生成锚点' }).getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: '核对锚点' }).click();
  const check = page.getByRole('dialog', { name: '核对锚点' });
  await check.getByRole('textbox', { name: '纸上的锚点' }).fill('#99999 · 0000 0000 0000 0000');
  await check.getByRole('button', { name: '核对', exact: true }).click();
  await expect(check.getByRole('status')).toBeVisible();
  await expectAccessible(page, testInfo, 'anchor-check');
  await page.keyboard.press('Escape');

  await openScreen(page, '客户档案');
  await page.getByRole('button', { name: '新建档案' }).click();
  const form = page.getByRole('dialog', { name: '新建客户档案' });
  await form.getByRole('textbox', { name: '号码 1', exact: true }).fill('13922223333');
  await expect(form.getByRole('status', { name: '已有档案登记了相同的信息' })).toBeVisible();
  await expectAccessible(page, testInfo, 'file-matches');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃修改' }).click();

  await openScreen(page, '借阅审批');
  await page.getByRole('tab', { name: /待交付/ }).click();
  await expect(page.getByRole('table', { name: '借阅申请列表' })).toBeVisible();
  await expectAccessible(page, testInfo, 'loans-handover');
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();

  await logInAs(page, demoUsers.generalManager);
  await page.goto(`/#/customers/${secret.customer.id}`);
  await expect(page.getByRole('region', { name: '机密档案：只能在档案室查阅' })).toBeVisible();
  await expectAccessible(page, testInfo, 'archive-room');
});
