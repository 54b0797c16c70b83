import type Database from 'better-sqlite3';
import { KedangError } from '../../../shared/contract/errors';
import { customerInputSchema, type CustomerValues, type StoredCustomerValues } from '../../../shared/customers/customerSchemas';
import { toFieldIssues } from '../rpc/fieldIssues';
import { localIsoDate } from '../../../shared/validation/localDate';
import { parseResidentId } from '../../../shared/validation/residentId';
import type { CoreContext } from '../context';
import type { Handler } from '../rpc/handler';
import { readSettings } from '../settings/settingsStore';
import { findUser } from '../users/userStore';
import { appendAuditNoteFor, changedFieldsText, consentNames, gradeText } from './customerAudit';
import { refreshFollowUp } from './followUps';
import { nextArchiveNo } from './archiveNumber';
import { buildCard, cardOf, visibleCustomer } from './customerCard';
import { scopeOf } from './customerScope';
import { searchCustomers } from './customerSearch';
import { findCustomer, formatLocation, insertCustomer, phonesOf, reindexCustomer, updateCustomer, type CustomerDbRow } from './customerStore';
import { listAudit } from '../audit/auditLog';

function checkOwner(ctx: CoreContext, ownerId: number | null): void {
  if (ownerId === null) return;
  const owner = findUser(ctx.archive().db.sqlite, ownerId);
  if (!owner || owner.deletedAt || !owner.active) throw new KedangError('INVALID_INPUT', 'Unknown consultant', { fields: [{ path: 'customer.ownerId', code: 'OWNER_UNKNOWN' }] });
}

/** Dates need the clock, which the shared schema does not read: an ID or birth date after today is refused here. */
function checkBirthDate(ctx: CoreContext, values: { idType: string | null; idNumber: string | null; birthDate: string | null }): void {
  const today = ctx.clock.now();
  if (values.idNumber && values.idType === 'resident') {
    const parsed = parseResidentId(values.idNumber, today);
    if (!parsed.ok) throw new KedangError('INVALID_INPUT', 'ID number is not valid today', { fields: [{ path: 'customer.idNumber', code: parsed.code }] });
  }
  if (values.birthDate && values.birthDate > localIsoDate(today)) {
    throw new KedangError('INVALID_INPUT', 'Birth date is after today', { fields: [{ path: 'customer.birthDate', code: 'BIRTH_DATE_FUTURE' }] });
  }
}

/**
 * Spells out what the editor kept without seeing it (phones by id, the ID number), then checks the
 * whole file again with the shared rules, so a kept ID still has to agree with a new birth date.
 */
function resolveKept(db: Database.Database, stored: CustomerDbRow | null, values: CustomerValues): StoredCustomerValues {
  const { keepIdNumber, ...file } = values;
  const keeps = keepIdNumber || values.phones.some((p) => !('number' in p));
  const spelled = (phones: CustomerValues['phones']) => phones.filter((p): p is { kind: 'mobile' | 'other'; number: string } => 'number' in p);
  // Nothing kept: the schema already checked every field in dispatch.
  if (!keeps) return { ...file, phones: spelled(values.phones) };
  const storedPhones = stored ? phonesOf(db, stored.id) : [];
  const phones = values.phones.map((p, i) => {
    if ('number' in p) return p;
    const kept = storedPhones.find((s) => s.id === p.keepId);
    if (!kept) throw new KedangError('INVALID_INPUT', 'Kept phone is not on this file', { fields: [{ path: `customer.phones.${i}.number`, code: 'PHONE_UNKNOWN' }] });
    return { kind: p.kind, number: kept.number };
  });
  const merged = customerInputSchema.safeParse({ ...file, phones, idNumber: keepIdNumber && stored ? stored.id_number : values.idNumber });
  if (!merged.success) throw new KedangError('INVALID_INPUT', 'Customer file is not valid', { fields: toFieldIssues(merged.error).map((f) => ({ ...f, path: `customer.${f.path}` })) });
  const { keepIdNumber: _checked, ...checked } = merged.data;
  return { ...checked, phones: spelled(checked.phones) };
}

