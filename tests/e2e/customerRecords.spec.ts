import type { Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { expect, type Harness } from './harness';
import { field, logIn as fillLogin, rpcOk, setUpStoreByRpc, shot, storeTest as test } from './ui';

const admin = { username: 'wangjing', displayName: '王静', password: 'Archive2026' };
const consultant = { username: 'lixiaoming', displayName: '李晓明', password: 'Sales2026go', role: 'consultant' };
/** Reads every file but may not write: sees the records, gets no buttons that change them. */
const generalManager = { username: 'zhoujun', displayName: '周军', password: 'General2026', role: 'generalManager' };

/** LSVAU2180N2183294's check digit (9th character) should be X: shared/validation/vin.ts computes it. */
const wrongVin = 'LSVAU2180N2183294';
const vin = 'LSVAU218XN2183294';

/** Two files of the consultant's: 张伟, who bought the car, and 李娜, who takes it over. */
async function setUpStore(store: Harness): Promise<{ zhangId: number; liId: number }> {
  await setUpStoreByRpc(store, admin, [consultant, generalManager]);
  await rpcOk(store, 'auth.login', { username: consultant.username, password: consultant.password });
  const person = (name: string) => ({ customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'owner', secrecy: 'normal' } });
  const zhang = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', person('张伟'));
  const li = await rpcOk<{ customer: { id: number } }>(store, 'customers.create', person('李娜'));
  await rpcOk(store, 'auth.logout');
  return { zhangId: zhang.customer.id, liId: li.customer.id };
}

/** A one-page PDF with a correct cross-reference table, small enough to write out here. */
function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A real 2×2 PNG (signature, IHDR, IDAT, IEND with their CRCs), made here so core's magic-byte check sees a true image. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function openCard(page: Page, id: number, name: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = `#/customers/${target}`), id);
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

