import { expect } from './harness';
import { field, logIn, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const archivist = { username: 'chenfang', displayName: '陈芳', password: 'Archive2026x', role: 'archiveAdmin' };

test('the paper file’s place reads like its box label; every move asks why, and the history says from where to where, who, when and why', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setUpStoreByRpc(store, admin, [archivist]);
  await rpcOk(store, 'auth.login', { username: archivist.username, password: archivist.password });
  const card = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', {
    customer: { kind: 'person', name: '张伟', sourceChannel: 'showroom', category: 'owner', location: { room: '档案室', cabinet: 'C', shelf: '4', box: '13', folder: '85' } },
  });
  await rpcOk(store, 'auth.logout');

  await page.goto('/');
  await logIn(page, archivist.username, archivist.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await page.goto(`/#/customers/${card.customer.id}`);
  await expect(page.getByText('档案室 C柜 4架 13盒 85卷', { exact: true })).toBeVisible();
  const moves = page.getByRole('table', { name: '位置变更记录' });
  await expect(moves.getByRole('row').nth(1)).toContainText('未登记 → 档案室 C柜 4架 13盒 85卷');
  await expect(moves.getByRole('row').nth(1)).toContainText('建档');

  // 登记纸质档案位置: the move shows from → to as typed; the same place, or no reason, is refused.
  await page.getByRole('button', { name: '登记纸质档案位置' }).click();
  const dialog = page.getByRole('dialog', { name: '登记纸质档案位置' });
  const fromTo = dialog.getByRole('group', { name: '从哪里移到哪里' });
  await expect(fromTo).toContainText('现在：档案室 C柜 4架 13盒 85卷');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('新位置与现在的位置相同');
  await expect(dialog).toContainText('此项必填');
  await field(dialog, '柜').fill('D');
  await expect(fromTo).toContainText('移至：档案室 D柜 4架 13盒 85卷');
  await field(dialog, '移动原因').fill('整理档案柜');
  await shot(page, testInfo, '01-move-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('档案室 D柜 4架 13盒 85卷', { exact: true })).toBeVisible();
  const latest = moves.getByRole('row').nth(1);
  await expect(latest).toContainText('档案室 C柜 4架 13盒 85卷 → 档案室 D柜 4架 13盒 85卷');
  await expect(latest).toContainText('整理档案柜');
  await expect(latest).toContainText(archivist.displayName);
  await expect(latest).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

  // Moving it in the edit form asks why as well.
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /^编辑客户档案/ });
  await field(edit, '架').fill('5');
  await edit.getByRole('button', { name: '保存', exact: true }).click();
  await expect(edit).toContainText('移动纸质档案须写明原因');
  await field(edit, '修改原因（纸质档案换了位置，须写明）').fill('上架调整');
  await shot(page, testInfo, '02-edit-asks-why');
  await edit.getByRole('button', { name: '保存', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect(moves.getByRole('row').nth(1)).toContainText('档案室 D柜 4架 13盒 85卷 → 档案室 D柜 5架 13盒 85卷');
  await expect(moves.getByRole('row').nth(1)).toContainText('上架调整');
  await shot(page, testInfo, '03-location-history');

  // The card's history tab says the same in words.
  await page.getByRole('tab', { name: '变更历史' }).click();
  await expect(page.getByRole('table', { name: '变更历史' }).getByRole('row').nth(2)).toContainText('档案室 C柜 4架 13盒 85卷 → 档案室 D柜 4架 13盒 85卷（整理档案柜）');
  await page.getByRole('tab', { name: '基本信息' }).click();
  // In English the label reads cabinet, shelf, box, folder.
  await page.getByRole('banner').getByText('English').click();
  await expect(page.getByText('档案室, cabinet D, shelf 5, box 13, folder 85', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});