export const search: Handler<'customers.search'> = (ctx, input) => searchCustomers(ctx.archive().db.sqlite, scopeOf(ctx.requireUser()), input, ctx.clock.now());

export const get: Handler<'customers.get'> = (ctx, input) => cardOf(ctx, input.id);

export const create: Handler<'customers.create'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const scope = scopeOf(user);
  const values = resolveKept(db, null, { ...input.customer, ownerId: scope.ownerOnly ?? input.customer.ownerId });
  if (!scope.levels.includes(values.secrecy)) throw new KedangError('FORBIDDEN', 'Secrecy above the caller’s clearance', { fields: [{ path: 'customer.secrecy', code: 'SECRECY_ABOVE_CLEARANCE' }] });
  checkOwner(ctx, values.ownerId);
  checkBirthDate(ctx, values);
  const now = ctx.clock.now();
  const archiveNo = nextArchiveNo(db, readSettings(db).archivePattern, now);
  const id = insertCustomer(db, values, archiveNo, user.id, now);
  db.prepare('INSERT INTO grade_history (customer_id, at, category, grade, reason, by_user) VALUES (?, ?, ?, ?, ?, ?)').run(id, now.toISOString(), values.category, values.grade, '建档', user.id);
  if (values.location) db.prepare('INSERT INTO location_history (customer_id, at, location, by_user) VALUES (?, ?, ?, ?)').run(id, now.toISOString(), formatLocation(values.location), user.id);
  reindexCustomer(db, id);
  refreshFollowUp(db, id, ctx.clock.now());
  ctx.audit({ action: 'customers.create', targetType: 'customer', targetId: id, summary: `${archiveNo} ${values.name} 建档` });
  return cardOf(ctx, id);
};

export const update: Handler<'customers.update'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const before = visibleCustomer(ctx, input.id);
  const scope = scopeOf(user);
  const values = resolveKept(db, before, { ...input.customer, ownerId: scope.ownerOnly ?? input.customer.ownerId });
  if (!scope.levels.includes(values.secrecy)) throw new KedangError('FORBIDDEN', 'Secrecy above the caller’s clearance', { fields: [{ path: 'customer.secrecy', code: 'SECRECY_ABOVE_CLEARANCE' }] });
  checkOwner(ctx, values.ownerId);
  checkBirthDate(ctx, values);
  const now = ctx.clock.now();
  const phonesBefore = JSON.stringify(phonesOf(db, input.id).map((p) => [p.kind, p.number]));
  updateCustomer(db, input.id, input.version, values, user.id, now);
  const phonesChanged = JSON.stringify(phonesOf(db, input.id).map((p) => [p.kind, p.number])) !== phonesBefore;
  if (before.category !== values.category || before.grade !== values.grade) {
    db.prepare('INSERT INTO grade_history (customer_id, at, category, grade, reason, by_user) VALUES (?, ?, ?, ?, ?, ?)').run(input.id, now.toISOString(), values.category, values.grade, input.reason ?? '档案修改', user.id);
  }
  const newLocation = formatLocation(values.location);
  const oldLocation = formatLocation(findCustomer(db, input.id) && { room: before.loc_room ?? '', cabinet: before.loc_cabinet ?? '', shelf: before.loc_shelf ?? '', box: before.loc_box ?? '', folder: before.loc_folder ?? '' });
  if (newLocation !== oldLocation) db.prepare('INSERT INTO location_history (customer_id, at, location, by_user) VALUES (?, ?, ?, ?)').run(input.id, now.toISOString(), newLocation, user.id);
  reindexCustomer(db, input.id);
  refreshFollowUp(db, input.id, ctx.clock.now());
  const changed = changedFields(before, findCustomer(db, input.id) as CustomerDbRow);
  ctx.audit({ action: 'customers.update', targetType: 'customer', targetId: input.id, summary: `${before.archive_no}：${changedFieldsText(changed, phonesChanged)}${input.reason ? `（${input.reason}）` : ''}` });
  return cardOf(ctx, input.id);
};

/** Names of the changed columns (never their values: they may be phones or ID numbers). */
function changedFields(a: CustomerDbRow, b: CustomerDbRow): string[] {
  const skip = new Set(['version', 'updated_at', 'updated_by', 'owner_name', 'next_contact_at']);
  return (Object.keys(b) as Array<keyof CustomerDbRow>).filter((k) => !skip.has(k) && a[k] !== b[k]);
}

