import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/core/db/database';
import { openEncrypted } from '../../../electron/core/db/encryptedConnection';
import { ERASED_TABLES, KEPT_REFERENCES } from '../../../electron/core/lifecycle/erasure';
import { residentIdCheckChar } from '../../../shared/validation/residentId';
import { PdfScratch, type PdfFile } from '../reports/pdfTools';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from '../support/testCore';

/**
 * Cleanup, destruction and restriction on real encrypted archives: nothing happens without the
 * approvals the rules name, erased data is gone from every page of the decrypted file, the WAL and
 * the data folder, and the tombstone and the record stay.
 */
let t: TestCore;
const users: Record<string, number> = {};
const HOUR = 3_600_000;
const scratch = mkdtempSync(join(tmpdir(), 'kedang-erase-'));

const PERSON = {
  name: '欧阳销毁标记',
  phone: '13900174321',
  idNumber: `11010519900307211${residentIdCheckChar('11010519900307211')}`,
  address: '济南市历下区销毁标记路88号',
  vin: 'JH4KA7533NC013279',
  contact: '与欧阳先生通话：联系内容标记',
};
/** A 1×1 PNG with a marker after its end: the attachment's own bytes must go too. */
const ATTACHMENT_MARKER = 'ATTACHMENT-BYTES-MARKER-7f3a';
const png = Buffer.concat([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'), Buffer.from(ATTACHMENT_MARKER)]).toString('base64');

const pdfs = new PdfScratch();

/** A print job run to its end, and its PDF read back with poppler. */
async function printed(start: Promise<{ jobId: string }>): Promise<PdfFile> {
  const { jobId } = await start;
  const status = await t.core.jobs.settle(jobId);
  if (status?.state !== 'succeeded') throw new Error(`print ${status?.state}: ${status?.error?.code}`);
  const pdf = pdfs.file(Buffer.from((await t.call('documents.result', { jobId })).pdfBase64, 'base64'));
  pdf.qpdfCheck();
  return pdf;
}

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}
const sign = (username: string) => ({ username, password: passwordOf(username) });

async function file(name: string, extra: Record<string, unknown> = {}): Promise<{ id: number; archiveNo: string }> {
  const made = await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'lost', secrecy: 'normal', ownerId: users['sales_a']!, ...extra } as never });
  return { id: made.customer.id, archiveNo: made.customer.archiveNo };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

/** The archive decrypted into a plain SQLite file: every page, free pages included, as stored. */
function decryptedCopy(): Buffer {
  const copy = join(scratch, `copy-${Date.now()}.db`);
  copyFileSync(dbPath(t.dataDir), copy);
  // The log too: what is not yet checkpointed is part of the archive.
  if (existsSync(`${dbPath(t.dataDir)}-wal`)) copyFileSync(`${dbPath(t.dataDir)}-wal`, `${copy}-wal`);
  const db = openEncrypted(copy, t.core.openArchive!.masterKey);
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ''`);
  db.close();
  const bytes = readFileSync(copy);
  rmSync(copy);
  expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
  return bytes;
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['salesmgr', 'salesManager'], ['gm', 'generalManager'], ['clerk', 'archiveAdmin']] as const) {
    users[u] = (await addUser(t, u, role)).id;
  }
  await as('archivist');
}, 60_000);

afterAll(async () => {
  await t.core.shutdown();
  pdfs.remove();
  t.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the erasure covers the schema', () => {
  it('every table that refers to a customer is either erased or kept on purpose', () => {
    const db = t.core.openArchive!.db.sqlite;
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`).pluck().all() as string[];
    const referring = tables.filter((table) => {
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
      return columns.some((c) => /^(customer_id|customer_a|customer_b|survivor_id|merged_id)$/.test(c));
    });
    expect(referring.length).toBeGreaterThan(10);
    for (const table of referring) expect([...ERASED_TABLES, ...KEPT_REFERENCES], `${table} refers to customers: erase it or keep it on purpose`).toContain(table);
  });
});

