import type { Locator, Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { expectAccessible, expectOnScreen, field, logIn as fillLogin, logOut, rpcOk, setUpStoreByRpc, shot, signOffAs, storeTest as test } from './ui';

/**
 * 清理, 销毁 and 封存 as the archive room does them at 1366×768: a file whose customer withdrew consent
 * is cleaned up with the sales manager's signature and its record printed; a file past its retention
 * is destroyed with the general manager's signature, its paper shredded under a witness, and the
 * certificate printed; a file in a dispute is restricted and leaves the consultant's search.
 */
const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const clerk = { username: 'liuyang', displayName: '刘洋', password: 'Archive2026y', role: 'archiveAdmin' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const manager = { username: 'zhaoqiang', displayName: '赵强', password: 'Manager2026', role: 'salesManager' };
const gm = { username: 'sunli', displayName: '孙丽', password: 'General2026', role: 'generalManager' };

test.use({ actionTimeout: 20_000 });

interface Card {
  customer: { id: number; archiveNo: string };
  consents: Array<{ id: number }>;
}

async function setUpStore(store: Harness): Promise<{ refused: string; expired: string; disputed: string; lent: string }> {
  await setUpStoreByRpc(store, admin, [archivist, clerk, consultant, manager, gm]);
  await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
  const staff = await rpcOk<Array<{ id: number; displayName: string }>>(store, 'users.staff');
  const ownerId = staff.find((u) => u.displayName === consultant.displayName)!.id;
  const file = (name: string, extra: Record<string, unknown>) =>
    rpcOk<Card>(store, 'customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'lost', ownerId, ...extra } });
  // The customer told us never to call again: consent given, then withdrawn.
  const refused = await file('钱拒联', { phones: [{ kind: 'mobile', number: '13900170001' }] });
  const now = new Date().toISOString();
  const withConsent = await rpcOk<Card>(store, 'customers.addRecord', { type: 'consent', customerId: refused.customer.id, record: { kind: 'contact', givenAt: now, channel: 'paper' } });
  await rpcOk(store, 'customers.withdrawConsent', { id: withConsent.consents[0]!.id, at: now });
  const expired = await file('孙过期', { phones: [{ kind: 'mobile', number: '13900170002' }], retentionUntil: '2020-01-01' });
  const disputed = await file('周纠纷', { category: 'owner', phones: [{ kind: 'mobile', number: '13900170003' }] });
  await file('吴在用', { category: 'intent', grade: 'A' });
  // Past its retention too, but its paper file is out with the consultant: destruction must wait.
  const lent = await file('郑借出', { retentionUntil: '2020-06-30' });
  const sign = (user: { username: string; password: string }) => ({ username: user.username, password: user.password });
  await rpcOk(store, 'auth.login', sign(consultant));
  const start = Date.now() + 60_000;
  const loan = await rpcOk<{ id: number }>(store, 'loans.create', {
    department: 'sales',
    kind: 'checkout',
    purpose: '核对合同',
    reason: '客户来电要求核对购车合同',
    customerIds: [lent.customer.id],
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 86_400_000).toISOString(),
  });
  await rpcOk(store, 'auth.login', sign(manager));
  await rpcOk(store, 'loans.decide', { id: loan.id, step: 0, approve: true, signOff: sign(manager) });
  await rpcOk(store, 'auth.login', sign(archivist));
  await rpcOk(store, 'loans.decide', { id: loan.id, step: 1, approve: true, signOff: sign(archivist) });
  await rpcOk(store, 'loans.checkout', { id: loan.id, receiver: sign(consultant) });
  await rpcOk(store, 'auth.logout');
  return { refused: refused.customer.archiveNo, expired: expired.customer.archiveNo, disputed: disputed.customer.archiveNo, lent: lent.customer.archiveNo };
}

/** A screenshot once a dialog's opening transition has ended, so it shows what a person sees. */
async function still(page: Page, testInfo: Parameters<typeof shot>[1], name: string): Promise<void> {
  await page.waitForTimeout(300);
  await shot(page, testInfo, name);
}

async function logIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: '工作台', level: 2 })).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true, selected: true })).toBeVisible();
}

