import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, channels, type ChannelName } from '../../shared/contract/channels';
import type { ErrorPayload } from '../../shared/contract/errors';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';

/**
 * Every channel that takes the id of a file, or of something on a file (vehicle, attachment, record,
 * loan), answers a file the caller may not see exactly as an id that does not exist: same code, same
 * message, no name, number or level — and changes nothing.
 */
let t: TestCore;
const NONE = 999_999;
const hidden: Record<string, number> = {};
const visible: Record<string, number> = {};

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const at = '2026-11-23T10:00:00+08:00';

/** A file with a car, an attachment, a feedback and a consent, as the archivist records it. */
async function fileWithRecords(name: string, secrecy: 'normal' | 'secret' | 'confidential' | 'topSecret', ownerId: number | null, vin: string) {
  const card = await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'owner', secrecy, ownerId } });
  const id = card.customer.id;
  await t.call('vehicles.save', { customerId: id, vehicle: { vin } });
  await t.call('attachments.add', { customerId: id, attachment: { kind: 'idCard', fileName: 'id.png', mime: 'image/png', dataBase64: png } });
  await t.call('customers.addRecord', { type: 'feedback', customerId: id, record: { kind: 'complaint', receivedAt: at, content: '等待时间长' } });
  const full = await t.call('customers.addRecord', { type: 'consent', customerId: id, record: { kind: 'marketing', givenAt: at, channel: 'paper' } });
  return { id, archiveNo: full.customer.archiveNo, vehicle: full.vehicles[0]!.id, attachment: full.attachments[0]!.id, feedback: full.feedback[0]!.id, consent: full.consents[0]!.id };
}

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 30 * 86_400 });
  await setUpStore(t);
  const ids: Record<string, number> = {};
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['sales_b', 'consultant'], ['salesmgr', 'salesManager']] as const) ids[u] = (await addUser(t, u, role)).id;
  await as('archivist');
  const theirs = await fileWithRecords('甲的客户', 'normal', ids['sales_a']!, 'LSVAU218XN2183294');
  const secret = await fileWithRecords('绝密客户', 'topSecret', null, '1M8GDM9AXKP042788');
  const mine = await fileWithRecords('乙的客户', 'normal', ids['sales_b']!, 'LFV2A21KXE4171526');
  Object.assign(hidden, { consultant: theirs.id, consultantVehicle: theirs.vehicle, consultantAttachment: theirs.attachment, consultantFeedback: theirs.feedback, consultantConsent: theirs.consent });
  Object.assign(hidden, { manager: secret.id, managerVehicle: secret.vehicle, managerAttachment: secret.attachment, managerFeedback: secret.feedback, managerConsent: secret.consent });
  Object.assign(visible, { consultant: mine.id, consultantVehicle: mine.vehicle });
  // A loan draft of the archivist's: nobody else's to see.
  const draft = await t.call('loans.create', { department: 'archive', kind: 'view', purpose: '核对', reason: '核对档案', customerIds: [mine.id], startAt: at, endAt: '2026-11-23T12:00:00+08:00', submit: false });
  hidden['loan'] = draft.id;
  const managerOwn = await t.call('customers.create', { customer: { kind: 'person', name: '经理可见', sourceChannel: 'showroom', category: 'owner', secrecy: 'normal' } });
  visible['manager'] = managerOwn.customer.id;
  await t.call('vehicles.save', { customerId: managerOwn.customer.id, vehicle: { vin: 'WVWZZZ1J0XW000001' } });
  visible['managerVehicle'] = (await t.call('customers.get', { id: managerOwn.customer.id })).vehicles[0]!.id;
  hidden['names'] = 0;
  // A merge asked for by the archive room, of a consultant's file into a 绝密 one: neither may see it.
  const merge = await t.call('merges.request', { survivorId: secret.id, mergedId: theirs.id, reason: '重复建档' });
  hidden['merge'] = merge.id;
});
afterAll(() => t.dispose());

type Who = 'consultant' | 'manager';
const signOff = { username: 'archivist', password: 'x' };

