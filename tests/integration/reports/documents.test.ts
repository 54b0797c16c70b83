import { afterAll, describe, expect, it } from 'vitest';
import { archiveIndexDocument, type ArchiveIndexEntry } from '../../../electron/core/reports/archiveIndex.pdf';
import { auditReportDocument } from '../../../electron/core/reports/auditReport.pdf';
import { customerCardDocument } from '../../../electron/core/reports/customerCard.pdf';
import type { PrintableDocument } from '../../../electron/core/reports/documentFrame';
import { fontFiles } from '../../../electron/core/reports/fontFiles';
import { loanRegisterDocument } from '../../../electron/core/reports/loanRegister.pdf';
import { loanReminderDocument } from '../../../electron/core/reports/loanReminder.pdf';
import { loanRequestDocument } from '../../../electron/core/reports/loanRequest.pdf';
import { createPdfRenderer } from '../../../electron/core/reports/pdfRenderer';
import { personalInfoCopyDocument } from '../../../electron/core/reports/personalInfoCopy.pdf';
import { recoverySheetDocument } from '../../../electron/core/reports/recoverySheet.pdf';
import { auditEntries, customerCard, frame, loanRequest, registerRequests } from './printFixtures';
import { PdfScratch, type PdfFile } from './pdfTools';

const renderer = createPdfRenderer(fontFiles(null));
const scratch = new PdfScratch();
afterAll(() => scratch.remove());

async function print(doc: PrintableDocument): Promise<PdfFile & { missing: number }> {
  const out = await renderer.render(doc.definition);
  const file = scratch.file(out.pdf, doc.kind);
  expect(file.pages()).toBe(out.pages);
  return Object.assign(file, { missing: out.missingGlyphs.length });
}

/** What every printed document shows: the frame on each page, fonts embedded as subsets, a valid file, the QR. */
function expectFramed(file: PdfFile, doc: PrintableDocument) {
  const pages = file.pages();
  for (let page = 1; page <= pages; page++) {
    const flat = file.flatText(page);
    expect(flat, `page ${page}`).toContain('宏达汽车销售服务有限公司');
    expect(flat, `page ${page}`).toContain(`编号${doc.serial}`);
    expect(flat, `page ${page}`).toContain(`第${page}页/共${pages}页`);
    expect(flat, `page ${page}`).toContain('打印人：李档案打印时间：2026-03-0514:30（GMT+8）');
  }
  expect(file.fonts().every((f) => f.emb && f.sub)).toBe(true);
  expect(file.qpdfCheck()).toMatch(/No syntax or stream encoding errors/);
  expect(file.qrCodes(1)).toContain(doc.qrPayload);
  expect(doc.qrPayload).toBe(`KEDANG-DOC|${doc.serial}|${doc.contentHash.slice(0, 32)}`);
}

const watermark = '李档案2026-03-05';

describe('客户档案卡', () => {
  it('prints every section of the file, masked as it arrives, without a watermark', async () => {
    const doc = customerCardDocument({ card: customerCard() }, frame());
    const file = await print(doc);
    expectFramed(file, doc);
    const text = file.text();
    for (const heading of ['客户档案卡', '身份信息', '联系方式', '销售信息', '车辆 1（一车一档）', '车辆 2（一车一档）', '购车意向', '最近联系记录', '售后服务', '反馈投诉', '授权同意', '档案管理']) {
      expect(text).toContain(heading);
    }
    for (const value of ['张晓明', 'KD2026000042', '138****5678', '010-****4321', '110105********1234', '京A12345', 'LSVAA4182E2123456', '¥235,800.00', '王顾问', '一号档案室 A 柜 2 架 15 盒 4 卷', '保养等待时间过长']) {
      expect(text).toContain(value);
    }
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('密级：');
    expect(file.rawFlatText()).not.toContain(watermark);
    expect(doc.watermarked).toBe(false);
  });

  it('prints a revealed phone in full, marks 秘密 on every page, watermarks every page, and marks a reprint 副本', async () => {
    const doc = customerCardDocument({ card: customerCard({ secrecy: 'secret' }), revealed: { phones: { 7: '13812345678' } } }, frame({ serial: 'DOC-2026-000124', reprintOf: 'DOC-2026-000100' }));
    const file = await print(doc);
    expectFramed(file, doc);
    expect(file.text()).toContain('13812345678');
    expect(file.text()).toContain('010-****4321');
    for (let page = 1; page <= file.pages(); page++) {
      const text = file.text(page);
      expect(text, `page ${page}`).toContain('密级：秘密');
      expect(text, `page ${page}`).toContain('秘密 · 注意保管');
      expect(file.flatText(page), `page ${page}`).toContain('副本（原件编号DOC-2026-000100）');
      expect(file.rawFlatText(page), `page ${page}`).toContain(watermark);
    }
  });

  it('prints a customer named 𠮷䶮 intact', async () => {
    const doc = customerCardDocument({ card: customerCard({ name: '𠮷䶮' }) }, frame());
    const file = await print(doc);
    expect(file.missing).toBe(0);
    expect(file.text(1)).toContain('KD2026000042 · 𠮷䶮');
    expect(file.flatText(1)).toContain('姓名/名称𠮷䶮');
  });
});