describe('cleanup (清理)', () => {
  it('needs the request, the sales manager’s approval, then carries it out; nobody else approves, nothing runs before', async () => {
    await as('sales_a');
    expect((await t.fail('lifecycle.request', { kind: 'cleanup', customerIds: [1], reason: '无效客户信息' })).code).toBe('FORBIDDEN');
    await as('archivist');
    const invalid = await file('无效客户甲', { phones: [{ number: '13900170001', kind: 'mobile' }] });
    const request = await t.call('lifecycle.request', { kind: 'cleanup', customerIds: [invalid.id], reason: '电话空号，多次联系不上', rule: 'noContact' });
    expect(request).toMatchObject({ status: 'submitted', kind: 'cleanup', items: [{ archiveNo: invalid.archiveNo, name: '无效客户甲', rule: 'noContact', categoryBefore: 'lost', statusBefore: 'active' }] });
    expect(request.approval!.steps.map((s) => s.roles)).toEqual([['salesManager']]);
    // Before it is carried out the sheet is the application form: it never claims a deletion.
    const application = (await printed(t.call('documents.printLifecycleRecord', { id: request.id }))).flatText();
    for (const text of ['客户档案清理申请审批表', `#${request.id}`, invalid.archiveNo, '本申请待审批，尚未执行', '均未删除', '申请人', '审批人']) expect(application, text).toContain(text);
    for (const text of ['客户档案清理记录', '已于执行时删除', '执行人：']) expect(application, text).not.toContain(text);
    expect((await t.fail('lifecycle.execute', { id: request.id })).code).toBe('LIFECYCLE_WRONG_STATE');
    expect((await t.fail('lifecycle.request', { kind: 'destruction', customerIds: [invalid.id], reason: '重复申请测试' })).code).toBe('LIFECYCLE_ALREADY_REQUESTED');
    // The requester cannot approve; the general manager is not who the rule names for cleanup.
    expect((await t.fail('lifecycle.decide', { id: request.id, approve: true, signOff: sign('archivist') })).code).toBe('SIGNOFF_SELF');
    expect((await t.fail('lifecycle.decide', { id: request.id, approve: true, signOff: sign('gm') })).code).toBe('APPROVAL_ROLE');

    await as('salesmgr');
    const waiting = await t.call('lifecycle.requests', { waitingForMe: true });
    expect(waiting.requests.map((r) => r.id)).toContain(request.id);
    const approved = await t.call('lifecycle.decide', { id: request.id, approve: true, note: '同意清理', signOff: sign('salesmgr') });
    expect(approved.status).toBe('approved');
    expect((await t.fail('lifecycle.execute', { id: request.id })).code).toBe('FORBIDDEN');

    await as('archivist');
    const done = await t.call('lifecycle.execute', { id: request.id });
    expect(done).toMatchObject({ status: 'executed', executedByName: 'archivist', items: [{ archiveNo: invalid.archiveNo, name: null }] });
    const tombstone = await t.call('customers.search', { query: invalid.archiveNo, status: 'cleaned' });
    expect(tombstone.rows.map((r) => r.archiveNo)).toEqual([invalid.archiveNo]);
    expect((await t.call('customers.search', { query: '无效客户甲' })).rows).toEqual([]);
    expect((await t.call('customers.search', { query: '无效客户甲', status: 'cleaned' })).rows).toEqual([]);
    // Executed once: never again.
    expect((await t.fail('lifecycle.execute', { id: request.id })).code).toBe('LIFECYCLE_WRONG_STATE');

    // The record kept and printed: heading, request, archive number, approver, executor, signature lines — never the name.
    const record = (await printed(t.call('documents.printLifecycleRecord', { id: request.id }))).flatText();
    for (const text of ['客户档案清理记录', `#${request.id}`, invalid.archiveNo, '销售经理', 'salesmgr', 'archivist', '申请人', '审批人', '执行人', '电话空号，多次联系不上', '已于执行时删除']) expect(record, text).toContain(text);
    expect(record).not.toContain('申请审批表');
    expect(record).not.toContain('监销人');
    expect(record).not.toContain('无效客户甲');
  });

  it('a request answers like a missing one to anyone its approvals do not name', async () => {
    await as('archivist');
    const f = await file('旁观客户');
    const request = await t.call('lifecycle.request', { kind: 'destruction', customerIds: [f.id], reason: '测试旁人看不到申请' });
    for (const who of ['sales_a', 'salesmgr']) {
      await as(who);
      expect(await t.fail('lifecycle.decide', { id: request.id, approve: true, signOff: sign(who) })).toEqual(await t.fail('lifecycle.decide', { id: 999_999, approve: true, signOff: sign(who) }));
      expect((await t.call('lifecycle.requests', {})).requests.map((r) => r.id)).not.toContain(request.id);
    }
    await as('gm');
    expect((await t.call('lifecycle.requests', { waitingForMe: true })).requests.map((r) => r.id)).toContain(request.id);
    await as('archivist');
    expect((await t.call('lifecycle.cancel', { id: request.id })).status).toBe('cancelled');
  });

  it('a rejected request is never carried out', async () => {
    await as('archivist');
    const f = await file('驳回客户');
    const request = await t.call('lifecycle.request', { kind: 'cleanup', customerIds: [f.id], reason: '测试驳回的清理申请' });
    await as('salesmgr');
    expect((await t.call('lifecycle.decide', { id: request.id, approve: false, note: '客户仍有购车意向', signOff: sign('salesmgr') })).status).toBe('rejected');
    await as('archivist');
    expect((await t.fail('lifecycle.execute', { id: request.id })).code).toBe('LIFECYCLE_WRONG_STATE');
    expect((await t.call('customers.get', { id: f.id })).customer.name).toBe('驳回客户');
  });
});