/** Each case: the input naming the hidden thing, and the same input naming something that does not exist. */
const cases: Array<[ChannelName, (h: (k: string) => number, v: (k: string) => number) => unknown, (v: (k: string) => number) => unknown]> = [
  ['customers.get', (h) => ({ id: h('') }), () => ({ id: NONE })],
  ['customers.update', (h) => ({ id: h(''), version: 1, customer: { kind: 'person', name: '改名', sourceChannel: 'showroom', category: 'owner' } }), () => ({ id: NONE, version: 1, customer: { kind: 'person', name: '改名', sourceChannel: 'showroom', category: 'owner' } })],
  ['customers.setGrade', (h) => ({ id: h(''), category: 'intent', grade: 'H', reason: '试驾' }), () => ({ id: NONE, category: 'intent', grade: 'H', reason: '试驾' })],
  ['customers.moveFile', (h) => ({ id: h(''), location: { room: '档案室', cabinet: 'A', shelf: '1', box: '1', folder: '1' }, reason: '整理' }), () => ({ id: NONE, location: { room: '档案室', cabinet: 'A', shelf: '1', box: '1', folder: '1' }, reason: '整理' })],
  ['customers.reveal', (h) => ({ id: h(''), field: 'phone' }), () => ({ id: NONE, field: 'phone' })],
  ['customers.history', (h) => ({ id: h('') }), () => ({ id: NONE })],
  ['customers.addRecord', (h) => ({ type: 'contact', customerId: h(''), record: { at, method: 'phone', content: '回访' } }), () => ({ type: 'contact', customerId: NONE, record: { at, method: 'phone', content: '回访' } })],
  ['customers.updateFeedback', (h) => ({ id: h('Feedback'), record: { kind: 'complaint', receivedAt: at, content: '改' } }), () => ({ id: NONE, record: { kind: 'complaint', receivedAt: at, content: '改' } })],
  ['customers.withdrawConsent', (h) => ({ id: h('Consent'), at }), () => ({ id: NONE, at })],
  ['customers.matches', (h) => ({ phones: [], excludeId: h('') }), () => ({ phones: [], excludeId: NONE })],
  ['customers.openInArchiveRoom', (h) => ({ id: h(''), countersign: signOff }), () => ({ id: NONE, countersign: signOff })],
  ['vehicles.save', (h) => ({ customerId: h(''), vehicle: { vin: 'JH4KA7533NC013279' } }), () => ({ customerId: NONE, vehicle: { vin: 'JH4KA7533NC013279' } })],
  ['vehicles.save', (h, v) => ({ customerId: v(''), vehicleId: h('Vehicle'), vehicle: { vin: 'JH4KA7533NC013279' } }), (v) => ({ customerId: v(''), vehicleId: NONE, vehicle: { vin: 'JH4KA7533NC013279' } })],
  ['vehicles.transfer', (h, v) => ({ vehicleId: h('Vehicle'), toCustomerId: v(''), reason: '过户' }), (v) => ({ vehicleId: NONE, toCustomerId: v(''), reason: '过户' })],
  ['vehicles.transfer', (h, v) => ({ vehicleId: v('Vehicle'), toCustomerId: h(''), reason: '过户' }), (v) => ({ vehicleId: v('Vehicle'), toCustomerId: NONE, reason: '过户' })],
  ['vehicles.owners', (h) => ({ vehicleId: h('Vehicle') }), () => ({ vehicleId: NONE })],
  ['attachments.add', (h) => ({ customerId: h(''), attachment: { kind: 'idCard', fileName: 'x.png', mime: 'image/png', dataBase64: png } }), () => ({ customerId: NONE, attachment: { kind: 'idCard', fileName: 'x.png', mime: 'image/png', dataBase64: png } })],
  ['attachments.open', (h) => ({ id: h('Attachment') }), () => ({ id: NONE })],
  ['loans.create', (h) => ({ department: 'sales', kind: 'view', purpose: '核对', reason: '核对档案', customerIds: [h('')], startAt: at, endAt: '2026-11-23T12:00:00+08:00' }), () => ({ department: 'sales', kind: 'view', purpose: '核对', reason: '核对档案', customerIds: [NONE], startAt: at, endAt: '2026-11-23T12:00:00+08:00' })],
  ['loans.list', (h) => ({ customerId: h('') }), () => ({ customerId: NONE })],
  ['loans.submit', () => ({ id: hidden['loan']! }), () => ({ id: NONE })],
  ['loans.decide', () => ({ id: hidden['loan']!, approve: true, signOff }), () => ({ id: NONE, approve: true, signOff })],
  ['loans.cancel', () => ({ id: hidden['loan']! }), () => ({ id: NONE })],
  ['documents.printCard', (h) => ({ id: h('') }), () => ({ id: NONE })],
  ['documents.printCard', (h) => ({ id: h(''), reveal: true }), () => ({ id: NONE, reveal: true })],
  ['documents.printCopy', (h) => ({ id: h(''), loanId: NONE }), () => ({ id: NONE, loanId: NONE })],
  ['documents.printCopy', (_h, v) => ({ id: v(''), loanId: hidden['loan']! }), (v) => ({ id: v(''), loanId: NONE })],
  ['documents.printLoanRequest', () => ({ id: hidden['loan']! }), () => ({ id: NONE })],
  ['duplicates.dismiss', (h, v) => ({ customerIds: [h(''), v('')] }), (v) => ({ customerIds: [NONE, v('')] })],
  ['merges.preview', (h, v) => ({ survivorId: v(''), mergedId: h('') }), (v) => ({ survivorId: v(''), mergedId: NONE })],
  ['merges.request', (h, v) => ({ survivorId: h(''), mergedId: v(''), reason: '重复' }), (v) => ({ survivorId: NONE, mergedId: v(''), reason: '重复' })],
  ['merges.decide', () => ({ id: hidden['merge']!, approve: true, signOff }), () => ({ id: NONE, approve: true, signOff })],
  ['merges.undo', () => ({ id: hidden['merge']! }), () => ({ id: NONE })],
  ['documents.printMergeRecord', () => ({ id: hidden['merge']! }), () => ({ id: NONE })],
];

