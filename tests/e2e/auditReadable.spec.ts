import type { Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { demoPassword, demoTest as test, demoUsers, field, logInAs, logOut, openScreen, rpcOk, shot } from './ui';

test.use({ demoCustomers: 30 });

interface Row {
  id: number;
  archiveNo: string;
  name: string;
  secrecy: string;
}

/** A normal file the archivist moved and re-graded (over the contract), so the log has entries with parameters to read. */
async function fileWithHistory(store: Harness): Promise<Row> {
  await rpcOk(store, 'auth.login', { username: demoUsers.archiveAdmin, password: demoPassword });
  const rows = (await rpcOk<{ rows: Row[] }>(store, 'customers.search', { query: '', secrecy: 'normal', limit: 1 })).rows;
  const file = rows[0]!;
  await rpcOk(store, 'customers.moveFile', { id: file.id, location: { room: '档案室', cabinet: 'C', shelf: '4', box: '13', folder: '85' }, reason: '整理档案柜' });
  await rpcOk(store, 'customers.setGrade', { id: file.id, category: 'deal', grade: null, reason: '已签合同' });
  await rpcOk(store, 'auth.logout');
  return file;
}

async function auditRows(page: Page) {
  return page.getByRole('table', { name: '审计日志' }).getByRole('row');
}

test('the audit log reads as plain words: action names, people by name, files by archive number, local times, filtered by archive number, in either language', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const file = await fileWithHistory(store);

  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);
  await openScreen(page, '审计日志');
  const log = page.getByRole('table', { name: '审计日志' });
  const move = log.getByRole('row').filter({ hasText: '移动纸质档案' }).first();
  await expect(move).toContainText(`${file.archiveNo} ${file.name}`);
  await expect(move).toContainText('档案室 C柜 4架 13盒 85卷（整理档案柜）');
  await expect(move).toContainText('周档案');
  // Local time, never a raw UTC timestamp; no internal ids.
  await expect(move).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
  const text = await log.innerText();
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  expect(text).not.toMatch(/\b(user|customer) #\d+/);
  await expect(log.getByRole('row').filter({ hasText: '调整类别/等级' }).first()).toContainText('成交 O（已签合同）');
  await expect(log.getByRole('row').filter({ hasText: 'auth.login' }).first()).toContainText('用户 周档案');
  await shot(page, testInfo, '01-audit-readable');

  // Who, by the name people know (the archive admin may not list accounts).
  await field(page, '操作人').fill('系统管理员');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/by=/);
  await expect(log.getByRole('row').nth(1)).toContainText('系统管理员');
  expect(await log.getByRole('row').filter({ hasText: '周档案' }).filter({ hasNotText: '用户 周档案' }).count()).toBe(0);
  await page.getByRole('button', { name: '清除条件' }).click();

  // Filter by the archive number people know, typed in lower case.
  await field(page, '档案编号').fill(file.archiveNo.toLowerCase());
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(new RegExp(`file=${file.archiveNo}`));
  const rows = await auditRows(page);
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    if (await row.locator('th').count()) continue;
    await expect(row).toContainText(file.archiveNo);
  }
  // An action by its name.
  await page.getByRole('combobox', { name: '操作' }).fill('移动');
  await page.getByRole('option', { name: '移动纸质档案' }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/action=customers.moveFile/);
  await expect(rows).toHaveCount(2);
  await shot(page, testInfo, '02-audit-filtered');

  // The card's history says the same.
  await page.goto(`/#/customers/${file.id}?tab=history`);
  const history = page.getByRole('table', { name: '变更历史' });
  await expect(history.getByRole('row').nth(1)).toContainText('调整类别/等级');
  await expect(history.getByRole('row').nth(1)).toContainText('成交 O（已签合同）');
  await expect(history).toContainText('档案室 C柜 4架 13盒 85卷（整理档案柜）');
  await shot(page, testInfo, '03-card-history');

  // In English the same entries are English.
  await page.getByRole('banner').getByText('English').click();
  const historyEn = page.getByRole('table', { name: 'History' });
  await expect(historyEn).toContainText('Move paper file');
  await expect(historyEn).toContainText('cabinet C, shelf 4, box 13, folder 85 (整理档案柜)');
  await expect(historyEn).toContainText('Closed deal O (已签合同)');
  await page.goto('/#/audit');
  await expect(page.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: 'auth.login' }).first()).toContainText('With password');
  await shot(page, testInfo, '04-audit-english');
  await page.getByRole('banner').getByText('中文').click();
  await logOut(page);

  // The system admin, who reads no files, sees the archive number without the name.
  await logInAs(page, demoUsers.systemAdmin);
  await page.goto(`/#/audit?file=${file.archiveNo}`);
  const asAdmin = page.getByRole('table', { name: '审计日志' });
  await expect(asAdmin.getByRole('row').nth(1)).toContainText(file.archiveNo);
  await expect(asAdmin).not.toContainText(file.name);
  await shot(page, testInfo, '05-audit-system-admin');
  expect(errors).toEqual([]);
});