/** Picks a rule, ticks one file from the keyboard and asks; the reason is checked before it is sent. */
async function ask(page: Page, rule: string, archiveNo: string, action: '申请清理' | '申请销毁'): Promise<Locator> {
  await openTab(page, '清理与销毁');
  await page.getByRole('combobox', { name: '规则' }).click();
  await page.getByRole('option', { name: rule }).click();
  const candidates = page.getByRole('table', { name: '符合规则的档案' });
  await expect(candidates.getByRole('row').filter({ hasText: archiveNo })).toBeVisible();
  const tick = candidates.getByRole('checkbox', { name: `选择 ${archiveNo}` });
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await page.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function sign(page: Page, row: Locator, user: { username: string; password: string }, expectError?: string): Promise<void> {
  await row.getByRole('button', { name: /^审批/ }).click();
  await signOffAs(page.getByRole('dialog', { name: '清理与销毁审批签字' }), user, expectError);
}

/** Every confirmation asks the same way: safe choice first and focused, then the action. */
async function expectConfirmation(dialog: Locator, action: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '取消', exact: true })).toBeFocused();
  const buttons = (await dialog.getByRole('button').allTextContents()).map((text) => text.trim()).filter((text) => text !== '');
  expect(buttons).toEqual(['取消', action]);
}

async function printed(page: Page, row: Locator, button: string, title: string, testInfo: Parameters<typeof shot>[1], name: string): Promise<void> {
  await row.getByRole('button', { name: button }).click();
  const print = page.getByRole('dialog', { name: `打印：${title}` });
  await expect(print.getByText(/^DOC-\d{4}-\d{6}$/)).toBeVisible({ timeout: 30_000 });
  await expect(print.getByRole('button', { name: '另存为 PDF' })).toBeVisible();
  await shot(page, testInfo, name);
  await print.getByRole('button', { name: '完成' }).click();
  await expect(print).toBeHidden();
}