/** The channels whose input names a file, a record on one, or a loan — each must be in the table above. */
const idFields = /^(id|customerId|customerIds|vehicleId|toCustomerId|excludeId|survivorId|mergedId)$/;
// backup.retire takes a backup's id: backups belong to whoever backs up (backup.run), not to a file (tests/integration/lifecycle/erasedInBackups.test.ts).
const notAboutFiles = new Set<ChannelName>(['users.update', 'users.resetPassword', 'users.delete', 'approvals.revokeDelegation', 'approvals.delegate', 'backup.retire']);
// loans.checkout, loans.return and documents.printReminder need loan.handle, which only the archive room holds: it sees every submitted request.
const archiveRoomOnly = new Set<ChannelName>(['loans.checkout', 'loans.return', 'documents.printReminder']);
// Cleanup, destruction and restriction need lifecycle.manage (the archive room, which sees every file); a request's id
// answers like a missing one to anyone its approvals do not name (tests/integration/lifecycle/lifecycle.test.ts).
const lifecycleOnly = new Set<ChannelName>(['lifecycle.request', 'lifecycle.cancel', 'lifecycle.execute', 'lifecycle.confirmShredding', 'lifecycle.restrict', 'lifecycle.unrestrict', 'lifecycle.decide', 'documents.printLifecycleRecord']);

function inputFields(name: ChannelName): string[] {
  const json = z.toJSONSchema(channels[name].input, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; anyOf?: Array<{ properties?: Record<string, unknown> }>; oneOf?: Array<{ properties?: Record<string, unknown> }> };
  const variants = json.anyOf ?? json.oneOf ?? [json];
  return [...new Set(variants.flatMap((v) => Object.keys(v.properties ?? {})))];
}

describe('a file the caller may not see answers like one that does not exist', () => {
  it('the table covers every channel that takes the id of a file, a record on one, or a loan', () => {
    const takingIds = channelNames.filter((name) => inputFields(name).some((f) => idFields.test(f)) && !notAboutFiles.has(name) && !archiveRoomOnly.has(name) && !lifecycleOnly.has(name));
    expect([...new Set(cases.map(([name]) => name))].sort()).toEqual(takingIds.sort());
  });

  const rows = (['consultant', 'manager'] as Who[]).flatMap((who) => cases.map(([channel, hiddenInput, missingInput], i) => ({ who, channel, i, hiddenInput, missingInput })));
  let current: Who | null = null;

  it.each(rows)('$who calling $channel (#$i)', async ({ who, channel, hiddenInput, missingInput }) => {
    if (current !== who) {
      await as(who === 'consultant' ? 'sales_b' : 'salesmgr');
      current = who;
    }
    const h = (k: string) => hidden[`${who}${k}`]!;
    const v = (k: string) => visible[`${who}${k}`]!;
    const db = t.core.openArchive!.db.sqlite;
    const before = db.prepare(`SELECT (SELECT count(*) FROM customers) || '/' || (SELECT max(version) FROM customers) || '/' || (SELECT count(*) FROM vehicles) || '/' || (SELECT count(*) FROM attachments) || '/' || (SELECT count(*) FROM loan_requests) || '/' || (SELECT count(*) FROM contacts) || '/' || (SELECT count(*) FROM documents) || '/' || (SELECT count(*) FROM merges) || '/' || (SELECT count(*) FROM duplicate_dismissals)`).pluck().get();
    const refused = await t.core.call(channel, hiddenInput(h, v));
    const missing = await t.core.call(channel, missingInput(v));
    expect(refused.ok, JSON.stringify(refused)).toBe(false);
    expect(missing.ok).toBe(false);
    expect((refused as { error: ErrorPayload }).error).toEqual((missing as { error: ErrorPayload }).error);
    expect(JSON.stringify(refused)).not.toMatch(/甲的客户|绝密客户|KD\d{4}|topSecret|secret|confidential/);
    const after = db.prepare(`SELECT (SELECT count(*) FROM customers) || '/' || (SELECT max(version) FROM customers) || '/' || (SELECT count(*) FROM vehicles) || '/' || (SELECT count(*) FROM attachments) || '/' || (SELECT count(*) FROM loan_requests) || '/' || (SELECT count(*) FROM contacts) || '/' || (SELECT count(*) FROM documents) || '/' || (SELECT count(*) FROM merges) || '/' || (SELECT count(*) FROM duplicate_dismissals)`).pluck().get();
    expect(after).toBe(before);
  });
});