describe('借阅/查阅/复制申请审批表', () => {
  const rule = { maxMinutes: 3 * 24 * 60, approverRoles: ['salesManager' as const], archiveRoomOnly: false };

  it('prints the request, its files, the rule, the approval and the lines to countersign', async () => {
    const doc = loanRequestDocument({ request: loanRequest(), rule }, frame());
    const file = await print(doc);
    expectFramed(file, doc);
    const flat = file.flatText();
    for (const value of ['借阅（外借）申请审批表', '申请编号#318', '陈销售', '销售部', '核对购车合同', 'KD2026000042', '张晓明', '𠮷䶮', '最长期限3天', '审批岗位销售经理', '刘经理', '同意，按期归还', '交付与归还']) {
      expect(flat).toContain(value);
    }
    for (const signer of ['申请人：', '所在部门负责人：', '审批人：', '档案管理员（交付）：', '档案管理员（归还注销）：']) expect(flat).toContain(`${signer}签字：日期：`);
  });

  it('titles and signs a 查阅 and a 复制 request by their own rules', async () => {
    const view = await print(loanRequestDocument({ request: loanRequest({ kind: 'view', status: 'approved', level: 'confidential' }), rule: { ...rule, approverRoles: ['serviceManager'], archiveRoomOnly: true } }, frame()));
    expect(view.flatText()).toContain('查阅申请审批表');
    expect(view.flatText()).toContain('客户服务部审核人：');
    expect(view.flatText()).toContain('只能在档案室内查阅，不得带出');
    expect(view.text()).toContain('密级：机密');
    const copy = await print(loanRequestDocument({ request: loanRequest({ kind: 'copy' }), rule: { ...rule, approverRoles: ['generalManager', 'serviceManager'] } }, frame()));
    expect(copy.flatText()).toContain('复制申请审批表');
    expect(copy.flatText()).toContain('总经理或客服经理');
  });
});

