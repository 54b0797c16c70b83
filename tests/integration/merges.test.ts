import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { customerReferences } from '../../electron/core/merges/mergeReferences';
import { creditCodeCheckChar } from '../../shared/validation/creditCode';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';

/**
 * 合并: a merge moves every record of the other file to the survivor, leaves a tombstone, needs the
 * following consultant's confirmation and the sales manager's signature, and undo within 30 days puts
 * both files back exactly as they were.
 */
let t: TestCore;
const ids: Record<string, number> = {};
const at = '2026-11-23T10:00:00+08:00';
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function db(): Database.Database {
  return t.core.openArchive!.db.sqlite;
}

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

const sign = (username: string) => ({ username, password: passwordOf(username) });

/** A file with one of every kind of record the archive keeps about a customer. */
async function fullFile(name: string, phone: string, vin: string, ownerId: number, extra: Record<string, unknown> = {}) {
  const card = await t.call('customers.create', {
    customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'intent', grade: 'A', ownerId, phones: [{ kind: 'mobile', number: phone }], ...extra },
    allowDuplicates: true,
  });
  const id = card.customer.id;
  await t.call('vehicles.save', { customerId: id, vehicle: { vin } });
  const vehicleId = (await t.call('customers.get', { id })).vehicles[0]!.id;
  await t.call('attachments.add', { customerId: id, attachment: { kind: 'idCard', fileName: 'id.png', mime: 'image/png', dataBase64: png } });
  await t.call('customers.addRecord', { type: 'contact', customerId: id, record: { at, method: 'phone', content: `回访${name}` } });
  await t.call('customers.addRecord', { type: 'feedback', customerId: id, record: { kind: 'complaint', receivedAt: at, content: '等待时间长' } });
  await t.call('customers.addRecord', { type: 'consent', customerId: id, record: { kind: 'marketing', givenAt: at, channel: 'paper' } });
  await t.call('customers.addRecord', { type: 'intention', customerId: id, record: { model: '轩逸' } });
  await t.call('customers.addRecord', { type: 'service', customerId: id, record: { vehicleId, kind: 'maintenance', date: '2026-11-20', items: '首保' } });
  await t.call('customers.setGrade', { id, category: 'intent', grade: 'H', reason: '试驾后' });
  await t.call('customers.moveFile', { id, location: { room: '档案室', cabinet: 'A', shelf: '1', box: '2', folder: String(id) }, reason: '归档' });
  return id;
}

/** Every row of every table that names either file, as stored. */
function rowsOf(fileIds: number[]) {
  const out: Record<string, unknown[]> = {};
  for (const ref of customerReferences.filter((r) => r.table !== 'customers' && r.table !== 'merges')) {
    const rows = db()
      .prepare(`SELECT * FROM "${ref.table}" WHERE "${ref.column}" IN (${fileIds.map(() => '?').join(',')})`)
      .all(...fileIds) as Array<Record<string, unknown>>;
    out[`${ref.table}.${ref.column}`] = rows.map((r) => JSON.stringify(r)).sort();
  }
  out['customers'] = (db().prepare(`SELECT * FROM customers WHERE id IN (${fileIds.map(() => '?').join(',')}) ORDER BY id`).all(...fileIds) as Array<Record<string, unknown>>).map(
    ({ version: _v, updated_at: _u, updated_by: _b, ...rest }) => rest,
  );
  return out;
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 400 * 86_400 });
  await setUpStore(t);
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['sales_b', 'consultant'], ['salesmgr', 'salesManager']] as const) ids[u] = (await addUser(t, u, role)).id;
  await as('archivist');
  ids['old'] = await fullFile('张伟', '13800138000', 'LSVAU218XN2183294', ids['sales_a']!, { birthDate: '1985-03-02' });
  ids['new'] = await fullFile('张 伟', '+86 139 0017 4321', 'LFV2A21KXE4171526', ids['sales_a']!, { email: 'zhangwei@example.com' });
  // The same number on both, typed differently: the survivor keeps one.
  await t.call('customers.update', {
    id: ids['new']!,
    version: (await t.call('customers.get', { id: ids['new']! })).customer.version,
    customer: { kind: 'person', name: '张 伟', sourceChannel: 'showroom', category: 'intent', grade: 'H', ownerId: ids['sales_a']!, email: 'zhangwei@example.com', phones: [{ kind: 'mobile', number: '+86 139 0017 4321' }, { kind: 'mobile', number: '138 0013 8000' }] },
    allowDuplicates: true,
  });
});
afterAll(() => t.dispose());