test('a consultant keeps a car, its service, a complaint, a scan and a consent on the customer card, then transfers the car to its new owner', async ({ page, store }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const { zhangId, liId } = await setUpStore(store);

  await page.goto('/');
  await fillLogin(page, consultant.username, consultant.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await openCard(page, zhangId, '张伟');

  // A VIN whose check digit is wrong is refused in Chinese, and nothing typed is lost.
  await openTab(page, '车辆');
  const vehicles = page.getByRole('table', { name: '车辆列表' });
  await expect(vehicles).toContainText('尚未登记车辆');
  await page.getByRole('button', { name: '登记车辆' }).click();
  const vehicleForm = page.getByRole('dialog', { name: '登记车辆' });
  await expect(field(vehicleForm, '车架号（VIN）')).toBeFocused();
  await field(vehicleForm, '车架号（VIN）').fill(wrongVin);
  await field(vehicleForm, '车牌号').fill('京A12345');
  await field(vehicleForm, '品牌').fill('上汽大众');
  await field(vehicleForm, '车系').fill('帕萨特');
  await field(vehicleForm, '颜色').fill('星空蓝');
  await field(vehicleForm, '成交价（元）').fill('189800');
  await field(vehicleForm, '车架号（VIN）').press('Enter');
  await expect(vehicleForm).toContainText('车架号第 9 位校验位不正确');
  await expect(field(vehicleForm, '品牌')).toHaveValue('上汽大众');
  await shot(page, testInfo, '01-wrong-vin');
  await field(vehicleForm, '车架号（VIN）').fill(vin);
  await vehicleForm.getByRole('button', { name: '保存' }).click();
  await expect(vehicleForm).toBeHidden();
  const car = vehicles.getByRole('row').filter({ hasText: vin });
  await expect(car).toContainText('京A12345');
  await expect(car).toContainText('上汽大众 / 帕萨特');
  await expect(car).toContainText('189,800.00 元');

  // A budget whose upper end is below its lower end is caught before anything is sent.
  await openTab(page, '购车意向');
  await page.getByRole('button', { name: '登记购车意向' }).click();
  const intentionForm = page.getByRole('dialog', { name: '登记购车意向' });
  await field(intentionForm, '意向车型').fill('途观L 330TSI');
  await field(intentionForm, '预算下限（元）').fill('250000');
  await field(intentionForm, '预算上限（元）').fill('200000');
  await field(intentionForm, '预算上限（元）').press('Enter');
  await expect(intentionForm).toContainText('预算上限不能低于下限');
  await field(intentionForm, '预算上限（元）').fill('280000');
  await field(intentionForm, '预算上限（元）').press('Enter');
  await expect(intentionForm).toBeHidden();
  await expect(page.getByRole('table', { name: '购车意向列表' }).getByRole('row').filter({ hasText: '途观L' })).toContainText('250,000–280,000 元');

  // A phone call goes into the contact log, with who logged it.
  await openTab(page, '联系记录');
  await page.getByRole('button', { name: '新增联系记录' }).click();
  const contactForm = page.getByRole('dialog', { name: '新增联系记录' });
  await field(contactForm, '沟通内容').fill('电话回访交车体验，客户对销售服务满意');
  await field(contactForm, '下一步计划').fill('首保前提醒预约');
  await contactForm.getByRole('button', { name: '保存' }).click();
  await expect(contactForm).toBeHidden();
  const contact = page.getByRole('table', { name: '联系记录列表' }).getByRole('row').filter({ hasText: '电话回访交车体验' });
  await expect(contact).toContainText('电话');
  await expect(contact).toContainText(consultant.displayName);

  // The first service, on the only car of the file.
  await openTab(page, '售后服务');
  await page.getByRole('button', { name: '新增服务记录' }).click();
  const serviceForm = page.getByRole('dialog', { name: '新增售后服务记录' });
  await serviceForm.getByRole('combobox', { name: '服务类型' }).click();
  await page.getByRole('option', { name: '首保', exact: true }).click();
  await field(serviceForm, '行驶里程（公里）').fill('5000');
  await field(serviceForm, '服务项目').fill('更换机油、机滤，全车检查');
  await serviceForm.getByRole('button', { name: '保存' }).click();
  await expect(serviceForm).toBeHidden();
  const service = page.getByRole('table', { name: '售后服务记录列表' }).getByRole('row').filter({ hasText: '更换机油' });
  await expect(service).toContainText('首保');
  await expect(service).toContainText(vin);
  await expect(service).toContainText('5,000 公里');

  // A complaint stands out until it is handled and closed.
  await openTab(page, '反馈投诉');
  await page.getByRole('button', { name: '登记反馈/投诉' }).click();
  const complaintForm = page.getByRole('dialog', { name: '登记反馈/投诉' });
  await field(complaintForm, '反馈内容').fill('交车时发现左后门漆面有划痕');
  await complaintForm.getByRole('button', { name: '保存' }).click();
  await expect(complaintForm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '有 1 条投诉尚未结案' })).toBeVisible();
  const complaint = page.getByRole('table', { name: '反馈投诉列表' }).getByRole('row').filter({ hasText: '左后门漆面' });
  await expect(complaint).toContainText('未结案');
  await shot(page, testInfo, '02-open-complaint');
  await complaint.getByRole('button', { name: '处理投诉：交车时发现左后门漆面有划痕' }).click();
  const handling = page.getByRole('dialog', { name: '处理投诉' });
  await expect(field(handling, '处理经过')).toBeFocused();
  await field(handling, '处理经过').fill('安排钣喷车间免费补漆');
  await field(handling, '处理结果').fill('已修复，客户确认');
  await handling.getByRole('switch', { name: '已结案' }).check();
  await expect(handling.getByRole('button', { name: '结案时间' })).toBeVisible();
  await handling.getByRole('radio', { name: '5 分' }).press('Space');
  await expect(handling).toContainText('满意度 5/5');
  await handling.getByRole('button', { name: '保存' }).click();
  await expect(handling).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '尚未结案' })).toHaveCount(0);
  await expect(complaint).toContainText('已修复，客户确认');
  await expect(complaint).not.toContainText('未结案');
  await expect(complaint.getByRole('img', { name: '满意度 5/5' })).toBeVisible();

  // A scan of the ID card goes into the encrypted archive and opens again from memory.
  await openTab(page, '附件');
  await page.getByRole('button', { name: '上传附件' }).click();
  const upload = page.getByRole('dialog', { name: '上传附件' });
  await upload.getByRole('combobox', { name: '附件类型' }).click();
  await page.getByRole('option', { name: '身份证', exact: true }).click();
  // A file that only claims to be a PNG is refused by core, and the dialog says why.
  await upload.locator('input[type="file"]').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
  await upload.getByRole('button', { name: '上传' }).click();
  await expect(upload).toContainText('文件内容与类型不符');
  await upload.locator('input[type="file"]').setInputFiles({ name: 'idcard.png', mimeType: 'image/png', buffer: tinyPng() });
  await expect(upload).toContainText('idcard.png');
  await upload.getByRole('button', { name: '上传' }).click();
  await expect(upload).toBeHidden();
  const scan = page.getByRole('table', { name: '附件列表' }).getByRole('row').filter({ hasText: 'idcard.png' });
  await expect(scan).toContainText('身份证');
  await scan.getByRole('button', { name: '预览附件 idcard.png' }).click();
  const preview = page.getByRole('dialog', { name: '附件：idcard.png' });
  const image = preview.getByRole('img', { name: 'idcard.png' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await shot(page, testInfo, '03-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // A signed contract as a PDF previews inside the app, from a blob: URL the CSP allows (console errors fail the test).
  await page.getByRole('button', { name: '上传附件' }).click();
  await upload.getByRole('combobox', { name: '附件类型' }).click();
  await page.getByRole('option', { name: '合同', exact: true }).click();
  await upload.locator('input[type="file"]').setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await upload.getByRole('button', { name: '上传' }).click();
  await expect(upload).toBeHidden();
  await page.getByRole('table', { name: '附件列表' }).getByRole('row').filter({ hasText: 'contract.pdf' }).getByRole('button', { name: '预览附件 contract.pdf' }).click();
  const pdfPreview = page.getByRole('dialog', { name: '附件：contract.pdf' });
  await expect(pdfPreview.locator('iframe')).toHaveAttribute('src', /^blob:/);
  await page.keyboard.press('Escape');
  await expect(pdfPreview).toBeHidden();

  // A marketing consent, then its withdrawal: kept, with the date.
  await openTab(page, '授权同意');
  await page.getByRole('button', { name: '登记授权同意' }).click();
  const consentForm = page.getByRole('dialog', { name: '登记授权同意' });
  await consentForm.getByRole('combobox', { name: '同意事项' }).click();
  await page.getByRole('option', { name: '营销同意', exact: true }).click();
  await consentForm.getByRole('button', { name: '保存' }).click();
  await expect(consentForm).toBeHidden();
  const consent = page.getByRole('table', { name: '授权同意列表' }).getByRole('row').filter({ hasText: '营销同意' });
  await expect(consent).toContainText('有效');
  await consent.getByRole('button', { name: /^撤回营销同意/ }).click();
  const withdraw = page.getByRole('dialog', { name: '撤回营销同意' });
  await withdraw.getByRole('button', { name: '确认撤回' }).click();
  await expect(withdraw).toBeHidden();
  await expect(consent).toContainText('已撤回');
  await expect(consent.getByRole('button')).toHaveCount(0);

  // The car changes hands: new owner and reason, one more look, and it leaves this file.
  await openTab(page, '车辆');
  await car.getByRole('button', { name: `过户车辆 ${vin}` }).click();
  const transfer = page.getByRole('dialog', { name: /^过户车辆/ });
  await transfer.getByRole('combobox', { name: '新车主' }).fill('李娜');
  await page.getByRole('option', { name: /李娜/ }).click();
  await field(transfer, '过户原因').fill('家庭成员之间转让');
  await transfer.getByRole('button', { name: '下一步' }).click();
  const confirm = page.getByRole('dialog', { name: '确认过户' });
  await expect(confirm).toContainText('张伟');
  await expect(confirm).toContainText('李娜');
  await expect(confirm).toContainText('家庭成员之间转让');
  await shot(page, testInfo, '04-transfer');
  await confirm.getByRole('button', { name: '确认过户' }).click();
  await expect(confirm).toBeHidden();
  await expect(vehicles).toContainText('尚未登记车辆');

  // On 李娜's card the car is hers, and its owner history shows both.
  await openCard(page, liId, '李娜');
  await openTab(page, '车辆');
  await page.getByRole('table', { name: '车辆列表' }).getByRole('button', { name: `车主记录 ${vin}` }).click();
  const owners = page.getByRole('table', { name: `车辆 ${vin} 的车主记录` });
  await expect(owners.getByRole('row')).toHaveCount(3);
  await expect(owners.getByRole('row').nth(1)).toContainText('张伟');
  await expect(owners.getByRole('row').nth(2)).toContainText('李娜');
  await expect(owners.getByRole('row').nth(2)).toContainText('家庭成员之间转让');
  await expect(owners.getByRole('row').nth(2)).toContainText('至今');
  await shot(page, testInfo, '05-owners');
  await page.keyboard.press('Escape');

  // Someone who may only read sees the same records without any button that changes them.
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await fillLogin(page, generalManager.username, generalManager.password);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await openCard(page, zhangId, '张伟');
  await openTab(page, '反馈投诉');
  await expect(page.getByRole('table', { name: '反馈投诉列表' })).toContainText('已修复，客户确认');
  await expect(page.getByRole('button', { name: '登记反馈/投诉' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^处理/ })).toHaveCount(0);
  await openCard(page, liId, '李娜');
  await openTab(page, '车辆');
  const hers = page.getByRole('table', { name: '车辆列表' }).getByRole('row').filter({ hasText: vin });
  await expect(hers.getByRole('button', { name: `车主记录 ${vin}` })).toBeVisible();
  await expect(hers.getByRole('button', { name: `编辑车辆 ${vin}` })).toHaveCount(0);
  await expect(hers.getByRole('button', { name: `过户车辆 ${vin}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '登记车辆' })).toHaveCount(0);

  expect(errors).toEqual([]);
});
