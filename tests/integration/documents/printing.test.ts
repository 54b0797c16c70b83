import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintedPdf } from '../../../shared/documents/documentTypes';
import { parseAnchor } from '../../../shared/audit/auditAnchor';
import { ADMIN, addUser, makeCore, passwordOf, STORE, type TestCore } from '../support/testCore';
import { rewriteFrom } from '../support/auditTamper';
import { PdfScratch, type PdfFile } from '../reports/pdfTools';

/**
 * Printing as the app does it: the print channels gather what the caller may see, the print worker
 * renders it, the register numbers and records it, 验证打印件 finds it again. Real encrypted
 * archives, real PDFs read back with poppler, qpdf and zbar.
 */
let t: TestCore;
const scratch = new PdfScratch();
const users: Record<string, number> = {};
const files: Record<string, { id: number; archiveNo: string }> = {};
const HOUR = 3_600_000;
const MOBILE = '13912345678';
const ID_NUMBER = '11010519491231002X';

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

const sign = (username: string) => ({ username, password: passwordOf(username) });

async function printed(start: Promise<{ jobId: string }>): Promise<{ result: PrintedPdf; pdf: PdfFile }> {
  const { jobId } = await start;
  const status = await t.core.jobs.settle(jobId);
  if (status?.state !== 'succeeded') throw new Error(`print job ${status?.state}: ${status?.error?.code} ${status?.error?.message}`);
  const result = await t.call('documents.result', { jobId });
  return { result, pdf: scratch.file(Buffer.from(result.pdfBase64, 'base64')) };
}

function auditRows(action: string): Array<{ seq: number; target_id: string; summary: string; params: string }> {
  return t.core.openArchive!.db.sqlite.prepare('SELECT seq, target_id, summary, params FROM audit_log WHERE action = ? ORDER BY seq').all(action) as never;
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  const sheet = await t.call('setup.initialize', { store: STORE, admin: ADMIN });
  // The recovery sheet prints while its code waits to be confirmed, and never after.
  const recovery = await printed(t.call('documents.printRecoverySheet', {}));
  expect(recovery.pdf.flatText()).toContain(sheet.recoveryCode.replace(/-/g, '').slice(0, 4));
  expect(recovery.result.record).toMatchObject({ kind: 'recoverySheet', state: 'printed', archiveNo: null });
  const raw = sheet.recoveryCode.replace(/-/g, '');
  await t.call('setup.confirmRecovery', { groups: sheet.confirmGroups.map((index) => ({ index, value: raw.slice(index * 4, index * 4 + 4) })) });
  expect((await t.fail('documents.printRecoverySheet', {})).code).toBe('RECOVERY_NOT_PENDING');

  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['sales_b', 'consultant'], ['salesmgr', 'salesManager'], ['gm', 'generalManager']] as const) {
    users[u] = (await addUser(t, u, role)).id;
  }
  await as('archivist');
  const create = async (key: string, name: string, ownerId: number, extra: Record<string, unknown> = {}) => {
    const made = await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'owner', secrecy: 'normal', ownerId, region: '济南', ...extra } as never });
    files[key] = { id: made.customer.id, archiveNo: made.customer.archiveNo };
  };
  await create('zhang', '张晓明', users['sales_a']!, { phones: [{ number: MOBILE, kind: 'mobile' }], idType: 'resident', idNumber: ID_NUMBER });
  await create('rare', '𠮷䶮', users['sales_a']!);
  await create('other', '乙的客户', users['sales_b']!, { region: '青岛' });
}, 120_000);

afterAll(async () => {
  await t.core.shutdown();
  t.dispose();
  scratch.remove();
});