export const setGrade: Handler<'customers.setGrade'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const before = visibleCustomer(ctx, input.id);
  const now = ctx.clock.now().toISOString();
  db.prepare('UPDATE customers SET category = ?, grade = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(input.category, input.grade, now, user.id, input.id);
  db.prepare('INSERT INTO grade_history (customer_id, at, category, grade, reason, by_user) VALUES (?, ?, ?, ?, ?, ?)').run(input.id, now, input.category, input.grade, input.reason, user.id);
  refreshFollowUp(db, input.id, ctx.clock.now());
  ctx.audit({ action: 'customers.setGrade', targetType: 'customer', targetId: input.id, summary: `${before.archive_no}：${gradeText(before.category, before.grade)} → ${gradeText(input.category, input.grade)}（${input.reason}）` });
  return cardOf(ctx, input.id);
};

export const moveFile: Handler<'customers.moveFile'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const before = visibleCustomer(ctx, input.id);
  const l = input.location;
  const now = ctx.clock.now().toISOString();
  db.prepare('UPDATE customers SET loc_room = ?, loc_cabinet = ?, loc_shelf = ?, loc_box = ?, loc_folder = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(l.room, l.cabinet, l.shelf, l.box, l.folder, now, user.id, input.id);
  db.prepare('INSERT INTO location_history (customer_id, at, location, by_user) VALUES (?, ?, ?, ?)').run(input.id, now, formatLocation(l), user.id);
  ctx.audit({ action: 'customers.moveFile', targetType: 'customer', targetId: input.id, summary: `${before.archive_no}：纸质档案移至 ${formatLocation(l)}` });
  return cardOf(ctx, input.id);
};

export const reveal: Handler<'customers.reveal'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const c = visibleCustomer(ctx, input.id);
  const value = input.field === 'idNumber' ? c.id_number : (phonesOf(db, c.id).find((p) => input.phoneId === undefined || p.id === input.phoneId)?.number ?? null);
  if (value === null) throw new KedangError('NOT_FOUND', 'Nothing to reveal');
  // The entry says what was seen, never the value itself.
  ctx.audit({ action: 'customers.reveal', targetType: 'customer', targetId: c.id, summary: `${c.archive_no}：查看完整${input.field === 'idNumber' ? '证件号码' : `电话${input.phoneId ? ` #${input.phoneId}` : ''}`}` });
  return { value };
};

export const history: Handler<'customers.history'> = (ctx, input) => {
  visibleCustomer(ctx, input.id);
  return listAudit(ctx.archive().db.sqlite, { targetType: 'customer', targetId: String(input.id), limit: 200 }).entries;
};

