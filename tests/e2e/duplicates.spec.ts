import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { expectAccessible, field, logIn as fillLogin, logOut, rpcOk, setUpStoreByRpc, shot, signOffAs, storeTest as test } from './ui';

/**
 * 每月查重 and 合并 as the archive room does it at 1366×768: run the check, dismiss a pair that is two
 * people, merge one customer filed twice (the following consultant confirms, the sales manager signs),
 * undo it, print the record. A consultant sees only pairs of their own files; the system admin gets no
 * such screen at all.
 */
const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
const consultantA = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
const consultantB = { username: 'zhouhua', displayName: '周华', password: 'Sales2026gb', role: 'consultant' };
const manager = { username: 'zhaoqiang', displayName: '赵强', password: 'Manager2026', role: 'salesManager' };

async function setUpStore(store: Harness): Promise<void> {
  await setUpStoreByRpc(store, admin, [archivist, consultantA, consultantB, manager]);
  await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
  const staff = await rpcOk<Array<{ id: number; displayName: string }>>(store, 'users.staff');
  const idOf = (username: string) => staff.find((u) => u.displayName === [consultantA, consultantB].find((c) => c.username === username)!.displayName)!.id;
  const file = (name: string, ownerId: number | null, extra: Record<string, unknown>) =>
    rpcOk(store, 'customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'intent', grade: 'A', ownerId, ...extra }, allowDuplicates: true });
  // One customer filed twice by consultant A: the same phone, once with +86 and spaces.
  await file('张伟', idOf(consultantA.username), { phones: [{ kind: 'mobile', number: '13800138000' }], birthDate: '1985-03-02' });
  await file('张 伟', idOf(consultantA.username), { phones: [{ kind: 'mobile', number: '+86 138 0013 8000' }], email: 'zhangwei@example.com', region: '朝阳区' });
  // Consultant B's: traditional characters and the same birth date.
  await file('陳麗', idOf(consultantB.username), { birthDate: '1990-02-03' });
  await file('陈丽', idOf(consultantB.username), { birthDate: '1990-02-03' });
  // The archive's own: two people of one name who happen to share an e-mail address.
  await file('赵六', null, { email: 'family@example.com' });
  await file('赵六', null, { email: 'family@example.com' });
  await file('王芳', null, {});
  await rpcOk(store, 'auth.logout');
}

async function logIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await fillLogin(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: '工作台', level: 2 })).toBeVisible();
}

async function openLifecycle(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '查重与清理' }).click();
  await expect(page.getByRole('heading', { name: '查重与清理', level: 2 })).toBeVisible();
}

async function runCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: '运行查重' }).click();
  await expect(page.getByText(/发现 \d+ 对疑似重复|没有发现疑似重复的档案/).first()).toBeVisible();
}

async function sign(page: Page, row: ReturnType<Page['getByRole']>, user: { username: string; password: string }, expectError?: string): Promise<void> {
  await row.getByRole('button', { name: /^签字/ }).click();
  await signOffAs(page.getByRole('dialog', { name: '合并签字' }), user, expectError);
}