test('the archive room cleans up a file with the sales manager’s approval, destroys one through the shredding, and restricts one', async ({ page, store }, testInfo) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const files = await setUpStore(store);
  await rpcOk(store, 'auth.login', { username: consultant.username, password: consultant.password });
  const before = await rpcOk<{ rows: unknown[] }>(store, 'customers.search', { query: '周纠纷' });
  expect(before.rows).toHaveLength(1);
  await rpcOk(store, 'auth.logout');

  await page.goto('/');
  await logIn(page, archivist);
  await page.getByRole('navigation').getByRole('link', { name: '查重与清理' }).click();
  await expect(page.getByRole('heading', { name: '查重与清理', level: 2 })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveText(['查重', '合并记录', '清理与销毁', '申请与记录', '封存', '规则']);

  // 清理: the customer withdrew consent to contact.
  const cleanup = await ask(page, '客户已拒绝再联系（撤回联系授权）', files.refused, '申请清理');
  await still(page, testInfo, '01-candidates');
  const submitCleanup = cleanup.getByRole('button', { name: '提交清理申请' });
  await expectOnScreen(submitCleanup);
  await submitCleanup.click();
  await expect(cleanup.getByText('请写明理由，至少 4 个字')).toBeVisible();
  await field(cleanup, '申请理由').fill('不要');
  await field(cleanup, '申请理由').press('Control+Enter');
  await expect(cleanup.getByText('请写明理由，至少 4 个字')).toBeVisible();
  await shot(page, testInfo, '02-request-invalid');
  await field(cleanup, '申请理由').fill('客户明确表示不再购车，拒绝再联系');
  await field(cleanup, '申请理由').press('Control+Enter');
  await expect(cleanup).toBeHidden();

  await expect(page.getByRole('tab', { name: '申请与记录', selected: true })).toBeVisible();
  const requests = page.getByRole('table', { name: '清理与销毁申请' });
  const cleanupRow = requests.getByRole('row').filter({ hasText: '清理 #1' });
  await expect(cleanupRow).toContainText('待审批');
  await expect(cleanupRow).toContainText(`${files.refused} 钱拒联`);
  await expect(cleanupRow).toContainText('销售经理：待签');
  await expect(cleanupRow.getByRole('button', { name: '执行 清理 #1' })).toHaveCount(0);
  // Not carried out yet: it prints as the application form for the paper countersign, never as a record.
  await expect(cleanupRow.getByRole('button', { name: '打印申请审批表 清理 #1' })).toBeVisible();
  await expect(cleanupRow.getByRole('button', { name: '打印记录 清理 #1' })).toHaveCount(0);
  await still(page, testInfo, '02b-application');
  // The general manager is not who the rules name for cleanup; the requester cannot sign.
  await sign(page, cleanupRow, gm, '签字人无权签署这一步');
  await sign(page, cleanupRow, archivist, '不能由申请人本人审批');
  await cleanupRow.getByRole('button', { name: /^审批/ }).click();
  const signDialog = page.getByRole('dialog', { name: '清理与销毁审批签字' });
  await expectOnScreen(signDialog.getByRole('button', { name: '签字同意' }));
  await still(page, testInfo, '03-sign');
  await signDialog.getByRole('button', { name: '关闭' }).click();
  await sign(page, cleanupRow, manager);
  await expect(cleanupRow).toContainText('已批准，待执行');
  await expect(cleanupRow).toContainText('销售经理：赵强 ✓');

  await cleanupRow.getByRole('button', { name: '执行 清理 #1' }).click();
  const execute = page.getByRole('dialog', { name: '执行清理？' });
  await expectConfirmation(execute, '清除个人信息');
  await expect(execute).toContainText('无法恢复');
  await expect(execute).toContainText('借出未还');
  await still(page, testInfo, '04-execute-confirm');
  await execute.getByRole('button', { name: '清除个人信息' }).click();
  await expect(execute).toBeHidden();
  await expect(cleanupRow).toContainText('已执行');
  await expect(cleanupRow).toContainText(`陈芳 于`);
  // The record names the file by number only now.
  await expect(cleanupRow).not.toContainText('钱拒联');
  await expectAccessible(page, testInfo, 'requests');
  await printed(page, cleanupRow, '打印记录 清理 #1', '清理记录 #1', testInfo, '05-cleanup-record');

  // 销毁: past its retention, the general manager approves.
  const destruction = await ask(page, '超过保管期限', files.expired, '申请销毁');
  await field(destruction, '申请理由').fill('超过保管期限，依制度销毁');
  await destruction.getByRole('button', { name: '提交销毁申请' }).click();
  await expect(destruction).toBeHidden();
  const destructionRow = requests.getByRole('row').filter({ hasText: '销毁 #2' });
  await expect(destructionRow).toContainText('总经理：待签');
  await sign(page, destructionRow, manager, '签字人无权签署这一步');
  await sign(page, destructionRow, gm);
  await expect(destructionRow).toContainText('总经理：孙丽 ✓');
  await destructionRow.getByRole('button', { name: '执行 销毁 #2' }).click();
  const destroy = page.getByRole('dialog', { name: '执行销毁？' });
  await expectConfirmation(destroy, '销毁电子档案');
  await expect(destroy).toContainText('纸质档案已粉碎');
  await destroy.getByRole('button', { name: '销毁电子档案' }).click();
  await expect(destroy).toBeHidden();
  await expect(destructionRow).toContainText('纸质档案待粉碎');
  await expect(destructionRow.getByRole('button', { name: '打印销毁证明 销毁 #2' })).toHaveCount(0);

  // The paper: shredded by one person, witnessed by another.
  await destructionRow.getByRole('button', { name: '确认粉碎 销毁 #2' }).click();
  const shred = page.getByRole('dialog', { name: '确认纸质档案已粉碎' });
  await expect(field(shred, '执行人用户名')).toBeFocused();
  await shred.getByRole('button', { name: '确认已粉碎' }).click();
  await expect(shred.getByText('此项必填').first()).toBeVisible();
  await field(shred, '执行人用户名').fill(archivist.username);
  await shred.getByLabel('执行人密码').fill(archivist.password);
  await field(shred, '监销人用户名').fill(archivist.username);
  await shred.getByLabel('监销人密码').fill(archivist.password);
  await shred.getByRole('button', { name: '确认已粉碎' }).click();
  await expect(shred.getByText('监销人不能是粉碎的执行人本人')).toBeVisible();
  await expectOnScreen(shred.getByRole('button', { name: '确认已粉碎' }));
  await shot(page, testInfo, '06-shredding');
  await shred.getByLabel('执行人密码').fill(archivist.password);
  await field(shred, '监销人用户名').fill(clerk.username);
  await shred.getByLabel('监销人密码').fill(clerk.password);
  await shred.getByLabel('监销人密码').press('Enter');
  await expect(shred).toBeHidden();
  await expect(destructionRow).toContainText('监销人 刘洋');
  await shot(page, testInfo, '07-records');
  await printed(page, destructionRow, '打印销毁证明 销毁 #2', '销毁证明 #2', testInfo, '08-certificate');

  // A file whose paper is out on loan: approved, but not carried out until it is back.
  const blocked = await ask(page, '超过保管期限', files.lent, '申请销毁');
  await field(blocked, '申请理由').fill('超过保管期限，依制度销毁');
  await field(blocked, '申请理由').press('Control+Enter');
  await expect(blocked).toBeHidden();
  const lentRow = requests.getByRole('row').filter({ hasText: '销毁 #3' });
  await sign(page, lentRow, gm);
  await lentRow.getByRole('button', { name: '执行 销毁 #3' }).click();
  await destroy.getByRole('button', { name: '销毁电子档案' }).click();
  await expect(destroy.getByRole('alert')).toContainText(`档案 ${files.lent} 的纸质档案已借出未还，归还后才能执行。`);
  await still(page, testInfo, '08b-loan-out');
  await destroy.getByRole('button', { name: '取消' }).click();
  await expect(destroy).toBeHidden();
  await expect(lentRow).toContainText('已批准，待执行');

  // 封存: a file in a dispute, by its archive number.
  await openTab(page, '封存');
  await page.getByRole('button', { name: '封存档案' }).click();
  const restrict = page.getByRole('dialog', { name: '封存档案' });
  await restrict.getByRole('button', { name: '封存', exact: true }).click();
  await expect(restrict.getByText('此项必填').first()).toBeVisible();
  await expect(restrict.getByText('请写明理由，至少 4 个字')).toBeVisible();
  await restrict.getByRole('combobox', { name: '档案', exact: true }).fill(files.disputed);
  await page.getByRole('option', { name: new RegExp(files.disputed) }).click();
  await field(restrict, '封存理由').fill('客户投诉纠纷处理中，需保留');
  await restrict.getByRole('textbox', { name: '复核日期' }).click();
  await page.keyboard.type('2027-06-30');
  await page.keyboard.press('Tab');
  await expectOnScreen(restrict.getByRole('button', { name: '封存', exact: true }));
  await still(page, testInfo, '09-restrict');
  await restrict.getByRole('button', { name: '封存', exact: true }).click();
  await expect(restrict).toBeHidden();
  const restricted = page.getByRole('table', { name: '封存的档案' });
  await expect(restricted.getByRole('row').filter({ hasText: files.disputed })).toContainText('2027-06-30');
  await shot(page, testInfo, '10-restricted');
  await logOut(page);

  // The consultant who followed the customer no longer finds the file.
  await logIn(page, consultant);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: '搜索客户档案' }).fill('周纠纷');
  await expect(page.getByRole('status').filter({ hasText: '共 0 份档案' })).toBeVisible();
  await shot(page, testInfo, '11-consultant-search');
  await logOut(page);

  // The general manager sees the requests and the rules, nothing of the archive room's work.
  await logIn(page, gm);
  await page.getByRole('navigation').getByRole('link', { name: '查重与清理' }).click();
  await expect(page.getByRole('tab')).toHaveText(['申请与记录', '规则']);
  await expect(requests.getByRole('row').filter({ hasText: '销毁 #2' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^打印/ })).toHaveCount(0);
  await shot(page, testInfo, '12-gm');
  expect(errors).toEqual([]);
});