describe('print channels', () => {
  it('a cancelled print keeps its serial, marked void, and leaves no PDF to collect', async () => {
    await as('archivist');
    const { jobId } = await t.call('documents.printCard', { id: files['zhang']!.id });
    await t.call('jobs.cancel', { jobId });
    const status = await t.core.jobs.settle(jobId);
    expect(status?.state).toBe('cancelled');
    expect((await t.fail('documents.result', { jobId })).code).not.toBe('INTERNAL');
    const register = await t.call('documents.list', {});
    expect(register.records[0]).toMatchObject({ kind: 'customerCard', state: 'void', archiveNo: files['zhang']!.archiveNo, pages: null, sha256: null });
  });

  it('a customer card prints masked: names, numbers and 𠮷䶮 intact, fonts embedded and subset, one audit entry, registered with its PDF hash', async () => {
    await as('archivist');
    const before = auditRows('documents.print').length;
    const { result, pdf } = await printed(t.call('documents.printCard', { id: files['zhang']!.id }));
    const text = pdf.flatText();
    expect(text).toContain('客户档案卡');
    expect(text).toContain('张晓明');
    expect(text).toContain(files['zhang']!.archiveNo);
    expect(text).toContain(STORE.name);
    expect(text).toContain(result.record.serial);
    expect(text).not.toContain(MOBILE);
    expect(text).toContain(`${MOBILE.slice(0, 3)}****${MOBILE.slice(-4)}`);
    expect(text).not.toContain(ID_NUMBER);
    expect(pdf.qpdfCheck()).toMatch(/No syntax or stream encoding errors/);
    expect(pdf.fonts().every((f) => f.emb && f.sub)).toBe(true);
    expect(result.record).toMatchObject({ kind: 'customerCard', state: 'printed', archiveNo: files['zhang']!.archiveNo, name: '张晓明', printedByName: 'archivist', pages: pdf.pages(), unmasked: false, reprintOf: null });
    expect(result.record.serial).toMatch(/^DOC-\d{4}-\d{6}$/);
    expect(result.record.sha256).toBe(createHash('sha256').update(pdf.bytes).digest('hex'));
    const entries = auditRows('documents.print');
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)!.summary).toContain(result.record.serial);
    expect(JSON.parse(entries.at(-1)!.params)).toMatchObject({ serial: result.record.serial, kind: 'customerCard', file: files['zhang']!.id });

    const rare = await printed(t.call('documents.printCard', { id: files['rare']!.id }));
    expect(rare.pdf.flatText()).toContain('𠮷䶮');
    expect(rare.result.missingGlyphs).toEqual([]);
  });

  it('full numbers print only for a user with reveal who asks, watermarked and audited', async () => {
    await as('sales_a');
    const refused = await t.fail('documents.printCard', { id: files['zhang']!.id, reveal: true });
    expect(refused.code).toBe('FORBIDDEN');
    await as('archivist');
    const { result, pdf } = await printed(t.call('documents.printCard', { id: files['zhang']!.id, reveal: true }));
    expect(pdf.flatText()).toContain(MOBILE);
    expect(pdf.flatText()).toContain(ID_NUMBER);
    expect(pdf.rawFlatText(1)).toContain('archivist');
    expect(result.record.unmasked).toBe(true);
    expect(JSON.parse(auditRows('documents.print').at(-1)!.params)).toMatchObject({ reveal: true });
  });

  it('a file the caller may not see prints exactly like one that does not exist', async () => {
    await as('sales_a');
    const missing = await t.fail('documents.printCard', { id: 999_999 });
    const hidden = await t.fail('documents.printCard', { id: files['other']!.id });
    expect(hidden).toEqual(missing);
    expect(JSON.stringify(hidden)).not.toContain(files['other']!.archiveNo);
  });

  it('serials are unique and increasing; a reprint is marked 副本 with the original’s serial; a reprint of something else is refused', async () => {
    await as('archivist');
    const first = await printed(t.call('documents.printCard', { id: files['rare']!.id }));
    const copy = await printed(t.call('documents.printCard', { id: files['rare']!.id, reprintOf: first.result.record.serial }));
    expect(copy.result.record.reprintOf).toBe(first.result.record.serial);
    expect(copy.result.record.serial > first.result.record.serial).toBe(true);
    expect(copy.pdf.flatText()).toContain('副本');
    expect(copy.pdf.flatText()).toContain(first.result.record.serial);
    expect(first.pdf.flatText()).not.toContain('副本');
    // A copy of the copy names the original.
    const again = await printed(t.call('documents.printCard', { id: files['rare']!.id, reprintOf: copy.result.record.serial }));
    expect(again.result.record.reprintOf).toBe(first.result.record.serial);
    expect((await t.fail('documents.printCard', { id: files['zhang']!.id, reprintOf: first.result.record.serial })).code).toBe('DOCUMENT_NOT_FOUND');
    expect((await t.fail('documents.printCard', { id: files['rare']!.id, reveal: true, reprintOf: first.result.record.serial })).code).toBe('DOCUMENT_NOT_FOUND');
    const serials = (await t.call('documents.list', { limit: 200 })).records.map((r) => r.serial);
    expect(new Set(serials).size).toBe(serials.length);
  });

  it('a register line says what printed it, so 重印 can repeat it as a 副本', async () => {
    await as('archivist');
    const original = await printed(t.call('documents.printCard', { id: files['zhang']!.id, reveal: true }));
    const [line] = (await t.call('documents.list', { limit: 1 })).records;
    expect(line).toMatchObject({ serial: original.result.record.serial, params: { id: files['zhang']!.id, reveal: true } });
    const copy = await printed(t.call('documents.printCard', { ...(line!.params as { id: number; reveal: boolean }), reprintOf: line!.serial }));
    expect(copy.result.record).toMatchObject({ reprintOf: line!.serial, unmasked: true, params: line!.params });
  });
});