test('the archive room runs the monthly check, merges a customer filed twice with both sign-offs, undoes it and prints the record', async ({ page, store }, testInfo) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStore(store);
  await page.goto('/');
  await logIn(page, archivist);

  // Never checked: the dashboard reminds, and leads to the check.
  await page.getByRole('status').filter({ hasText: '每月查重' }).getByRole('link', { name: '去查重' }).click();
  await expect(page.getByRole('heading', { name: '查重与清理', level: 2 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已到每月查重时间' })).toBeVisible();
  await shot(page, testInfo, '01-due');

  // Run it from the keyboard.
  await page.getByRole('button', { name: '运行查重' }).focus();
  await page.keyboard.press('Enter');
  const pairs = page.getByRole('table', { name: '疑似重复的档案' });
  await expect(pairs).toBeVisible();
  await expect(page.getByText('发现 3 对疑似重复（7 份档案）。')).toBeVisible();
  await expect(pairs.getByRole('row').filter({ hasText: '张 伟' })).toContainText('电话相同');
  await expect(pairs.getByRole('row').filter({ hasText: '陈丽' })).toContainText('出生日期相同');
  await expect(page.getByText(/上次全库查重：.*陈芳，检查 7 份档案，发现 3 对疑似重复。/)).toBeVisible();
  await shot(page, testInfo, '02-pairs');
  await expectAccessible(page, testInfo, 'duplicates');

  // Two people of one name: not the same customer, and not offered again.
  await pairs.getByRole('button', { name: /赵六 .*不是同一客户/ }).click();
  const dismiss = page.getByRole('dialog', { name: '不是同一客户？' });
  await dismiss.getByRole('textbox', { name: '说明（可不填）' }).fill('父子同名，共用家庭邮箱');
  await dismiss.getByRole('button', { name: '确认不是同一客户' }).click();
  await expect(dismiss).toBeHidden();
  await expect(pairs.getByRole('row').filter({ hasText: '赵六' })).toHaveCount(0);

  // The merge dialog: both files side by side, the primary button on screen at 1366×768.
  await pairs.getByRole('button', { name: /张伟 .*张 伟 合并|合并 .*张伟/ }).click();
  const dialog = page.getByRole('dialog', { name: '合并档案' });
  await expect(dialog.getByRole('radiogroup', { name: '邮箱取自' })).toBeVisible();
  const submit = dialog.getByRole('button', { name: '提交合并申请' });
  await expect(submit).toBeInViewport();
  // The survivor has no e-mail: the picker suggests the other file's.
  await expect(dialog.getByRole('radiogroup', { name: '邮箱取自' }).getByRole('radio', { name: 'zhangwei@example.com' })).toBeChecked();
  // Keep the survivor's name (arrow keys move within the group).
  const nameGroup = dialog.getByRole('radiogroup', { name: '姓名/名称取自' });
  await expect(nameGroup.getByRole('radio', { name: '张伟', exact: true })).toBeChecked();
  await shot(page, testInfo, '03-merge-dialog');
  await expectAccessible(page, testInfo, 'merge-dialog');
  // Bad input: no reason.
  await submit.click();
  await expect(dialog.getByText('此项必填')).toBeVisible();
  await field(dialog, '合并理由').fill('同一客户两次建档，电话相同');
  await field(dialog, '合并理由').press('Control+Enter');
  await expect(dialog).toBeHidden();

  // 合并记录: waiting for the consultant who follows the customer, then the sales manager.
  await expect(page.getByRole('tab', { name: '合并记录', selected: true })).toBeVisible();
  const records = page.getByRole('table', { name: '合并记录' });
  const row = records.getByRole('row').filter({ hasText: '#1' });
  await expect(row).toContainText('待核实审批');
  await expect(row).toContainText('跟进顾问核实：待签');
  // Another consultant cannot confirm for consultant A; the archivist who asked cannot sign either.
  await sign(page, row, consultantB, '须由本人签字');
  await sign(page, row, archivist, '不能由申请人本人审批');
  await sign(page, row, consultantA);
  await expect(row).toContainText('跟进顾问核实：李晓明');
  await row.getByRole('button', { name: /^签字/ }).click();
  await shot(page, testInfo, '04-sign-off');
  const signDialog = page.getByRole('dialog', { name: '合并签字' });
  await field(signDialog, '审批人用户名').fill(manager.username);
  await signDialog.getByLabel('审批人密码').fill(manager.password);
  await signDialog.getByRole('button', { name: '签字同意' }).click();
  await expect(signDialog).toBeHidden();
  await expect(row).toContainText('已合并');
  await expect(row).toContainText('可撤销至');
  await shot(page, testInfo, '05-merged');
  await expectAccessible(page, testInfo, 'merge-records');

  // The survivor holds everything; the other file is gone from the active list.
  const merged = await (async () => {
    await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
    return rpcOk<{ rows: Array<{ name: string }> }>(store, 'customers.search', { query: '张' });
  })();
  expect(merged.rows.map((r) => r.name)).toEqual(['张伟']);

  // Print the record.
  await row.getByRole('button', { name: '打印合并记录 #1' }).click();
  const print = page.getByRole('dialog', { name: '打印：合并记录 #1' });
  await expect(print.getByText(/^DOC-\d{4}-\d{6}$/)).toBeVisible();
  await expect(print.getByRole('button', { name: '另存为 PDF' })).toBeVisible();
  await shot(page, testInfo, '06-print');
  await print.getByRole('button', { name: '完成' }).click();

  // The other file's card says where it went.
  await page.goto('/#/customers/2');
  await expect(page.getByRole('status').filter({ hasText: '本档案已并入 KD2026000001' })).toBeVisible();
  await shot(page, testInfo, '06b-tombstone');
  await page.getByRole('link', { name: '打开 KD2026000001' }).click();
  await expect(page.getByRole('heading', { name: '张伟', level: 2 })).toBeVisible();
  await openLifecycle(page);
  await page.getByRole('tab', { name: '合并记录' }).click();

  // Undo, after a confirmation.
  await row.getByRole('button', { name: '撤销合并 #1' }).click();
  const confirm = page.getByRole('dialog', { name: '撤销合并？' });
  await expect(confirm).toContainText('将恢复到合并前的样子');
  await confirm.getByRole('button', { name: '撤销合并' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('已撤销');
  await expect(row.getByRole('button', { name: '撤销合并 #1' })).toHaveCount(0);
  await shot(page, testInfo, '07-undone');
  const restored = await rpcOk<{ rows: Array<{ name: string }> }>(store, 'customers.search', { query: '张' });
  expect(restored.rows.map((r) => r.name).sort()).toEqual(['张 伟', '张伟']);
  expect(errors).toEqual([]);
});

test('a consultant sees only pairs of their own files, and the system admin gets no such screen', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStore(store);
  await page.goto('/');
  await logIn(page, consultantA);
  // The store's monthly check is the archive room's: a consultant is not reminded of it.
  await expect(page.getByRole('status').filter({ hasText: '每月查重' })).toHaveCount(0);
  await openLifecycle(page);
  await expect(page.getByText('已到每月查重时间')).toHaveCount(0);
  await runCheck(page);
  const pairs = page.getByRole('table', { name: '疑似重复的档案' });
  await expect(pairs.getByRole('row')).toHaveCount(2);
  await expect(pairs).toContainText('张 伟');
  await expect(pairs).not.toContainText('陈丽');
  await expect(pairs).not.toContainText('赵六');
  await shot(page, testInfo, '08-consultant');
  await logOut(page);

  await logIn(page, admin);
  await expect(page.getByRole('navigation').getByRole('link', { name: '查重与清理' })).toHaveCount(0);
  await page.goto('/#/lifecycle');
  await expect(page.getByRole('heading', { name: '查重与清理', level: 2 })).toBeVisible();
  await expect(page.getByRole('alert').or(page.getByText('没有权限'))).toBeVisible();
  await expect(page.getByRole('button', { name: '运行查重' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