test('the system admin changes the retention rules with the general manager’s countersignature; the archive room reads them', async ({ page, store }, testInfo) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStore(store);
  await page.goto('/');
  await logIn(page, admin);
  await expect(page.getByRole('navigation').getByRole('link', { name: '查重与清理' })).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: '系统设置', exact: true }).click();
  const rules = page.locator('form').filter({ has: page.getByRole('table', { name: '清理与销毁规则' }) });
  await expect(rules).toBeVisible();

  // Nobody left to approve a cleanup: refused before anything is sent.
  const approvers = rules.getByRole('combobox', { name: '清理由谁审批（依次）' });
  await approvers.focus();
  await page.keyboard.press('Backspace');
  await rules.getByRole('button', { name: '保存' }).click();
  await expect(rules.getByText('此项必填')).toBeVisible();
  await rules.scrollIntoViewIfNeeded();
  await shot(page, testInfo, '13-rules-invalid');
  await approvers.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: '销售经理' }).click();
  await page.keyboard.press('Escape');
  await rules.getByRole('textbox', { name: '期限（月）：战败/流失且长期未联系' }).fill('18');
  await rules.getByRole('button', { name: '保存' }).click();

  const countersign = page.getByRole('dialog', { name: '会签：修改清理与销毁规则' });
  await expect(countersign).toBeVisible();
  await expectOnScreen(countersign.getByRole('button', { name: '签字批准' }));
  await field(countersign, '审批人用户名').fill(gm.username);
  await countersign.getByLabel('审批人密码').fill(gm.password);
  await countersign.getByLabel('审批人密码').press('Enter');
  await expect(countersign).toBeHidden();
  await expect(page.getByText('清理与销毁规则已保存。')).toBeVisible();
  await logOut(page);

  // The archive room reads the rules in force, without a way to change them.
  await logIn(page, archivist);
  await page.getByRole('navigation').getByRole('link', { name: '查重与清理' }).click();
  await openTab(page, '规则');
  await expect(page.getByRole('table', { name: '清理与销毁规则' }).getByRole('row').filter({ hasText: '战败/流失且长期未联系' })).toContainText('18 个月');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  await shot(page, testInfo, '14-rules-read');
  expect(errors).toEqual([]);
});