describe('验证打印件', () => {
  it('the page’s QR decodes to the serial and content hash and finds the register line; the PDF’s hash matches, an altered file does not', async () => {
    await as('archivist');
    const { result, pdf } = await printed(t.call('documents.printCard', { id: files['zhang']!.id }));
    const [qr] = pdf.qrCodes(1);
    expect(qr).toBe(`KEDANG-DOC|${result.record.serial}|${result.record.contentHash!.slice(0, 32)}`);
    const sha256 = createHash('sha256').update(pdf.bytes).digest('hex');
    const check = await t.call('documents.verify', { code: qr!, sha256 });
    expect(check).toMatchObject({ qrMatches: true, fileMatches: true, record: { serial: result.record.serial, printedByName: 'archivist', archiveNo: files['zhang']!.archiveNo, pages: result.record.pages } });
    const altered = Buffer.from(pdf.bytes);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    const alteredCheck = await t.call('documents.verify', { code: result.record.serial.toLowerCase(), sha256: createHash('sha256').update(altered).digest('hex') });
    expect(alteredCheck).toMatchObject({ qrMatches: null, fileMatches: false });
    const forgedQr = `KEDANG-DOC|${result.record.serial}|${'0'.repeat(32)}`;
    expect((await t.call('documents.verify', { code: forgedQr })).qrMatches).toBe(false);
    expect((await t.fail('documents.verify', { code: 'DOC-2026-999999' })).code).toBe('DOCUMENT_NOT_FOUND');
  });

  it('the system admin, who reads no files, sees the register by archive number only; a consultant cannot read it', async () => {
    await as(ADMIN.username);
    const register = await t.call('documents.list', { archiveNo: files['zhang']!.archiveNo.toLowerCase() });
    expect(register.total).toBeGreaterThan(0);
    expect(register.records.every((r) => r.archiveNo === files['zhang']!.archiveNo && r.name === null)).toBe(true);
    await as('sales_a');
    expect((await t.fail('documents.list', {})).code).toBe('FORBIDDEN');
    expect((await t.fail('documents.verify', { code: register.records[0]!.serial })).code).toBe('FORBIDDEN');
  });
});

