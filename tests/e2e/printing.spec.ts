import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, type Harness } from './harness';
import { demoTest as test, demoUsers, expectAccessible, expectOnScreen, field, logIn, logOut, logInAs, openScreen, rpcOk, setUpStoreByRpc, shot, storeTest } from './ui';

test.use({ demoCustomers: 30 });

const SERIAL = /^DOC-\d{4}-\d{6,}$/;

/** The print dialog once its PDF is shown: its serial, with 打印… and 另存为 PDF on screen. */
async function printed(page: Page, title: RegExp, testInfo: TestInfo, name: string): Promise<{ dialog: Locator; serial: string }> {
  const dialog = page.getByRole('dialog', { name: title });
  const serial = dialog.getByText(SERIAL);
  await expect(serial).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTitle(/的打印预览$/)).toBeVisible();
  // The whole dialog, its buttons included, fits the shop-floor screen.
  await expectOnScreen(dialog.getByRole('button', { name: '打印…' }));
  await expectOnScreen(dialog.getByRole('button', { name: '完成' }));
  await shot(page, testInfo, name);
  return { dialog, serial: (await serial.textContent())!.trim() };
}

test('a customer card prints from the card, the register from the loans screen, and 验证打印件 finds the card and who printed it', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);

  // The card: 打印档案卡, masked.
  await openScreen(page, '客户档案');
  await page.getByRole('table', { name: '客户档案列表' }).locator('[role=row][data-index="0"]').click();
  await expect(page.getByRole('tab', { name: '基本信息' })).toBeVisible();
  const name = (await page.getByRole('heading', { level: 2 }).textContent())!.trim();
  const printCard = page.getByRole('button', { name: '打印档案卡' });
  await printCard.click();
  await page.getByRole('menuitem', { name: '打印档案卡（号码遮蔽）' }).click();
  const card = await printed(page, /^打印：客户档案卡/, testInfo, '01-card-preview');
  await expect(card.dialog).toContainText(name);
  await expectAccessible(page, testInfo, 'print-preview');
  // Esc closes it and gives the focus back to the button that opened the menu.
  await page.keyboard.press('Escape');
  await expect(card.dialog).toBeHidden();
  await expect(printCard).toBeFocused();

  // Full numbers, by keyboard: the menu, then a warning that says it is audited and watermarked.
  await page.keyboard.press('Enter');
  const fullItem = page.getByRole('menuitem', { name: '打印档案卡（完整号码）…' });
  await expect(fullItem).toBeVisible();
  await expect(async () => {
    if (!(await fullItem.evaluate((item) => item === document.activeElement))) await page.keyboard.press('ArrowDown');
    await expect(fullItem).toBeFocused({ timeout: 200 });
  }).toPass({ timeout: 5_000 });
  await page.keyboard.press('Enter');
  const warning = page.getByRole('dialog', { name: '打印完整号码？' });
  await expect(warning).toContainText('记入审计日志');
  await expect(warning).toContainText('水印');
  await shot(page, testInfo, '02-full-numbers-warning');
  await warning.getByRole('button', { name: '打印完整号码' }).click();
  const full = await printed(page, /^打印：客户档案卡.*（完整号码）$/, testInfo, '03-card-full');
  await expect(full.dialog).toContainText('含完整号码');
  await full.dialog.getByRole('button', { name: '完成' }).click();
  await expect(full.dialog).toBeHidden();

  // The loan register for this month, from the loans screen.
  await openScreen(page, '借阅审批');
  await page.getByRole('tab', { name: '外借登记册' }).click();
  await expect(page.getByRole('table', { name: '借阅申请列表' })).toBeVisible();
  await page.getByRole('button', { name: '打印登记册' }).click();
  const choose = page.getByRole('dialog', { name: '打印外借登记册' });
  const month = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
  await expect(choose.getByRole('button', { name: '期间' })).toContainText(`${month}-01`);
  await expectAccessible(page, testInfo, 'register-print-form');
  await shot(page, testInfo, '04-register-choose');
  await choose.getByRole('button', { name: '打印', exact: true }).click();
  const register = await printed(page, /^打印：外借登记册/, testInfo, '05-register-preview');
  await register.dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('button', { name: '打印登记册' })).toBeFocused();

  // A request's form, from its row's print menu.
  await page.getByRole('table', { name: '借阅申请列表' }).getByRole('button', { name: /^打印 #\d+$/ }).first().click();
  await page.getByRole('menuitem', { name: '申请审批表' }).click();
  const form = await printed(page, /^打印：申请审批表 #\d+$/, testInfo, '06-request-form');
  await form.dialog.getByRole('button', { name: '完成' }).click();

  // The card, saved as PDF: the file the register's SHA-256 is checked against.
  await openScreen(page, '客户档案');
  await page.getByRole('table', { name: '客户档案列表' }).locator('[role=row][data-index="0"]').click();
  await page.getByRole('button', { name: '打印档案卡' }).click();
  await page.getByRole('menuitem', { name: '打印档案卡（号码遮蔽）' }).click();
  const again = await printed(page, /^打印：客户档案卡/, testInfo, '07-card-again');
  const download = page.waitForEvent('download');
  await again.dialog.getByRole('button', { name: '另存为 PDF' }).click();
  const pdfPath = testInfo.outputPath(`${again.serial}.pdf`);
  await (await download).saveAs(pdfPath);
  await again.dialog.getByRole('button', { name: '完成' }).click();

  // 打印与核验: the register lists the card with who printed it.
  await openScreen(page, '打印与核验');
  const lines = page.getByRole('table', { name: '打印登记' });
  const cardLine = lines.getByRole('row').filter({ hasText: card.serial });
  await expect(cardLine).toContainText('客户档案卡');
  await expect(cardLine).toContainText('周档案');
  await expect(lines.getByRole('row').filter({ hasText: register.serial })).toContainText('外借登记册');
  await expectAccessible(page, testInfo, 'document-register');
  await shot(page, testInfo, '08-register');

  // 重印 makes a 副本 of the card.
  await cardLine.getByRole('button', { name: `重印 ${card.serial}` }).click();
  const copy = await printed(page, new RegExp(`^打印：客户档案卡（${card.serial} 的副本）$`), testInfo, '09-reprint');
  await expect(copy.dialog).toContainText(`${card.serial} 的副本`);
  await copy.dialog.getByRole('button', { name: '完成' }).click();
  await expect(lines.getByRole('row').filter({ hasText: copy.serial })).toContainText(card.serial);

  // 验证打印件: the serial typed finds the card and says who printed it, and when.
  await page.getByRole('tab', { name: '验证打印件' }).click();
  const code = page.getByRole('textbox', { name: '编号或二维码内容' });
  await code.fill(card.serial);
  await code.press('Enter');
  const answer = page.getByRole('status', { name: '核对结果' });
  await expect(answer).toContainText('登记簿中有这份打印件：客户档案卡');
  await expect(answer).toContainText('由 周档案 打印');
  await expect(answer).toContainText(name);
  await expect(answer).toContainText(copy.serial);
  await expectAccessible(page, testInfo, 'verify-found');
  await shot(page, testInfo, '10-verify-found');

  // A QR whose hash is not the registered one says so.
  await code.fill(`KEDANG-DOC|${card.serial}|${'0'.repeat(32)}`);
  await page.getByRole('button', { name: '核对', exact: true }).click();
  await expect(answer).toContainText('二维码与登记的内容不一致');

  // The saved PDF matches; one changed byte does not. The file is hashed in the page.
  await code.fill(again.serial);
  await page.locator('input[type=file]').setInputFiles(pdfPath);
  await page.getByRole('button', { name: '核对', exact: true }).click();
  await expect(answer).toContainText('所选文件与登记的 PDF 完全一致');
  const altered = testInfo.outputPath('altered.pdf');
  const bytes = readFileSync(pdfPath);
  bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0x01;
  writeFileSync(altered, bytes);
  await page.locator('input[type=file]').setInputFiles(altered);
  await page.getByRole('button', { name: '核对', exact: true }).click();
  await expect(answer).toContainText('所选文件与登记的 PDF 不一致');
  await shot(page, testInfo, '11-verify-file-mismatch');

  // A wrong serial is not found.
  await code.fill('DOC-2000-999999');
  await page.getByRole('button', { name: '核对', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('登记簿中没有这个编号的打印件');
  await expect(answer).toBeHidden();
  await shot(page, testInfo, '12-verify-not-found');

  // The archive index, for whoever sees every file.
  await page.getByRole('tab', { name: '档案目录' }).click();
  await expectAccessible(page, testInfo, 'archive-index');
  await page.getByRole('button', { name: '打印档案目录' }).click();
  const index = await printed(page, /^打印：档案目录 全部$/, testInfo, '13-index');
  await index.dialog.getByRole('button', { name: '完成' }).click();

  expect(errors).toEqual([]);
});

test('the audit report prints for the filtered period from the audit screen', async ({ page }, testInfo) => {
  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);
  await openScreen(page, '审计日志');
  await page.getByRole('button', { name: '打印审计报告' }).click();
  const report = await printed(page, /^打印：审计日志报告 \d{4}-\d{2}-01 至 \d{4}-\d{2}-\d{2}$/, testInfo, '14-audit-report');
  await report.dialog.getByRole('button', { name: '完成' }).click();
  await expect(report.dialog).toBeHidden();

  // Filtered by who acted, which the paper cannot show: it says so before printing everyone's entries.
  await page.goto('/#/audit?by=周档案');
  await page.getByRole('button', { name: '打印审计报告' }).click();
  const ask = page.getByRole('dialog', { name: '打印审计报告' });
  await expect(ask).toContainText('不按操作人筛选');
  await ask.getByRole('button', { name: '仍然打印' }).click();
  const all = await printed(page, /^打印：审计日志报告/, testInfo, '14b-audit-report-all');
  await all.dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('button', { name: '打印审计报告' })).toBeFocused();
});

storeTest('the recovery sheet of a new store prints as a registered document while its code waits to be confirmed', async ({ page }, testInfo) => {
  await page.goto('/');
  await field(page, '门店名称').fill('星辰汽车 4S 店');
  await page.getByRole('button', { name: '下一步' }).click();
  await field(page, '用户名').fill('wangjing');
  await field(page, '姓名').fill('王静');
  await field(page, '密码').fill('Archive2026');
  await field(page, '再次输入密码').fill('Archive2026');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByRole('heading', { name: '保存恢复码' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  const sheet = await printed(page, /^打印：恢复密钥单$/, testInfo, '15-recovery-sheet');
  await sheet.dialog.getByRole('button', { name: '完成' }).click();
  await expect(sheet.dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '我已妥善保存，下一步' })).toBeVisible();
});

storeTest.describe('a store whose clock moves', () => {
  storeTest.use({ harnessArgs: ['--test-clock'] });
  const HOUR = 3_600_000;
  const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
  const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
  const manager = { username: 'zhaoqiang', displayName: '赵强', password: 'Manager2026', role: 'salesManager' };
  const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };
  const gm = { username: 'sunli', displayName: '孙立', password: 'General2026', role: 'generalManager' };

  async function as(store: Harness, user: { username: string; password: string }): Promise<void> {
    await rpcOk(store, 'auth.logout');
    await rpcOk(store, 'auth.login', { username: user.username, password: user.password });
  }

  /** 张伟's file checked out to the consultant for two days, and a copy of it approved for three. */
  async function setUpLoans(store: Harness): Promise<{ checkout: number; copy: number }> {
    await setUpStoreByRpc(store, admin, [consultant, manager, archivist, gm]);
    await as(store, consultant);
    const file = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', {
      customer: { kind: 'person', name: '张伟', sourceChannel: 'showroom', category: 'owner', phones: [{ kind: 'mobile', number: '13922223333' }] },
    });
    const now = Date.now();
    const request = (kind: string, hours: number, purpose: string) => ({ department: 'sales', kind, purpose, reason: '客户要求', customerIds: [file.customer.id], startAt: new Date(now).toISOString(), endAt: new Date(now + hours * HOUR).toISOString() });
    const checkout = await rpcOk<{ id: number }>(store, 'loans.create', request('checkout', 48, '核对购车合同'));
    await rpcOk(store, 'loans.decide', { id: checkout.id, approve: true, note: '同意', signOff: { username: manager.username, password: manager.password } });
    await rpcOk(store, 'loans.decide', { id: checkout.id, approve: true, note: '同意', signOff: { username: archivist.username, password: archivist.password } });
    const copy = await rpcOk<{ id: number }>(store, 'loans.create', request('copy', 72, '客户申请个人信息副本'));
    await rpcOk(store, 'loans.decide', { id: copy.id, approve: true, note: '同意', signOff: { username: gm.username, password: gm.password } });
    await as(store, archivist);
    await rpcOk(store, 'loans.checkout', { id: checkout.id, receiver: { username: consultant.username, password: consultant.password } });
    await rpcOk(store, 'auth.logout');
    return { checkout: checkout.id, copy: copy.id };
  }

  storeTest('the archive room prints the overdue notice of a late checkout, and the requester the personal information copy of an approved 复制', async ({ page, store }, testInfo) => {
    storeTest.setTimeout(120_000);
    const { checkout, copy } = await setUpLoans(store);
    await store.advanceClock(60 * HOUR);

    await page.goto('/');
    await logIn(page, archivist.username, archivist.password);
    await expect(page.getByRole('heading', { name: '工作台', level: 2 })).toBeVisible();
    await page.goto('/#/loans?tab=register&view=overdue');
    await page.getByRole('table', { name: '借阅申请列表' }).getByRole('button', { name: `打印 #${checkout}` }).click();
    await page.getByRole('menuitem', { name: /^第.次催还通知$/ }).click();
    const notice = await printed(page, new RegExp(`^打印：催还通知 #${checkout}（第.次）$`), testInfo, '16-overdue-notice');
    await notice.dialog.getByRole('button', { name: '完成' }).click();
    await logOut(page);

    await logIn(page, consultant.username, consultant.password);
    await expect(page.getByRole('heading', { name: '工作台', level: 2 })).toBeVisible();
    await page.goto('/#/loans?tab=mine');
    await page.getByRole('table', { name: '借阅申请列表' }).getByRole('button', { name: `打印 #${copy}` }).click();
    await expect(page.getByRole('menuitem', { name: /催还通知/ })).toHaveCount(0);
    await page.getByRole('menuitem', { name: /^个人信息副本：KD\d+ 张伟$/ }).click();
    const personal = await printed(page, /^打印：个人信息副本 KD\d+ 张伟$/, testInfo, '17-personal-copy');
    await expect(personal.dialog).toContainText('含完整号码');
    await personal.dialog.getByRole('button', { name: '完成' }).click();
  });
});