describe('外借登记册', () => {
  it('lists 5,000 lines, each once, overdue lines highlighted, with page x / y on every page', async () => {
    const requests = registerRequests(5000);
    const doc = loanRegisterDocument({ period: { from: '2026-03-01', to: '2026-03-31' }, filter: { view: 'all' }, requests }, frame({ printedAt: '2026-04-01T02:00:00.000Z' }));
    const file = await print(doc);
    const pages = file.pages();
    expect(pages).toBeGreaterThan(100);
    const text = file.text();
    expect(text).toContain('客户资料外借登记册');
    expect(text).toContain('共 5000 份申请、5000 份档案');
    const seen = new Map<string, number>();
    for (const m of text.matchAll(/KD2026(\d{6})/g)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
    expect(seen.size).toBe(5000);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect((text.match(/第一次催还/g) ?? []).length).toBe(requests.filter((r) => r.overdue).length);
    for (const page of [1, 2, Math.floor(pages / 2), pages]) expect(file.flatText(page), `page ${page}`).toContain(`第${page}页/共${pages}页`);
    expect(file.text(1)).toContain('密级：秘密'); // some lines are 秘密 files
    // Overdue rows are filled with the highlight colour (#fbe3e6).
    expect(file.uncompressed()).toMatch(/0\.98431\d* 0\.89019\d* 0\.90196\d* scn/);
    expect(file.qrCodes(pages)).toContain(doc.qrPayload);
  }, 120_000);
});

describe('催还通知', () => {
  it('prints the first notice to the borrower with the files and how late they are', async () => {
    const doc = loanReminderDocument({ request: loanRequest() }, frame({ printedAt: '2026-03-08T02:00:00.000Z' }));
    const file = await print(doc);
    expectFramedLoosely(file, doc);
    const flat = file.flatText();
    for (const value of ['档案催还通知', '第一次催还', '陈销售（销售部）', '#318', '2026-03-0417:00', '已逾期3天17小时', 'KD2026000042', '𠮷䶮', '借阅人（签收）：']) expect(flat).toContain(value);
    expect(flat).not.toContain('这是第二次催还');
  });

  it('prints the second notice with its warning and the department head to countersign', async () => {
    const doc = loanReminderDocument({ request: loanRequest({ reminderStage: 2 }) }, frame({ printedAt: '2026-03-08T02:00:00.000Z' }));
    const flat = (await print(doc)).flatText();
    for (const value of ['第二次催还', '这是第二次催还', '不能提出新的借阅申请', '销售经理', '部门负责人（签收）：']) expect(flat).toContain(value);
  });

  it('refuses to print a notice for a file already returned', () => {
    expect(() => loanReminderDocument({ request: loanRequest({ status: 'returned', reminderStage: 0, overdue: false }) }, frame())).toThrow(expect.objectContaining({ code: 'LOAN_WRONG_STATE' }));
  });
});

/** Loose variant for one-page documents whose time of printing is not 14:30. */
function expectFramedLoosely(file: PdfFile, doc: PrintableDocument) {
  expect(file.text(1)).toContain(`编号 ${doc.serial}`);
  expect(file.qrCodes(1)).toContain(doc.qrPayload);
}

describe('恢复密钥单', () => {
  it('prints the code in 8 groups of 4 with how to keep it, marked 绝密, and keeps the code out of the QR', async () => {
    const code = '7K3Q-M9TX-2B4D-H8JN-5RWC-QZ1F-6GPV-XE3A';
    const doc = recoverySheetDocument({ storeName: '宏达汽车销售服务有限公司', createdAt: '2026-03-01T02:00:00.000Z', recoveryCode: code.toLowerCase().replace(/-/g, ' ') }, frame());
    const file = await print(doc);
    expectFramed(file, doc);
    const flat = file.flatText();
    for (let g = 1; g <= 8; g++) expect(flat).toContain(`第${g}组`);
    expect(flat).toContain('7K3QM9TX2B4DH8JN');
    expect(flat).toContain('5RWCQZ1F6GPVXE3A');
    expect(flat).toContain(`恢复码：${code}`);
    expect(flat).toContain('放入保险柜');
    expect(file.text(1)).toContain('密级：绝密');
    expect(doc.qrPayload).not.toMatch(/7K3Q/i);
    expect(file.qrCodes(1).join('')).not.toMatch(/7K3Q/i);
  });
});

describe('档案目录', () => {
  it('prints the index region by region in bound batches of 50, each with its range and box, 机密 noted', async () => {
    const entries: ArchiveIndexEntry[] = Array.from({ length: 130 }, (_, i) => ({
      archiveNo: `KD2026${String(i + 1).padStart(6, '0')}`,
      name: `客户${i + 1}`,
      region: i % 2 ? '华北区' : '华南区',
      secrecy: i === 16 ? 'confidential' : 'normal',
      status: 'active',
      location: { room: '一号档案室', cabinet: i % 2 ? 'A' : 'B', shelf: '2', box: String(10 + Math.floor(i / 100)), folder: String(i + 1) },
    }));
    const doc = archiveIndexDocument({ region: null, entries }, frame());
    const file = await print(doc);
    expectFramed(file, doc);
    const flat = file.flatText();
    expect(flat).toContain('共130份，4批（每批50份）');
    expect(flat).toContain('华北区·第1批KD2026000002–KD2026000100');
    expect(flat).toContain('华北区·第2批KD2026000102–KD2026000130');
    expect(flat).toContain('华南区·第1批KD2026000001–KD2026000099');
    expect(flat).toContain('50份·存放：一号档案室A柜2架10盒');
    expect(flat).toMatch(/KD2026000017客户17.*机密/);
    expect(file.text(1)).toContain('密级：机密');
  });
});

describe('审计日志报告', () => {
  it('prints the entries with the anchor grouped for reading aloud and as a QR', async () => {
    const anchor = { seq: 1234, hash: `3f9a0c1d77e2b845${'e'.repeat(48)}` };
    const doc = auditReportDocument({ period: { from: '2026-03-01T00:00:00+08:00', to: '2026-03-31T23:59:59+08:00' }, entries: auditEntries(150), anchor, verification: { ok: true, checked: 1234, head: anchor } }, frame());
    const file = await print(doc);
    expectFramed(file, doc);
    expect(file.text(1)).toContain('#1234 · 3f9a 0c1d 77e2 b845');
    expect(file.qrCodes(1)).toEqual(expect.arrayContaining(['KEDANG-ANCHOR|1234|3f9a0c1d77e2b845', doc.qrPayload]));
    const flat = file.flatText();
    for (const value of ['审计日志报告', '打印前校验：完整，共1234条', '#1200', '#1349', '登录', '修改客户档案', '查看完整号码', '打印文件', 'KD2026000042：第1条操作摘要']) expect(flat).toContain(value);
  });
});

describe('个人信息副本', () => {
  it('prints everything held about the person, unmasked, watermarked on every page', async () => {
    const doc = personalInfoCopyDocument({ card: customerCard(), full: { idNumber: '110105198506151234', phones: { 7: '13812345678', 8: '010-87654321' } }, request: { at: '2026-03-04T02:00:00.000Z' } }, frame());
    const file = await print(doc);
    expectFramed(file, doc);
    const flat = file.flatText();
    for (const value of ['个人信息副本', '第四十五条', '110105198506151234', '13812345678', '010-87654321', 'zxm@example.com', 'id.jpg', 'ht.pdf', '类别与等级变更', '有增购意向', '纸质档案位置变更', '本人签收：']) expect(flat).toContain(value);
    expect(flat).not.toContain('138****5678');
    for (let page = 1; page <= file.pages(); page++) expect(file.rawFlatText(page), `page ${page}`).toContain(watermark);
    expect(doc.watermarked).toBe(true);
  });
});