test('生成锚点 gives the chain head grouped for reading aloud; 核对锚点 checks anchors typed from paper and says which hold and where a change lies', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Two real anchors from the log, to type back as if from paper.
  await rpcOk(store, 'auth.login', { username: demoUsers.archiveAdmin, password: demoPassword });
  const entries = (await rpcOk<{ entries: Array<{ seq: number; hash: string }> }>(store, 'audit.list', { limit: 500 })).entries;
  await rpcOk(store, 'auth.logout');
  const early = entries.find((e) => e.seq === 3)!;
  const later = entries.find((e) => e.seq === 8)!;
  const group = (hash: string) => hash.slice(0, 16).match(/.{4}/g)!.join(' ');

  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);
  await openScreen(page, '审计日志');
  await page.getByRole('button', { name: '生成锚点' }).click();
  const issued = page.getByRole('dialog', { name: '生成锚点' });
  const anchor = issued.getByTestId('anchor-text');
  await expect(anchor).toHaveText(/^#\d+ · [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  const anchorText = (await anchor.textContent())!;
  await shot(page, testInfo, '01-anchor-issued');
  await issued.getByRole('button', { name: '完成' }).click();
  await expect(issued).toBeHidden();
  // Issuing it is on the record.
  await expect(page.getByRole('table', { name: '审计日志' }).getByRole('row').nth(1)).toContainText('发出审计锚点');
  await expect(page.getByRole('table', { name: '审计日志' }).getByRole('row').nth(1)).toContainText(`锚点 ${anchorText}（屏幕抄录）`);

  await page.getByRole('button', { name: '核对锚点' }).click();
  const check = page.getByRole('dialog', { name: '核对锚点' });
  const paper = check.getByRole('textbox', { name: '纸上的锚点' });
  // A line that is not an anchor is named, nothing is asked.
  await paper.fill(`${anchorText}\n#12 3f9a`);
  await check.getByRole('button', { name: '核对', exact: true }).click();
  await expect(check).toContainText('第 2 行看不懂');
  // As typed from paper: spacing, case and dots vary.
  await paper.fill(`#${early.seq} . ${group(early.hash).toUpperCase()}\n${anchorText}`);
  await check.getByRole('button', { name: '核对', exact: true }).click();
  const answer = check.getByRole('status', { name: '核对锚点' });
  await expect(answer).toContainText(`全部相符：到第 ${anchorText.slice(1, anchorText.indexOf(' '))} 条为止`);
  await expect(answer).toContainText('相符，日志仍保存这一条且未被改动');
  await shot(page, testInfo, '02-anchors-hold');
  // A miscopied (or rewritten) hash: the change lies between the last anchor that holds and it.
  const wrong = `${later.hash.slice(0, 15)}${later.hash[15] === '0' ? '1' : '0'}`;
  await paper.fill(`#${early.seq} · ${group(early.hash)}\n#${later.seq} · ${group(wrong)}\n#99999 · ${group(early.hash)}`);
  await check.getByRole('button', { name: '核对', exact: true }).click();
  await expect(answer).toContainText(`有改动：改动位于第 ${early.seq} 条之后、第 ${later.seq} 条及以前`);
  await expect(answer).toContainText(`不相符，第 ${later.seq} 条记录或它之前的记录已被改动`);
  await expect(answer).toContainText('日志中没有第 99999 条记录');
  await shot(page, testInfo, '03-anchors-changed');
  expect(errors).toEqual([]);
});