test('the archive admin restricts a file from its card, lifts the restriction there, and files the customer’s request for deletion', async ({ page, store }, testInfo) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStore(store);
  await page.goto('/');
  await logIn(page, archivist);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: '搜索客户档案' }).fill('吴在用');
  await page.getByRole('table', { name: '客户档案列表' }).getByRole('row').filter({ hasText: '吴在用' }).click();
  await expect(page.getByRole('heading', { name: '吴在用', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: '封存', exact: true }).click();
  const restrict = page.getByRole('dialog', { name: '封存档案' });
  await expect(restrict).toContainText('吴在用');
  await expect(field(restrict, '封存理由')).toBeFocused();
  await page.keyboard.type('涉及诉讼');
  await page.keyboard.press('Control+Enter');
  await expect(restrict.getByText('此项必填')).toBeVisible();
  await restrict.getByRole('textbox', { name: '复核日期' }).click();
  await page.keyboard.type('2027-03-31');
  await page.keyboard.press('Tab');
  await still(page, testInfo, '15-card-restrict');
  await restrict.getByRole('button', { name: '封存', exact: true }).click();
  await expect(restrict).toBeHidden();
  await expect(page.getByRole('main').getByText('已封存', { exact: true })).toBeVisible();

  // The restricted list leads back to the card, which lifts it with a reason.
  await page.getByRole('navigation').getByRole('link', { name: '查重与清理' }).click();
  await openTab(page, '封存');
  await page.getByRole('link', { name: /^打开档案 / }).click();
  await expect(page.getByRole('heading', { name: '吴在用', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: '解除封存' }).click();
  const lift = page.getByRole('dialog', { name: '解除封存' });
  await field(lift, '解除理由').fill('诉讼已结束');
  await lift.getByRole('button', { name: '解除封存' }).click();
  await expect(lift).toBeHidden();
  await expect(page.getByRole('button', { name: '封存', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('已封存', { exact: true })).toHaveCount(0);
  await shot(page, testInfo, '16-card-lifted');

  // The customer asks for deletion (PIPL art. 47): no rule proposes the file, it is named in the dialog.
  await page.getByRole('navigation').getByRole('link', { name: '查重与清理' }).click();
  await openTab(page, '清理与销毁');
  await page.getByRole('button', { name: '客户要求删除…' }).click();
  const deletion = page.getByRole('dialog', { name: '申请清理' });
  await expect(deletion.getByRole('combobox', { name: '档案', exact: true })).toBeFocused();
  await deletion.getByRole('button', { name: '提交清理申请' }).click();
  await expect(deletion.getByText('此项必填')).toBeVisible();
  await expect(deletion.getByText('请写明理由，至少 4 个字')).toBeVisible();
  await deletion.getByRole('combobox', { name: '档案', exact: true }).fill('吴在用');
  await page.getByRole('option', { name: /吴在用/ }).click();
  await expect(deletion.getByText('此项必填')).toHaveCount(0);
  await field(deletion, '申请理由').fill('客户来电要求删除其个人信息');
  await still(page, testInfo, '17-deletion-request');
  await field(deletion, '申请理由').press('Control+Enter');
  await expect(deletion).toBeHidden();
  const row = page.getByRole('table', { name: '清理与销毁申请' }).getByRole('row').filter({ hasText: '清理 #1' });
  await expect(row).toContainText('吴在用');
  await expect(row).toContainText('依据规则：客户要求删除个人信息');
  expect(errors).toEqual([]);
});