export const addRecord: Handler<'customers.addRecord'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const c = visibleCustomer(ctx, input.customerId);
  const id = input.customerId;
  switch (input.type) {
    case 'intention': {
      const r = input.record;
      db.prepare('INSERT INTO intentions (customer_id, model, budget_min, budget_max, expected_date, focus, trade_in, created_at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, r.model, r.budgetMin, r.budgetMax, r.expectedDate, r.focus, r.tradeIn, ctx.clock.now().toISOString(), user.id);
      break;
    }
    case 'contact': {
      const r = input.record;
      const at = new Date(r.at).toISOString();
      db.prepare('INSERT INTO contacts (customer_id, at, method, content, feedback, next_step, next_at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, at, r.method, r.content, r.feedback, r.nextStep, r.nextAt && new Date(r.nextAt).toISOString(), user.id);
      db.prepare('UPDATE customers SET last_contact_at = max(coalesce(last_contact_at, ?), ?) WHERE id = ?').run(at, at, id);
      refreshFollowUp(db, id, ctx.clock.now());
      break;
    }
    case 'service': {
      const r = input.record;
      if (r.vehicleId !== null && !db.prepare('SELECT 1 FROM vehicles WHERE id = ? AND customer_id = ?').get(r.vehicleId, id)) {
        throw new KedangError('INVALID_INPUT', 'Vehicle is not on this file', { fields: [{ path: 'record.vehicleId', code: 'VEHICLE_NOT_ON_FILE' }] });
      }
      db.prepare('INSERT INTO service_records (customer_id, vehicle_id, kind, date, mileage, items, cost_cents, technician, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, r.vehicleId, r.kind, r.date, r.mileage, r.items, r.costCents, r.technician, user.id);
      break;
    }
    case 'feedback': {
      const r = input.record;
      db.prepare('INSERT INTO feedback (customer_id, kind, received_at, content, handling, result, closed_at, satisfaction, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, r.kind, new Date(r.receivedAt).toISOString(), r.content, r.handling, r.result, r.closedAt && new Date(r.closedAt).toISOString(), r.satisfaction, user.id);
      break;
    }
    case 'consent': {
      const r = input.record;
      db.prepare('INSERT INTO consents (customer_id, kind, given_at, channel, note, by_user) VALUES (?, ?, ?, ?, ?, ?)').run(id, r.kind, new Date(r.givenAt).toISOString(), r.channel, r.note, user.id);
      break;
    }
  }
  db.prepare('UPDATE customers SET updated_at = ?, updated_by = ? WHERE id = ?').run(ctx.clock.now().toISOString(), user.id, id);
  ctx.audit(appendAuditNoteFor(input.type, c.archive_no, id));
  return cardOf(ctx, id);
};

export const updateFeedback: Handler<'customers.updateFeedback'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const row = db.prepare('SELECT customer_id FROM feedback WHERE id = ?').get(input.id) as { customer_id: number } | undefined;
  if (!row) throw new KedangError('NOT_FOUND', 'No such feedback');
  const c = visibleCustomer(ctx, row.customer_id);
  const r = input.record;
  db.prepare('UPDATE feedback SET kind = ?, received_at = ?, content = ?, handling = ?, result = ?, closed_at = ?, satisfaction = ? WHERE id = ?').run(r.kind, new Date(r.receivedAt).toISOString(), r.content, r.handling, r.result, r.closedAt && new Date(r.closedAt).toISOString(), r.satisfaction, input.id);
  ctx.audit({ action: 'customers.updateFeedback', targetType: 'customer', targetId: c.id, summary: `${c.archive_no}：处理反馈投诉 #${input.id}${r.closedAt ? '，已结案' : ''}` });
  return cardOf(ctx, c.id);
};

export const withdrawConsent: Handler<'customers.withdrawConsent'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const row = db.prepare('SELECT customer_id, kind, withdrawn_at FROM consents WHERE id = ?').get(input.id) as { customer_id: number; kind: string; withdrawn_at: string | null } | undefined;
  if (!row) throw new KedangError('NOT_FOUND', 'No such consent');
  const c = visibleCustomer(ctx, row.customer_id);
  if (row.withdrawn_at) throw new KedangError('CONFLICT', 'Consent already withdrawn');
  db.prepare('UPDATE consents SET withdrawn_at = ? WHERE id = ?').run(new Date(input.at).toISOString(), input.id);
  ctx.audit({ action: 'customers.withdrawConsent', targetType: 'customer', targetId: c.id, summary: `${c.archive_no}：撤回${consentNames[row.kind as keyof typeof consentNames] ?? row.kind}` });
  return cardOf(ctx, c.id);
};

export const followUps: Handler<'customers.followUps'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const now = ctx.clock.now();
  const base = { query: '', status: 'active' as const, sort: 'due' as const, offset: 0, limit: 200, ...(input.ownerId ? { ownerId: input.ownerId } : {}) };
  const staleDays = readSettings(db).staleDays;
  if (input.include === 'stale') {
    const cutoff = new Date(now.getTime() - staleDays * 86_400_000).toISOString();
    return searchCustomers(db, scopeOf(user), base, now, { contactedBefore: cutoff }).rows;
  }
  const endOfToday = new Date(now);
  endOfToday.setHours(24, 0, 0, 0);
  const rows = searchCustomers(db, scopeOf(user), { ...base, ...(input.include === 'overdue' ? { overdue: true } : {}) }, now, { dueBefore: endOfToday.toISOString() }).rows;
  return rows;
};

export { buildCard };