describe('loan documents', () => {
  let loanId: number;

  it('the request form prints the chain’s signatures; the register prints the checkout, overdue; the reminder prints for an overdue file only', async () => {
    await as('sales_a');
    const start = t.clock.now();
    const loan = await t.call('loans.create', { department: 'sales', kind: 'checkout', purpose: '核对合同', reason: '客户来电要求核对购车合同', customerIds: [files['zhang']!.id], startAt: start.toISOString(), endAt: new Date(start.getTime() + 24 * HOUR).toISOString() });
    loanId = loan.id;
    await as('salesmgr');
    await t.call('loans.decide', { id: loan.id, step: 0, approve: true, note: '同意', signOff: sign('salesmgr') });
    await as('archivist');
    await t.call('loans.decide', { id: loan.id, step: 1, approve: true, signOff: sign('archivist') });
    expect((await t.fail('documents.printReminder', { id: loan.id })).code).toBe('LOAN_WRONG_STATE');
    await t.call('loans.checkout', { id: loan.id, receiver: sign('sales_a') });

    await as('sales_a');
    const form = await printed(t.call('documents.printLoanRequest', { id: loan.id }));
    const formText = form.pdf.flatText();
    expect(formText).toContain('借阅（外借）申请审批表');
    expect(formText).toContain(`#${loan.id}`);
    expect(formText).toContain('salesmgr');
    expect(formText).toContain('同意');
    expect(formText).toContain(files['zhang']!.archiveNo);
    // A consultant does not print the register; the archive room and approvers do.
    expect((await t.fail('documents.printRegister', { from: '2020-01-01', to: '2030-12-31' })).code).toBe('FORBIDDEN');

    t.clock.advance(60 * HOUR);
    await as('archivist');
    const today = t.clock.now().toISOString().slice(0, 10);
    const register = await printed(t.call('documents.printRegister', { from: start.toISOString().slice(0, 10), to: today, view: 'overdue' }));
    const registerText = register.pdf.flatText();
    expect(registerText).toContain('外借登记册');
    expect(registerText).toContain(`#${loan.id}`);
    expect(registerText).toContain('张晓明');
    expect(register.result.record.subject).toContain(today);

    const reminder = await printed(t.call('documents.printReminder', { id: loan.id }));
    expect(reminder.pdf.flatText()).toContain('催还通知');
    expect(reminder.pdf.flatText()).toContain(files['zhang']!.archiveNo);
    await as('sales_b');
    // Someone else's request answers like one that does not exist.
    expect(await t.fail('documents.printLoanRequest', { id: loan.id })).toEqual(await t.fail('documents.printLoanRequest', { id: 999_999 }));
  });

  it('个人信息副本 prints everything unmasked only under the caller’s approved 复制 request that includes the file', async () => {
    await as('sales_a');
    expect((await t.fail('documents.printCopy', { id: files['zhang']!.id, loanId })).code).toBe('COPY_NOT_APPROVED');
    await as('archivist');
    await t.call('loans.return', { id: loanId, condition: '完好' });
    await as('sales_a');
    const start = t.clock.now();
    const copy = await t.call('loans.create', { department: 'sales', kind: 'copy', purpose: '客户申请个人信息副本', reason: '客户依法申请复制本人信息', customerIds: [files['zhang']!.id], startAt: start.toISOString(), endAt: new Date(start.getTime() + 24 * HOUR).toISOString() });
    expect((await t.fail('documents.printCopy', { id: files['zhang']!.id, loanId: copy.id })).code).toBe('COPY_NOT_APPROVED');
    const chain = copy.approval!.steps;
    for (const [step, s] of chain.entries()) {
      const signer = s.roles.includes('salesManager') ? 'salesmgr' : s.roles.includes('generalManager') ? 'gm' : 'archivist';
      await as(signer);
      await t.call('loans.decide', { id: copy.id, step, approve: true, signOff: sign(signer) });
    }
    await as('sales_a');
    expect((await t.fail('documents.printCopy', { id: files['rare']!.id, loanId: copy.id })).code).toBe('COPY_NOT_APPROVED');
    const { result, pdf } = await printed(t.call('documents.printCopy', { id: files['zhang']!.id, loanId: copy.id }));
    expect(pdf.flatText()).toContain('个人信息副本');
    expect(pdf.flatText()).toContain(MOBILE);
    expect(pdf.flatText()).toContain(ID_NUMBER);
    expect(result.record).toMatchObject({ kind: 'personalInfoCopy', unmasked: true, subject: `复制申请 #${copy.id}` });
    expect(JSON.parse(auditRows('documents.print').at(-1)!.params)).toMatchObject({ kind: 'personalInfoCopy', loan: copy.id, reveal: true });
  });
});

describe('archive index and audit report', () => {
  it('the archive index lists a region’s files by number with their boxes', async () => {
    await as('archivist');
    const { result, pdf } = await printed(t.call('documents.printIndex', { region: '济南' }));
    const text = pdf.flatText();
    expect(text).toContain('档案目录');
    expect(text).toContain(files['zhang']!.archiveNo);
    expect(text).not.toContain(files['other']!.archiveNo);
    expect(result.record.subject).toBe('济南');
  });

  it('the printed anchor, typed back, holds on an untouched chain and fails once a row is edited and the chain recomputed', async () => {
    await as('archivist');
    const today = t.clock.now().toISOString().slice(0, 10);
    const { pdf } = await printed(t.call('documents.printAuditReport', { from: '2020-01-01', to: today }));
    const text = pdf.text();
    expect(text.replace(/\s+/g, '')).toContain('审计日志报告');
    const printedAnchor = /#(\d+) · ([0-9a-f]{4}) ([0-9a-f]{4}) ([0-9a-f]{4}) ([0-9a-f]{4})/.exec(text);
    expect(printedAnchor).not.toBeNull();
    const typed = parseAnchor(printedAnchor![0])!;
    const anchorQr = (pdf.qrCodes(1).find((c) => c.startsWith('KEDANG-ANCHOR|')))!;
    expect(parseAnchor(anchorQr)).toEqual(typed);
    expect((await t.call('audit.verifyAnchor', { anchors: [typed] })).anchors).toEqual([{ ...typed, matches: true, problem: null }]);

    rewriteFrom(t, 3, '无事发生');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    const after = await t.call('audit.verifyAnchor', { anchors: [typed] });
    expect(after.anchors).toEqual([{ ...typed, matches: false, problem: 'hashDiffers' }]);
  });
});