describe('destruction (销毁)', () => {
  let target: { id: number; archiveNo: string };
  let requestId: number;

  it('is refused while the paper file is out on loan, and erases everything once it is back', async () => {
    await as('archivist');
    target = await file(PERSON.name, { phones: [{ number: PERSON.phone, kind: 'mobile' }], idType: 'resident', idNumber: PERSON.idNumber, address: PERSON.address, retentionUntil: '2020-01-01' });
    await t.call('vehicles.save', { customerId: target.id, vehicle: { vin: PERSON.vin } });
    await t.call('customers.addRecord', { type: 'contact', customerId: target.id, record: { at: t.clock.now().toISOString(), method: 'phone', content: PERSON.contact } });
    await t.call('attachments.add', { customerId: target.id, attachment: { kind: 'idCard', fileName: 'id.png', mime: 'image/png', dataBase64: png } });
    const candidates = await t.call('lifecycle.candidates', { rule: 'pastRetention' });
    expect(candidates.candidates.map((c) => c.archiveNo)).toContain(target.archiveNo);

    // The paper file goes out on loan.
    await as('sales_a');
    const start = t.clock.now();
    const loan = await t.call('loans.create', { department: 'sales', kind: 'checkout', purpose: '核对合同', reason: '客户来电要求核对购车合同', customerIds: [target.id], startAt: start.toISOString(), endAt: new Date(start.getTime() + 24 * HOUR).toISOString() });
    await as('salesmgr');
    await t.call('loans.decide', { id: loan.id, step: 0, approve: true, signOff: sign('salesmgr') });
    await as('archivist');
    await t.call('loans.decide', { id: loan.id, step: 1, approve: true, signOff: sign('archivist') });
    await t.call('loans.checkout', { id: loan.id, receiver: sign('sales_a') });

    const request = await t.call('lifecycle.request', { kind: 'destruction', customerIds: [target.id], reason: '超过保管期限，依制度销毁', rule: 'pastRetention' });
    requestId = request.id;
    expect(request.approval!.steps.map((s) => s.roles)).toEqual([['generalManager']]);
    await as('gm');
    await t.call('lifecycle.decide', { id: request.id, approve: true, signOff: sign('gm') });
    await as('archivist');
    const refused = await t.fail('lifecycle.execute', { id: request.id });
    expect(refused).toMatchObject({ code: 'LIFECYCLE_LOAN_OUT', details: { archiveNo: target.archiveNo } });
    await t.call('loans.return', { id: loan.id, condition: '完好' });

    const before = decryptedCopy();
    for (const marker of [PERSON.name, PERSON.phone, PERSON.idNumber, PERSON.address, PERSON.vin, ATTACHMENT_MARKER]) expect(before.includes(Buffer.from(marker)), marker).toBe(true);

    const done = await t.call('lifecycle.execute', { id: request.id });
    expect(done.status).toBe('executed');
    const after = decryptedCopy();
    for (const marker of [PERSON.name, PERSON.phone, PERSON.idNumber, PERSON.address, PERSON.vin, PERSON.contact, ATTACHMENT_MARKER]) expect(after.includes(Buffer.from(marker)), marker).toBe(false);
    for (const path of allFiles(t.dataDir)) {
      const bytes = readFileSync(path);
      for (const marker of [PERSON.name, PERSON.phone, PERSON.idNumber, ATTACHMENT_MARKER]) expect(bytes.includes(Buffer.from(marker)), `${marker} in ${path}`).toBe(false);
    }
    expect((await t.call('customers.search', { query: PERSON.name })).rows).toEqual([]);
    expect((await t.call('customers.search', { query: PERSON.phone.slice(-4) })).rows.map((r) => r.archiveNo)).not.toContain(target.archiveNo);
    // The tombstone: archive number, category, dates; the file's own history keeps the entry.
    const card = await t.call('customers.get', { id: target.id });
    expect(card.customer).toMatchObject({ archiveNo: target.archiveNo, name: '', status: 'destroyed', category: 'lost' });
    expect(card.customer.phones).toEqual([]);
    expect(card.vehicles).toEqual([]);
    expect(card.attachments).toEqual([]);
    expect((await t.call('customers.history', { id: target.id })).some((e) => e.action === 'lifecycle.destroyed')).toBe(true);
  });

  it('records the shredding of the paper by one person, witnessed by another', async () => {
    await as('archivist');
    expect((await t.fail('lifecycle.confirmShredding', { id: requestId, shredder: sign('archivist'), witness: sign('archivist') })).code).toBe('SIGNOFF_SELF');
    const record = await t.call('lifecycle.confirmShredding', { id: requestId, shredder: sign('archivist'), witness: sign('clerk') });
    expect(record).toMatchObject({ status: 'executed', shreddedByName: 'archivist', witnessName: 'clerk' });
    expect(record.shreddedAt).not.toBeNull();
    expect((await t.fail('lifecycle.confirmShredding', { id: requestId, shredder: sign('archivist'), witness: sign('clerk') })).code).toBe('LIFECYCLE_WRONG_STATE');
    // The record stays, naming the file by number only.
    const records = await t.call('lifecycle.requests', { kind: 'destruction', status: 'executed' });
    expect(records.requests.find((r) => r.id === requestId)).toMatchObject({ items: [{ archiveNo: target.archiveNo, name: null, statusBefore: 'active' }] });
  });

  it('prints the destruction record and the certificate: headings, archive numbers, approvers, shredder, witness, signature lines', async () => {
    await as('archivist');
    const record = (await printed(t.call('documents.printLifecycleRecord', { id: requestId }))).flatText();
    for (const text of ['客户档案销毁记录', `#${requestId}`, target.archiveNo, 'gm', '总经理', '监销人', 'clerk', '执行人', '审批人', '超过保管期限']) expect(record, text).toContain(text);
    expect(record).not.toContain(PERSON.name);
    const certificate = (await printed(t.call('documents.printLifecycleRecord', { id: requestId, certificate: true }))).flatText();
    for (const text of ['客户档案销毁证明', target.archiveNo, '碎纸机粉碎', 'archivist', 'clerk', '监销人', '特此证明']) expect(certificate, text).toContain(text);
    await as('sales_a');
    expect((await t.fail('documents.printLifecycleRecord', { id: requestId })).code).toBe('FORBIDDEN');
  });
});

