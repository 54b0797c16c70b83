import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerInput } from '../../shared/customers/customerSchemas';
import { residentIdCheckChar } from '../../shared/validation/residentId';
import { addUser, makeCore, passwordOf, setUpStore, ADMIN, type TestCore } from './support/testCore';

let t: TestCore;
let consultantA: number;
let consultantB: number;

const zhang: CustomerInput = {
  kind: 'person',
  name: '张三',
  idType: 'resident',
  idNumber: '11010519491231002x',
  phones: [{ number: '+86 139-0017-4321', kind: 'mobile' }],
  sourceChannel: 'showroom',
  category: 'intent',
  grade: 'H',
  region: '朝阳区',
  address: '北京市朝阳区建国路 1 号',
  location: { room: '档案室', cabinet: 'A', shelf: '2', box: '5', folder: '18' },
};

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  await addUser(t, 'archivist', 'archiveAdmin', '档案员小周');
  consultantA = (await addUser(t, 'sales_a', 'consultant', '顾问甲')).id;
  consultantB = (await addUser(t, 'sales_b', 'consultant', '顾问乙')).id;
  await addUser(t, 'manager', 'salesManager', '销售经理');
});
afterAll(() => t.dispose());

describe('customer files', () => {
  let id: number;

  it('a consultant opens a file: numbered, normalised, masked, owned by them, with derived birth date and gender', async () => {
    await as('sales_a');
    const card = await t.call('customers.create', { customer: zhang });
    id = card.customer.id;
    expect(card.customer.archiveNo).toMatch(/^KD\d{4}\d{6}$/);
    expect(card.customer.ownerId).toBe(consultantA);
    expect(card.customer.phones[0]?.masked).toBe('139****4321');
    expect(card.customer.idNumberMasked).toBe('110105********002X');
    expect(card.customer).toMatchObject({ birthDate: '1949-12-31', gender: 'female' });
    expect(JSON.stringify(card)).not.toContain('13900174321');
    expect(JSON.stringify(card)).not.toContain('19491231');
    expect(card.grades).toHaveLength(1);
    expect(card.locations[0]).toMatchObject({ text: '档案室 A柜 2架 5盒 18卷', from: null, to: { room: '档案室', cabinet: 'A', shelf: '2', box: '5', folder: '18' }, reason: '建档' });
    expect(card.customer.followUp.state).toBe('ok');
  });

  it('every related record type is added and read back on the card', async () => {
    await t.call('vehicles.save', { customerId: id, vehicle: { vin: '1m8gdm9axkp042788', plate: '京A·12345', brand: '别克', model: '君威', priceCents: 18_990_000, paymentMethod: 'loan' } });
    await t.call('customers.addRecord', { type: 'intention', customerId: id, record: { model: '君越 2.0T', budgetMin: 200000, budgetMax: 260000, focus: '油耗、空间', tradeIn: '2015 款凯美瑞' } });
    await t.call('customers.addRecord', { type: 'contact', customerId: id, record: { at: t.clock.now().toISOString(), method: 'phone', content: '邀约周六试驾', nextStep: '试驾', nextAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() } });
    const withVehicle = await t.call('customers.get', { id });
    const vehicleId = withVehicle.vehicles[0]!.id;
    await t.call('customers.addRecord', { type: 'service', customerId: id, record: { vehicleId, kind: 'firstService', date: '2026-11-20', mileage: 5012, items: '更换机油机滤', costCents: 0, technician: '李师傅' } });
    await t.call('customers.addRecord', { type: 'feedback', customerId: id, record: { kind: 'complaint', receivedAt: t.clock.now().toISOString(), content: '保养等待时间过长' } });
    await t.call('customers.addRecord', { type: 'consent', customerId: id, record: { kind: 'marketing', givenAt: t.clock.now().toISOString(), channel: 'paper' } });
    const card = await t.call('customers.get', { id });
    expect(card.vehicles[0]).toMatchObject({ vin: '1M8GDM9AXKP042788', plate: '京A12345', priceCents: 18_990_000 });
    expect(card.intentions[0]).toMatchObject({ model: '君越 2.0T', budgetMax: 260000, byName: '顾问甲' });
    expect(card.contacts[0]).toMatchObject({ method: 'phone', content: '邀约周六试驾', byName: '顾问甲' });
    expect(card.services[0]).toMatchObject({ kind: 'firstService', mileage: 5012, vehicleId });
    expect(card.feedback[0]).toMatchObject({ kind: 'complaint', closedAt: null });
    expect(card.consents[0]).toMatchObject({ kind: 'marketing', withdrawnAt: null });
    expect(card.customer.lastContactAt).not.toBeNull();

    const closed = await t.call('customers.updateFeedback', { id: card.feedback[0]!.id, record: { kind: 'complaint', receivedAt: card.feedback[0]!.receivedAt, content: '保养等待时间过长', handling: '增开工位', result: '客户认可', closedAt: t.clock.now().toISOString(), satisfaction: 4 } });
    expect(closed.feedback[0]).toMatchObject({ result: '客户认可', satisfaction: 4 });
    const withdrawn = await t.call('customers.withdrawConsent', { id: card.consents[0]!.id, at: t.clock.now().toISOString() });
    expect(withdrawn.consents[0]?.withdrawnAt).not.toBeNull();
  });

  it('an update needs the version it started from and records grade and location history', async () => {
    const card = await t.call('customers.get', { id });
    const updated = await t.call('customers.update', { id, version: card.customer.version, customer: { ...zhang, grade: 'A', location: { room: '档案室', cabinet: 'B', shelf: '1', box: '1', folder: '1' } }, reason: '预计下月购车' });
    expect(updated.customer.grade).toBe('A');
    expect(updated.grades[0]).toMatchObject({ grade: 'A', reason: '预计下月购车' });
    expect(updated.locations).toHaveLength(2);
    expect(updated.locations[0]).toMatchObject({ from: { cabinet: 'A' }, to: { cabinet: 'B' }, reason: '预计下月购车' });
    const stale = await t.fail('customers.update', { id, version: card.customer.version, customer: zhang });
    expect(stale.code).toBe('CONFLICT');
  });

  it('the paper file moves only with a reason, and only somewhere else; the history keeps from, to, who and why', async () => {
    const card = await t.call('customers.get', { id });
    const elsewhere = { room: '档案室', cabinet: 'C', shelf: '4', box: '13', folder: '85' };
    const silent = await t.fail('customers.update', { id, version: card.customer.version, customer: { ...zhang, grade: 'A', location: elsewhere } });
    expect(silent.fields).toEqual([{ path: 'reason', code: 'MOVE_REASON_REQUIRED' }]);
    expect((await t.call('customers.get', { id })).customer.location).toMatchObject({ cabinet: 'B' });
    const here = (await t.call('customers.get', { id })).customer.location!;
    expect((await t.fail('customers.moveFile', { id, location: here, reason: '盘点' })).fields).toEqual([{ path: 'location.room', code: 'LOCATION_UNCHANGED' }]);
    const moved = await t.call('customers.moveFile', { id, location: elsewhere, reason: '整理档案柜' });
    expect(moved.locations[0]).toMatchObject({ from: here, to: elsewhere, text: '档案室 C柜 4架 13盒 85卷', reason: '整理档案柜', byName: '顾问甲' });
    // An edit that leaves the place alone needs no reason.
    await t.call('customers.update', { id, version: moved.customer.version, customer: { ...zhang, grade: 'A', location: elsewhere, note: '备注' } });
  });

  it('an invalid save writes nothing and names each bad field', async () => {
    const before = (await t.call('customers.search', { query: '' })).total;
    const auditBefore = t.core.openArchive!.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get();
    const error = await t.fail('customers.create', {
      customer: { ...zhang, name: '李四', idNumber: '110105194912310021', phones: [{ number: '1390017', kind: 'mobile' }] },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields?.map((f) => [f.path, f.code])).toEqual(expect.arrayContaining([['customer.idNumber', 'ID_CHECKSUM'], ['customer.phones.0.number', 'MOBILE_FORMAT']]));
    expect((await t.call('customers.search', { query: '' })).total).toBe(before);
    expect(t.core.openArchive!.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(auditBefore);
    const badVin = await t.fail('vehicles.save', { customerId: id, vehicle: { vin: '1M8GDM9A1KP042788' } });
    expect(badVin.fields?.[0]).toMatchObject({ path: 'vehicle.vin', code: 'VIN_CHECK_DIGIT' });
  });

  it('a birth date after today, typed or inside the ID number, is refused by the core clock', async () => {
    const today = t.clock.now();
    const tomorrow = new Date(today.getTime() + 86_400_000);
    const ymd = `${tomorrow.getFullYear()}${String(tomorrow.getMonth() + 1).padStart(2, '0')}${String(tomorrow.getDate()).padStart(2, '0')}`;
    const first17 = `110105${ymd}002`;
    const unborn = first17 + residentIdCheckChar(first17);
    const byId = await t.fail('customers.create', { customer: { ...zhang, name: '未出生', idNumber: unborn, phones: [] } });
    expect(byId.fields).toEqual([{ path: 'customer.idNumber', code: 'ID_BIRTH_DATE' }]);
    const typed = await t.fail('customers.create', { customer: { ...zhang, name: '未出生', idType: null, idNumber: null, birthDate: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`, phones: [] } });
    expect(typed.fields).toEqual([{ path: 'customer.birthDate', code: 'BIRTH_DATE_FUTURE' }]);
    expect((await t.call('customers.search', { query: '未出生' })).total).toBe(0);
  });

  it('the owner picker lists active consultants and sales managers by name, never their usernames', async () => {
    await as('sales_a');
    const staff = await t.call('users.staff', {});
    expect(staff.map((s) => [s.displayName, s.role]).sort()).toEqual([
      ['销售经理', 'salesManager'],
      ['顾问乙', 'consultant'],
      ['顾问甲', 'consultant'],
    ].sort());
    expect(JSON.stringify(staff)).not.toContain('sales_a');
  });

  it('a vehicle moved to another customer keeps its history (one car, one file)', async () => {
    const buyer = await t.call('customers.create', { customer: { kind: 'person', name: '王五', sourceChannel: 'referral', category: 'owner', phones: [{ number: '13800138000', kind: 'mobile' }] } });
    const vehicle = (await t.call('customers.get', { id })).vehicles[0]!;
    const moved = await t.call('vehicles.transfer', { vehicleId: vehicle.id, toCustomerId: buyer.customer.id, reason: '二手车过户' });
    expect(moved.customerId).toBe(buyer.customer.id);
    const owners = await t.call('vehicles.owners', { vehicleId: vehicle.id });
    expect(owners.map((o) => [o.customerName, o.toAt === null])).toEqual([['张三', false], ['王五', true]]);
    expect((await t.call('customers.get', { id })).vehicles).toHaveLength(0);
    expect((await t.call('customers.search', { query: '042788' })).rows.map((r) => r.name)).toEqual(['王五']);
    const again = await t.fail('vehicles.save', { customerId: id, vehicle: { vin: vehicle.vin } });
    expect(again.fields?.[0]?.code).toBe('VIN_EXISTS');
    // Service history recorded under the old owner stays with that file.
    expect((await t.call('customers.get', { id })).services).toHaveLength(1);
  });

  it('names that look like markup or SQL are stored and returned as plain text', async () => {
    for (const name of ['<img src=x onerror=alert(1)>', "'); DROP TABLE customers;--"]) {
      const card = await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'online', category: 'potential' } });
      expect((await t.call('customers.get', { id: card.customer.id })).customer.name).toBe(name);
    }
    expect((await t.call('customers.search', { query: 'DROP' })).rows.map((r) => r.name)).toContain("'); DROP TABLE customers;--");
  });
});

describe('who sees which file', () => {
  it('a consultant can neither open nor find another consultant’s customer', async () => {
    await as('sales_a');
    const mine = await t.call('customers.create', { customer: { kind: 'person', name: '赵敏', sourceChannel: 'phone', category: 'potential', phones: [{ number: '13712345678', kind: 'mobile' }] } });
    await as('sales_b');
    expect((await t.fail('customers.get', { id: mine.customer.id })).code).toBe('NOT_FOUND');
    expect((await t.call('customers.search', { query: '赵敏' })).total).toBe(0);
    expect((await t.call('customers.search', { query: 'zm' })).rows.map((r) => r.id)).not.toContain(mine.customer.id);
    expect((await t.fail('customers.addRecord', { type: 'contact', customerId: mine.customer.id, record: { at: t.clock.now().toISOString(), method: 'phone', content: 'x' } })).code).toBe('NOT_FOUND');
    const own = await t.call('customers.create', { customer: { kind: 'person', name: '赵敏敏', sourceChannel: 'phone', category: 'potential', ownerId: consultantA } });
    expect(own.customer.ownerId).toBe(consultantB);
  });

  it('a manager sees every consultant’s files; a consultant cannot search by phone digits they may not reveal', async () => {
    await as('manager');
    expect((await t.call('customers.search', { query: '赵敏' })).total).toBeGreaterThanOrEqual(1);
    expect((await t.call('customers.search', { query: '2345678' })).rows.map((r) => r.name)).toContain('赵敏');
    await as('sales_a');
    expect((await t.call('customers.search', { query: '2345678' })).rows.map((r) => r.name)).not.toContain('赵敏');
  });

  it('secret files stay hidden from roles without the clearance', async () => {
    await as('manager');
    const secret = await t.call('customers.create', { customer: { kind: 'person', name: '秘密客户', sourceChannel: 'event', category: 'vip', secrecy: 'secret', ownerId: consultantA } });
    await as('sales_a');
    expect((await t.fail('customers.get', { id: secret.customer.id })).code).toBe('NOT_FOUND');
    await as('manager');
    const forbidden = await t.fail('customers.create', { customer: { kind: 'person', name: '机密客户', sourceChannel: 'event', category: 'vip', secrecy: 'confidential' } });
    expect(forbidden.code).toBe('FORBIDDEN');
  });

  it('a reveal shows one value in full and writes exactly one audit entry, without the value', async () => {
    await as('archivist');
    const found = (await t.call('customers.search', { query: '张三' })).rows[0]!;
    const count = () => (t.core.openArchive!.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = count();
    expect(await t.call('customers.reveal', { id: found.id, field: 'phone' })).toEqual({ value: '13900174321' });
    expect(count()).toBe(before + 1);
    const history = await t.call('customers.history', { id: found.id });
    expect(history[0]).toMatchObject({ action: 'customers.reveal', actorName: '档案员小周' });
    expect(JSON.stringify(history)).not.toContain('13900174321');
    expect(await t.call('customers.reveal', { id: found.id, field: 'idNumber' })).toEqual({ value: '11010519491231002X' });
    await as('sales_a');
    expect((await t.fail('customers.reveal', { id: found.id, field: 'phone' })).code).toBe('FORBIDDEN');
  });

  it('a consultant who cannot reveal edits a file and keeps its phone and ID number without seeing them', async () => {
    await as('sales_a');
    const id = (await t.call('customers.search', { query: '张三' })).rows[0]!.id;
    const card = await t.call('customers.get', { id });
    const kept = { ...zhang, idNumber: null, keepIdNumber: true, phones: [{ keepId: card.customer.phones[0]!.id, kind: 'mobile' as const }, { number: '010-6512 3456', kind: 'other' as const }] };
    const mismatch = await t.fail('customers.update', { id, version: card.customer.version, customer: { ...kept, birthDate: '1950-01-01' } });
    expect(mismatch.fields).toEqual([{ path: 'customer.birthDate', code: 'ID_BIRTH_DATE_MISMATCH' }]);
    const foreign = await t.fail('customers.update', { id, version: card.customer.version, customer: { ...kept, phones: [{ keepId: 999_999, kind: 'mobile' }] } });
    expect(foreign.fields).toEqual([{ path: 'customer.phones.0.number', code: 'PHONE_UNKNOWN' }]);
    // The form puts the paper file back where it was first filed, so it says why.
    const saved = await t.call('customers.update', { id, version: card.customer.version, customer: { ...kept, address: '北京市朝阳区建国路 2 号' }, reason: '放回原处' });
    expect(saved.customer.address).toBe('北京市朝阳区建国路 2 号');
    // The history says which fields changed, in Chinese, never their values.
    const entry = (await t.call('customers.history', { id }))[0]!;
    expect(entry.action).toBe('customers.update');
    expect(entry.summary).toMatch(new RegExp(`^${card.customer.archiveNo}：修改 地址、.*电话（放回原处）$`));
    expect(entry.summary).not.toMatch(/\d{4}$/);
    expect(saved.customer.idNumberMasked).toBe('110105********002X');
    expect(saved.customer.phones.map((p) => p.masked)).toEqual(['139****4321', '********3456']);
    await as('archivist');
    expect(await t.call('customers.reveal', { id, field: 'idNumber' })).toEqual({ value: '11010519491231002X' });
    expect(await t.call('customers.reveal', { id, field: 'phone', phoneId: saved.customer.phones[0]!.id })).toEqual({ value: '13900174321' });
    expect((await t.call('customers.search', { query: '4321' })).rows.map((r) => r.id)).toContain(id);
    // Not keeping it and sending none removes the stored number.
    const removed = await t.call('customers.update', { id, version: saved.customer.version, customer: { ...kept, keepIdNumber: false, idNumber: null, phones: [{ keepId: saved.customer.phones[0]!.id, kind: 'mobile' }] } });
    expect(removed.customer.idNumberMasked).toBeNull();
    expect(removed.customer.missing).toContain('idNumber');
    await as('sales_a');
  });
});

describe('search', () => {
  beforeAll(async () => {
    await as('archivist');
    const people: CustomerInput[] = [
      { kind: 'person', name: '欧阳娜娜', sourceChannel: 'online', category: 'potential', phones: [{ number: '15011112222', kind: 'mobile' }] },
      { kind: 'person', name: '李娜', sourceChannel: 'online', category: 'potential' },
      { kind: 'person', name: '单雄信', sourceChannel: 'online', category: 'potential' },
      { kind: 'company', name: '北京顺达物流有限公司', creditCode: '91350100M000100Y43', contactPerson: '钱经理', sourceChannel: 'otherDealer', category: 'deal' },
    ];
    for (const customer of people) await t.call('customers.create', { customer });
    const nana = (await t.call('customers.search', { query: '欧阳' })).rows[0]!;
    await t.call('vehicles.save', { customerId: nana.id, vehicle: { vin: 'LSVAM4187C2184847', plate: '沪AD12345' } });
  });

  const names = async (query: string) => (await t.call('customers.search', { query })).rows.map((r) => r.name);

  it.each([
    ['a two-character Chinese name', '李娜', ['李娜']],
    ['part of a name', '娜娜', ['欧阳娜娜']],
    ['full pinyin', 'ouyangnana', ['欧阳娜娜']],
    ['pinyin of the given name', 'nana', ['欧阳娜娜']],
    ['pinyin initials', 'oynn', ['欧阳娜娜']],
    ['a surname read as a surname', 'shanxiongxin', ['单雄信']],
    ['a phone tail', '2222', ['欧阳娜娜']],
    ['digits from the middle of a phone', '11112', ['欧阳娜娜']],
    ['a plate', '沪AD123', ['欧阳娜娜']],
    ['a plate tail', 'D12345', ['欧阳娜娜']],
    ['the last six of a VIN', '184847', ['欧阳娜娜']],
    ['a company name fragment', '顺达', ['北京顺达物流有限公司']],
    ['a company contact person', '钱经理', ['北京顺达物流有限公司']],
  ])('finds by %s (%s)', async (_what, query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('finds by archive number', async () => {
    const row = (await t.call('customers.search', { query: '李娜' })).rows[0]!;
    expect(await names(row.archiveNo.toLowerCase())).toEqual(['李娜']);
  });

  it('filters and sorts', async () => {
    const deals = await t.call('customers.search', { query: '', category: 'deal' });
    expect(deals.rows.every((r) => r.category === 'deal')).toBe(true);
    const byName = await t.call('customers.search', { query: '', sort: 'archiveNo', limit: 3 });
    expect(byName.rows.map((r) => r.archiveNo)).toEqual([...byName.rows.map((r) => r.archiveNo)].sort());
    expect(byName.total).toBeGreaterThan(3);
  });
});

describe('follow-up cadence', () => {
  it('an H-grade customer not contacted for more than two days is overdue on the owner’s list', async () => {
    await as('sales_b');
    const card = await t.call('customers.create', { customer: { kind: 'person', name: '跟进测试', sourceChannel: 'showroom', category: 'intent', grade: 'H' } });
    expect((await t.call('customers.followUps', { include: 'overdue' })).rows.map((r) => r.id)).not.toContain(card.customer.id);
    t.clock.advance(3 * 86_400_000);
    const overdue = (await t.call('customers.followUps', { include: 'overdue' })).rows;
    expect(overdue.map((r) => r.id)).toContain(card.customer.id);
    expect(overdue.find((r) => r.id === card.customer.id)?.followUp.state).toBe('overdue');
    // The manager sees it on everyone's list and on sales_b's, not on sales_a's.
    await as('manager');
    const ofOwner = async (ownerId?: number) => (await t.call('customers.followUps', { include: 'overdue', ...(ownerId ? { ownerId } : {}) })).rows.map((r) => r.id);
    expect(await ofOwner()).toContain(card.customer.id);
    expect(await ofOwner(consultantB)).toContain(card.customer.id);
    expect(await ofOwner(consultantA)).not.toContain(card.customer.id);
    await as('sales_b');
    await t.call('customers.addRecord', { type: 'contact', customerId: card.customer.id, record: { at: t.clock.now().toISOString(), method: 'visit', content: '到店' } });
    expect((await t.call('customers.followUps', { include: 'overdue' })).rows.map((r) => r.id)).not.toContain(card.customer.id);
    await as('sales_a');
    expect((await t.call('customers.followUps', { include: 'due' })).rows.map((r) => r.id)).not.toContain(card.customer.id);
  });

  it('comes from the settings: a new interval moves every due date, and an O file stops at delivery', async () => {
    const store = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
    const asUser = async (username: string, password: string) => {
      await store.call('auth.logout', {});
      await store.call('auth.login', { username, password });
    };
    try {
      await setUpStore(store);
      await addUser(store, 'keeper', 'archiveAdmin', '档案员');
      await asUser('keeper', passwordOf('keeper'));
      const hot = await store.call('customers.create', { customer: { kind: 'person', name: '热线客户', sourceChannel: 'phone', category: 'intent', grade: 'H' } });
      const ordered = await store.call('customers.create', { customer: { kind: 'person', name: '订车客户', sourceChannel: 'phone', category: 'deal', grade: 'O' } });
      const days = (iso: string | null) => (iso ? Math.round((new Date(iso).getTime() - new Date(hot.customer.createdAt).getTime()) / 86_400_000) : null);
      expect(days(hot.customer.followUp.dueAt)).toBe(2);

      await asUser(ADMIN.username, ADMIN.password);
      const settings = await store.call('settings.update', { followUpDaysH: 1 });
      expect(settings.followUpDaysH).toBe(1);
      expect((await store.call('audit.list', { action: 'settings.update', limit: 1 })).entries[0]?.summary).toBe('修改 H 级跟进间隔（天） 2 → 1；1 份档案的下次跟进日期随之调整');
      await asUser('keeper', passwordOf('keeper'));
      expect(days((await store.call('customers.get', { id: hot.customer.id })).customer.followUp.dueAt)).toBe(1);

      store.clock.advance(5 * 86_400_000);
      expect((await store.call('customers.followUps', { include: 'overdue' })).rows.map((r) => r.name).sort()).toEqual(['热线客户', '订车客户'].sort());
      await store.call('vehicles.save', { customerId: ordered.customer.id, vehicle: { vin: '1M8GDM9AXKP042788', deliveryDate: '2026-11-20' } });
      expect((await store.call('customers.get', { id: ordered.customer.id })).customer.followUp.state).toBe('none');
      expect((await store.call('customers.followUps', { include: 'overdue' })).rows.map((r) => r.name)).toEqual(['热线客户']);
    } finally {
      store.dispose();
    }
  });

  it('closing a deal makes the grade O (order placed) and a kept or lost customer has none, whatever the form sent', async () => {
    await as('sales_b');
    const card = await t.call('customers.create', { customer: { kind: 'person', name: '成交测试', sourceChannel: 'showroom', category: 'intent', grade: 'B' } });
    const dealt = await t.call('customers.setGrade', { id: card.customer.id, category: 'deal', grade: 'B', reason: '已签合同' });
    expect(dealt.customer).toMatchObject({ category: 'deal', grade: 'O' });
    expect(dealt.grades[0]).toMatchObject({ category: 'deal', grade: 'O', reason: '已签合同' });
    const kept = await t.call('customers.setGrade', { id: card.customer.id, category: 'owner', grade: 'H', reason: '已交车' });
    expect(kept.customer).toMatchObject({ category: 'owner', grade: null });
    const lost = await t.call('customers.create', { customer: { kind: 'person', name: '战败测试', sourceChannel: 'showroom', category: 'lost', grade: 'A' } });
    expect(lost.customer.grade).toBeNull();
  });
});

describe('the follow-up list', () => {
  it('comes a page at a time, most overdue first, with the total the pager needs', async () => {
    const store = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
    try {
      await setUpStore(store);
      await addUser(store, 'keeper', 'archiveAdmin', '档案员');
      await store.call('auth.logout', {});
      await store.call('auth.login', { username: 'keeper', password: passwordOf('keeper') });
      // 25 H-grade files made a day apart: the first is the most overdue once the clock moves on.
      for (let i = 1; i <= 25; i += 1) {
        await store.call('customers.create', { customer: { kind: 'person', name: `跟进分页${String(i).padStart(2, '0')}`, sourceChannel: 'phone', category: 'intent', grade: 'H' } });
        store.clock.advance(86_400_000);
      }
      store.clock.advance(10 * 86_400_000);
      const first = await store.call('customers.followUps', { include: 'overdue' });
      expect(first.total).toBe(25);
      expect(first.rows).toHaveLength(20);
      expect(first.rows[0]?.name).toBe('跟进分页01');
      const second = await store.call('customers.followUps', { include: 'overdue', offset: 20, limit: 20 });
      expect(second.total).toBe(25);
      expect(second.rows.map((r) => r.name)).toEqual(['跟进分页21', '跟进分页22', '跟进分页23', '跟进分页24', '跟进分页25']);
      expect((await store.call('customers.followUps', { include: 'overdue', offset: 40 })).rows).toEqual([]);
      expect((await store.fail('customers.followUps', { include: 'overdue', limit: 201 })).code).toBe('INVALID_INPUT');
    } finally {
      store.dispose();
    }
  });
});

describe('long-uncontacted files', () => {
  it('are flagged after the number of days the store set, on the card and in the list', async () => {
    const store = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
    try {
      await setUpStore(store);
      await addUser(store, 'keeper', 'archiveAdmin', '档案员');
      const asUser = async (username: string, password: string) => {
        await store.call('auth.logout', {});
        await store.call('auth.login', { username, password });
      };
      await asUser('keeper', passwordOf('keeper'));
      const card = await store.call('customers.create', { customer: { kind: 'person', name: '久未联系', sourceChannel: 'phone', category: 'owner' } });
      store.clock.advance(8 * 86_400_000);
      const stale = async () => [(await store.call('customers.get', { id: card.customer.id })).customer.stale, (await store.call('customers.search', { query: '久未联系' })).rows[0]?.stale];
      expect(await stale()).toEqual([false, false]);
      await asUser(ADMIN.username, ADMIN.password);
      await store.call('settings.update', { staleDays: 7 });
      await asUser('keeper', passwordOf('keeper'));
      expect(await stale()).toEqual([true, true]);
      expect((await store.call('customers.followUps', { include: 'stale' })).rows.map((r) => r.name)).toEqual(['久未联系']);
    } finally {
      store.dispose();
    }
  });
});


describe('search across every plane of Chinese characters, saying why each file matched', () => {
  it('one character outside the Basic Multilingual Plane finds every name holding it', async () => {
    await as('archivist');
    const rare = await t.call('customers.create', { customer: { kind: 'person', name: '𠮷䶮', sourceChannel: 'showroom', category: 'potential' } });
    const twice = await t.call('customers.create', { customer: { kind: 'person', name: '𠮷𠮷', sourceChannel: 'showroom', category: 'potential' } });
    const extG = await t.call('customers.create', { customer: { kind: 'person', name: '王𰻞', sourceChannel: 'showroom', category: 'potential' } });
    const ids = async (query: string) => (await t.call('customers.search', { query })).rows.map((r) => r.id);
    expect(await ids('𠮷')).toEqual(expect.arrayContaining([rare.customer.id, twice.customer.id]));
    expect(await ids('䶮')).toContain(rare.customer.id);
    expect(await ids('𰻞')).toEqual([extG.customer.id]);
    expect((await t.call('customers.search', { query: '𠮷', category: 'potential' })).rows.map((r) => r.id)).toEqual(expect.arrayContaining([rare.customer.id, twice.customer.id]));
  });

  it('each row says which field matched: the typed phone digits, the whole plate, the VIN tail, the archive number', async () => {
    await as('archivist');
    const card = await t.call('customers.create', { customer: { kind: 'person', name: '匹配说明', sourceChannel: 'showroom', category: 'potential', phones: [{ kind: 'mobile', number: '13811112300' }] } });
    await t.call('vehicles.save', { customerId: card.customer.id, vehicle: { vin: 'LGBH52E08DY123456', plate: '鲁JZSP98' } });
    const match = async (query: string) => (await t.call('customers.search', { query })).rows.find((r) => r.id === card.customer.id)?.matched;
    expect(await match('2300')).toEqual({ field: 'phone', value: '2300' });
    expect(await match('JZSP')).toEqual({ field: 'plate', value: '鲁JZSP98' });
    expect(await match('123456')).toEqual({ field: 'vin', value: '123456' });
    expect(await match(card.customer.archiveNo)).toEqual({ field: 'archiveNo', value: card.customer.archiveNo });
    expect(await match('匹配')).toEqual({ field: 'name', value: '匹配' });
    expect((await t.call('customers.search', { query: '' })).rows[0]?.matched).toBeNull();
  });
});

describe('a second file with the same phone, ID number or VIN', () => {
  it('is held back until the user has seen the match; the match names a file the user may not see by archive number only', async () => {
    await as('sales_a');
    const first = await t.call('customers.create', { customer: { kind: 'person', name: '王小明', sourceChannel: 'showroom', category: 'potential', phones: [{ kind: 'mobile', number: '13922223333' }] } });
    const again = { kind: 'person' as const, name: '王小明', sourceChannel: 'showroom' as const, category: 'potential' as const, phones: [{ kind: 'mobile' as const, number: '139 2222 3333' }] };
    expect((await t.fail('customers.create', { customer: again })).code).toBe('CUSTOMER_DUPLICATE');
    expect(await t.call('customers.matches', { phones: ['+86 139-2222-3333'] })).toEqual([{ archiveNo: first.customer.archiveNo, customerId: first.customer.id, name: '王小明', fields: ['phone'] }]);
    // Another consultant sees that the number is on file, but not whose it is.
    await as('sales_b');
    expect(await t.call('customers.matches', { phones: ['13922223333'] })).toEqual([{ archiveNo: first.customer.archiveNo, customerId: null, name: null, fields: ['phone'] }]);
    const second = await t.call('customers.create', { customer: again, allowDuplicates: true });
    expect(second.customer.id).not.toBe(first.customer.id);
    // Editing a file without touching its phone does not ask again; a new matching ID number does.
    await t.call('customers.update', { id: second.customer.id, version: second.customer.version, customer: { ...again, phones: [{ kind: 'mobile', keepId: second.customer.phones[0]!.id }], note: '改备注' } });
    await as('archivist');
    expect(await t.call('customers.matches', { phones: [], vins: ['LGBH52E08DY123456'] })).toEqual([expect.objectContaining({ fields: ['vin'], name: '匹配说明' })]);
  });

  it('a landline the save refuses is one the matches name, so the form can show what it refused', async () => {
    await as('archivist');
    const office = await t.call('customers.create', { customer: { kind: 'company', name: '座机公司', creditCode: '91350100M000100Y43', sourceChannel: 'showroom', category: 'potential', phones: [{ kind: 'other', number: '010-6552 8899' }] } });
    const again = { kind: 'person' as const, name: '座机个人', sourceChannel: 'showroom' as const, category: 'potential' as const, phones: [{ kind: 'other' as const, number: '010-65528899' }] };
    expect((await t.fail('customers.create', { customer: again })).code).toBe('CUSTOMER_DUPLICATE');
    expect(await t.call('customers.matches', { phones: ['010-6552 8899'] })).toEqual([{ archiveNo: office.customer.archiveNo, customerId: office.customer.id, name: '座机公司', fields: ['phone'] }]);
    expect(await t.call('customers.matches', { phones: ['010'] })).toEqual([]);
  });
});