describe('every table that names a customer file is handled by a merge', () => {
  it('the live schema has no table naming a file that the merge does not know about', () => {
    const tables = (db().prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`).pluck().all() as string[]).sort();
    const naming: string[] = [];
    for (const table of tables) {
      const columns = db().prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>;
      const foreign = db().prepare(`PRAGMA foreign_key_list("${table}")`).all() as Array<{ table: string; from: string }>;
      for (const { name } of columns) {
        const refersToFile = foreign.some((f) => f.table === 'customers' && f.from === name) || /(^|_)customer(_id|_a|_b)?$|^(survivor|merged)_id$|^merged_into$|^to_customer_id$/.test(name);
        if (refersToFile) naming.push(`${table}.${name}`);
      }
    }
    expect(naming.length).toBeGreaterThan(12);
    expect(naming.sort()).toEqual(customerReferences.map((r) => `${r.table}.${r.column}`).sort());
  });
});

describe('a reviewed merge', () => {
  let mergeId: number;
  let before: Record<string, unknown[]>;

  it('shows both files side by side with what differs, and blocks nothing', async () => {
    const preview = await t.call('merges.preview', { survivorId: ids['old']!, mergedId: ids['new']! });
    expect(preview.differing).toEqual(expect.arrayContaining(['name', 'birthDate', 'email', 'location']));
    expect(preview.merged.phones).toEqual(['139****4321', '138****8000']);
    expect(preview.merged.records).toMatchObject({ vehicles: 1, contacts: 1, attachments: 1 });
    expect(preview.blocked).toBeNull();
  });

  it('is asked for, and waits for the following consultant and the sales manager', async () => {
    before = rowsOf([ids['old']!, ids['new']!]);
    const merge = await t.call('merges.request', { survivorId: ids['old']!, mergedId: ids['new']!, choices: { email: 'merged' }, reason: '同一客户重复建档' });
    mergeId = merge.id;
    expect(merge.status).toBe('pending');
    expect(merge.follower).toEqual({ id: ids['sales_a'], name: 'sales_a' });
    expect(merge.approval?.steps.map((s) => s.kind)).toEqual(['followerConfirms', 'approver']);
    // Nothing moved yet.
    expect(rowsOf([ids['old']!, ids['new']!])).toEqual(before);
  });

  it('another consultant cannot confirm for the one who follows the customer', async () => {
    const error = await t.fail('merges.decide', { id: mergeId, approve: true, signOff: sign('sales_b') });
    expect(error.code).toBe('SIGNOFF_WRONG_PERSON');
  });

  it('the sales manager cannot sign before the consultant has confirmed', async () => {
    const error = await t.fail('merges.decide', { id: mergeId, approve: true, signOff: sign('salesmgr') });
    expect(error.code).toBe('SIGNOFF_WRONG_PERSON');
  });

  it('once confirmed and signed, every record moves and the other file becomes a tombstone', async () => {
    await t.call('merges.decide', { id: mergeId, approve: true, note: '核实为同一人', signOff: sign('sales_a') });
    const merge = await t.call('merges.decide', { id: mergeId, approve: true, signOff: sign('salesmgr') });
    expect(merge.status).toBe('merged');
    expect(merge.canUndo).toBe(true);
    expect(merge.moved).toMatchObject({ vehicles: 1, contacts: 1, attachments: 1, feedback: 1, consents: 1, intentions: 1, service_records: 1, vehicle_owners: 1 });

    const survivor = await t.call('customers.get', { id: ids['old']! });
    expect(survivor.customer.archiveNo).toBe(before['customers']!.map((c) => (c as { archive_no: string }).archive_no)[0]);
    expect(survivor.customer.email).toBe('zhangwei@example.com');
    expect(survivor.customer.birthDate).toBe('1985-03-02');
    expect(survivor.customer.phones.map((p) => p.masked)).toEqual(['138****8000', '139****4321']);
    expect(survivor.vehicles).toHaveLength(2);
    expect(survivor.contacts).toHaveLength(2);
    expect(survivor.attachments).toHaveLength(2);

    for (const ref of customerReferences.filter((r) => r.handling.how === 'move' || r.handling.how === 'phones')) {
      const left = db().prepare(`SELECT count(*) FROM "${ref.table}" WHERE "${ref.column}" = ?`).pluck().get(ids['new']!);
      expect(left, ref.table).toBe(0);
    }
    const tombstone = db().prepare('SELECT status, merged_into, name, email, address FROM customers WHERE id = ?').get(ids['new']!);
    expect(tombstone).toEqual({ status: 'merged', merged_into: ids['old'], name: '张 伟', email: null, address: null });
    // The search finds the survivor by the phone the other file brought.
    const found = await t.call('customers.search', { query: '4321' });
    expect(found.rows.map((r) => r.id)).toEqual([ids['old']]);
  });

  it('is written to the log by archive number, never by name', () => {
    const entries = db().prepare(`SELECT action, summary, params FROM audit_log WHERE action LIKE 'merges.%' ORDER BY seq`).all() as Array<{ action: string; summary: string; params: string }>;
    expect(entries.map((e) => e.action)).toEqual(['merges.request', 'merges.approve', 'merges.approve', 'merges.merged']);
    for (const e of entries) expect(e.summary + e.params).not.toMatch(/张|13800138000|4321/);
  });

  it('undo restores both files and every record exactly as before', async () => {
    const merge = await t.call('merges.undo', { id: mergeId });
    expect(merge.status).toBe('undone');
    expect(merge.canUndo).toBe(false);
    expect(rowsOf([ids['old']!, ids['new']!])).toEqual(before);
    expect(db().prepare('SELECT snapshot FROM merges WHERE id = ?').pluck().get(mergeId)).toBeNull();
    expect((await t.call('customers.search', { query: '4321' })).rows.map((r) => r.id)).toEqual([ids['new']]);
  });
});

describe('what stops a merge, or its undo', () => {
  async function approvedMerge() {
    await as('archivist');
    const merge = await t.call('merges.request', { survivorId: ids['old']!, mergedId: ids['new']!, reason: '重复建档' });
    await t.call('merges.decide', { id: merge.id, approve: true, signOff: sign('sales_a') });
    return t.call('merges.decide', { id: merge.id, approve: true, signOff: sign('salesmgr') });
  }

  it('an edit of the survivor after the merge stops the undo', async () => {
    const merge = await approvedMerge();
    await t.call('customers.setGrade', { id: ids['old']!, category: 'intent', grade: 'B', reason: '暂缓' });
    expect((await t.fail('merges.undo', { id: merge.id })).code).toBe('MERGE_CHANGED_SINCE');
  });

  it('after 30 days the undo snapshot is erased and undo refused', async () => {
    const merge = (await t.call('merges.list', {})).find((m) => m.status === 'merged')!;
    t.clock.advance(31 * 86_400_000);
    expect((await t.fail('merges.undo', { id: merge.id })).code).toBe('MERGE_UNDO_EXPIRED');
    // The next merge command erases the snapshot (personal data) of every merge past its window.
    await t.fail('merges.request', { survivorId: ids['old']!, mergedId: ids['old']! + 1000, reason: 'x' });
    const third = await t.call('customers.create', { customer: { kind: 'person', name: '王五', sourceChannel: 'showroom', category: 'potential' } });
    const fourth = await t.call('customers.create', { customer: { kind: 'person', name: '王五', sourceChannel: 'showroom', category: 'potential' } });
    await t.call('merges.request', { survivorId: third.customer.id, mergedId: fourth.customer.id, reason: '重复' });
    expect(db().prepare('SELECT count(*) FROM merges WHERE snapshot IS NOT NULL').pluck().get()).toBe(0);
    expect((await t.call('merges.list', { status: 'merged' }))[0]!.canUndo).toBe(false);
  });

  it('a requester never signs their own merge', async () => {
    await as('salesmgr');
    const a = await t.call('customers.create', { customer: { kind: 'person', name: '赵六', sourceChannel: 'showroom', category: 'potential' } });
    const b = await t.call('customers.create', { customer: { kind: 'person', name: '赵六', sourceChannel: 'showroom', category: 'potential' } });
    const merge = await t.call('merges.request', { survivorId: a.customer.id, mergedId: b.customer.id, reason: '重复' });
    expect(merge.approval?.steps.map((s) => s.kind)).toEqual(['approver']);
    expect((await t.fail('merges.decide', { id: merge.id, approve: true, signOff: sign('salesmgr') })).code).toBe('SIGNOFF_SELF');
  });

  it('a file with a loan out, or of another kind, is not merged', async () => {
    await as('archivist');
    const a = await t.call('customers.create', { customer: { kind: 'person', name: '孙七', sourceChannel: 'showroom', category: 'potential' } });
    const b = await t.call('customers.create', { customer: { kind: 'person', name: '孙七', sourceChannel: 'showroom', category: 'potential' } });
    const code = `91110105MA01ABCD1`;
    const c = await t.call('customers.create', { customer: { kind: 'company', name: '孙七商贸有限公司', creditCode: code + creditCodeCheckChar(code), sourceChannel: 'showroom', category: 'potential' } });
    await t.call('loans.create', { department: 'archive', kind: 'view', purpose: '核对', reason: '核对档案', customerIds: [b.customer.id], startAt: new Date(t.clock.now().getTime() + 60_000).toISOString(), endAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(), submit: true });
    expect((await t.call('merges.preview', { survivorId: a.customer.id, mergedId: b.customer.id })).blocked).toBe('MERGE_LOAN_OPEN');
    expect((await t.fail('merges.request', { survivorId: a.customer.id, mergedId: b.customer.id, reason: '重复' })).code).toBe('MERGE_LOAN_OPEN');
    expect((await t.fail('merges.request', { survivorId: a.customer.id, mergedId: c.customer.id, reason: '重复' })).code).toBe('MERGE_KIND_DIFFERS');
  });

  it('a consultant does not see merges of files that are not theirs', async () => {
    await as('sales_b');
    expect(await t.call('merges.list', {})).toEqual([]);
  });
});