describe('restriction (封存)', () => {
  it('a restricted file is invisible to everyone but the archive admin, and comes back when lifted', async () => {
    await as('archivist');
    const f = await file('纠纷客户', { category: 'owner' });
    await as('salesmgr');
    const missing = await t.fail('customers.get', { id: 999_999 });
    expect((await t.call('customers.get', { id: f.id })).customer.name).toBe('纠纷客户');
    await as('archivist');
    const restricted = await t.call('lifecycle.restrict', { id: f.id, reason: '客户投诉纠纷处理中，需保留', reviewAt: '2027-06-30' });
    expect(restricted).toMatchObject({ archiveNo: f.archiveNo, reviewAt: '2027-06-30', reviewDue: false, restrictedByName: 'archivist' });
    expect((await t.call('customers.get', { id: f.id })).customer.status).toBe('restricted');
    expect((await t.call('lifecycle.restricted', {})).map((r) => r.archiveNo)).toContain(f.archiveNo);
    for (const who of ['salesmgr', 'sales_a', 'gm']) {
      await as(who);
      expect(await t.fail('customers.get', { id: f.id })).toEqual(missing);
      expect((await t.call('customers.search', { query: '纠纷客户' })).rows).toEqual([]);
    }
    expect((await t.fail('customers.search', { query: '纠纷客户', status: 'restricted' as never })).code).toBe('INVALID_INPUT');
    await as('archivist');
    await t.call('lifecycle.unrestrict', { id: f.id, reason: '纠纷已处理完毕' });
    await as('salesmgr');
    expect((await t.call('customers.get', { id: f.id })).customer.status).toBe('active');
  });
});
