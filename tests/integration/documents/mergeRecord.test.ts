import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintedPdf } from '../../../shared/documents/documentTypes';
import { addUser, makeCore, passwordOf, setUpStore, type TestCore } from '../support/testCore';
import { PdfScratch, type PdfFile } from '../reports/pdfTools';

/** 合并记录 through the document engine: serial, QR, headings, both archive numbers, the signers and lines to sign. */
let t: TestCore;
const scratch = new PdfScratch();
const owners: Record<string, number> = {};
const sign = (username: string) => ({ username, password: passwordOf(username) });

async function printed(start: Promise<{ jobId: string }>): Promise<{ result: PrintedPdf; pdf: PdfFile }> {
  const { jobId } = await start;
  const status = await t.core.jobs.settle(jobId);
  if (status?.state !== 'succeeded') throw new Error(`print job ${status?.state}: ${status?.error?.code} ${status?.error?.message}`);
  const result = await t.call('documents.result', { jobId });
  return { result, pdf: scratch.file(Buffer.from(result.pdfBase64, 'base64')) };
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['salesmgr', 'salesManager']] as const) owners[u] = (await addUser(t, u, role)).id;
  await t.call('auth.logout', {});
  await t.call('auth.login', { username: 'archivist', password: passwordOf('archivist') });
}, 120_000);

afterAll(async () => {
  await t.core.shutdown();
  t.dispose();
  scratch.remove();
});

describe('合并记录', () => {
  it('prints the merge with its numbers, choices, moved records, signers and signature lines, and its QR finds the register line', async () => {
    const owner = owners['sales_a']!;
    const a = await t.call('customers.create', { customer: { kind: 'person', name: '张晓明', sourceChannel: 'showroom', category: 'owner', ownerId: owner, phones: [{ kind: 'mobile', number: '13912345678' }] } });
    const b = await t.call('customers.create', { customer: { kind: 'person', name: '张小明', sourceChannel: 'phone', category: 'owner', ownerId: owner, email: 'x@example.com', phones: [{ kind: 'mobile', number: '13912345678' }] }, allowDuplicates: true });
    await t.call('customers.addRecord', { type: 'contact', customerId: b.customer.id, record: { at: '2026-11-23T10:00:00+08:00', method: 'phone', content: '回访' } });
    const merge = await t.call('merges.request', { survivorId: a.customer.id, mergedId: b.customer.id, choices: { email: 'merged' }, reason: '同一客户两次建档' });
    await t.call('merges.decide', { id: merge.id, approve: true, note: '本人核实', signOff: sign('sales_a') });
    await t.call('merges.decide', { id: merge.id, approve: true, signOff: sign('salesmgr') });

    const { result, pdf } = await printed(t.call('documents.printMergeRecord', { id: merge.id }));
    expect(result.record).toMatchObject({ kind: 'mergeRecord', state: 'printed', archiveNo: a.customer.archiveNo, title: '合并记录' });
    const text = pdf.flatText();
    for (const heading of ['合并记录', '字段取舍', '移入存续档案的记录', '核实与审批', '签字']) expect(text).toContain(heading);
    expect(text).toContain(a.customer.archiveNo);
    expect(text).toContain(b.customer.archiveNo);
    expect(text).toContain('跟进顾问核实');
    expect(text).toContain('sales_a');
    expect(text).toContain('salesmgr');
    expect(text).toContain('本人核实');
    expect(text).toContain('沟通记录');
    for (const line of ['申请人：', '跟进销售顾问（核实）：', '销售经理（批准）：', '档案管理员（纸质档案归并）：']) expect(text).toContain(line);
    // No field values, and no phone in any form.
    expect(text).not.toContain('x@example.com');
    expect(text).not.toContain('5678');
    const [qr] = pdf.qrCodes(1);
    expect(qr).toBe(`KEDANG-DOC|${result.record.serial}|${result.record.contentHash!.slice(0, 32)}`);
    expect((await t.call('documents.verify', { code: qr! })).qrMatches).toBe(true);
  });
});
