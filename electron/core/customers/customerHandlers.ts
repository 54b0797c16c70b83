import { KedangError } from '../../../shared/contract/errors';
import { customerInputSchema, type CustomerValues, type StoredCustomerValues } from '../../../shared/customers/customerSchemas';
import type { FileMatch, FollowUpPage } from '../../../shared/customers/customerTypes';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import { parseMobile } from '../../../shared/validation/mobile';
import { parseResidentId } from '../../../shared/validation/residentId';
import { parseVin } from '../../../shared/validation/vin';
import { toFieldIssues } from '../rpc/fieldIssues';
import type { HandlerContext, HandlersOf } from '../rpc/handler';
import { readSettings } from '../settings/settingsStore';
import { findUser } from '../users/userStore';
import { proveSignOff } from '../signOff/signOff';
import { activeViewGrant, viewGrantUntil } from '../loans/loanStore';
import { customerHistory } from '../audit/auditReading';
import { refreshFollowUp } from './followUps';
import { nextArchiveNo } from './archiveNumber';
import { cardOf } from './customerCard';
import { canSee, scopeOf } from './customerScope';
import { searchCustomers } from './customerSearch';
import { gradeForCategory } from '../../../shared/customers/categoryGrade';
import { changedFields, datesAfterToday } from './customerRules';
import * as audit from './customerAudit';
import {
  addGradeChange,
  addLocationMove,
  filesHolding,
  findCustomer,
  insertCustomer,
  locationOf,
  markContacted,
  phonesOf,
  reindexCustomer,
  setCategory,
  setLocation,
  touchCustomer,
  updateCustomer,
  type CustomerRecord,
} from './customerStore';
import * as records from './recordStore';
import { vehicleOnFile } from '../vehicles/vehicleStore';
import { fileOfRecord, visibleFile } from './fileAccess';

/** How long a 机密 file stays open after the archive admin countersigned (never past the grant). */
const ARCHIVE_ROOM_OPENING_MS = 2 * 3_600_000;

function invalid(path: string, code: string, message: string): KedangError {
  return new KedangError('INVALID_INPUT', message, { fields: [{ path, code }] });
}

function checkOwner(ctx: HandlerContext, ownerId: number | null): void {
  if (ownerId === null) return;
  const owner = findUser(ctx.db, ownerId);
  if (!owner || owner.deletedAt || !owner.active) throw invalid('customer.ownerId', 'OWNER_UNKNOWN', 'Unknown consultant');
}

/**
 * Spells out what the editor kept without seeing it (phones by id, the ID number), then checks the
 * whole file again with the shared rules, so a kept ID still has to agree with a new birth date.
 */
function resolveKept(ctx: HandlerContext, stored: CustomerRecord | null, values: CustomerValues): StoredCustomerValues {
  const { keepIdNumber, ...file } = values;
  const keeps = keepIdNumber || values.phones.some((p) => !('number' in p));
  const spelled = (phones: CustomerValues['phones']) => phones.filter((p): p is { kind: 'mobile' | 'other'; number: string } => 'number' in p);
  // Nothing kept: the schema already checked every field in dispatch.
  if (!keeps) return { ...file, phones: spelled(values.phones) };
  const storedPhones = stored ? phonesOf(ctx.db, stored.id) : [];
  const phones = values.phones.map((p, i) => {
    if ('number' in p) return p;
    const kept = storedPhones.find((s) => s.id === p.keepId);
    if (!kept) throw invalid(`customer.phones.${i}.number`, 'PHONE_UNKNOWN', 'Kept phone is not on this file');
    return { kind: p.kind, number: kept.number };
  });
  const merged = customerInputSchema.safeParse({ ...file, phones, idNumber: keepIdNumber && stored ? stored.idNumber : values.idNumber });
  if (!merged.success) throw new KedangError('INVALID_INPUT', 'Customer file is not valid', { fields: toFieldIssues(merged.error).map((f) => ({ ...f, path: `customer.${f.path}` })) });
  const { keepIdNumber: _checked, ...checked } = merged.data;
  return { ...checked, phones: spelled(checked.phones) };
}

/** The values a caller may store: a consultant's files are their own, within their clearance, with dates not after today. */
function checkedValues(ctx: HandlerContext, stored: CustomerRecord | null, input: CustomerValues): StoredCustomerValues {
  const scope = scopeOf(ctx.requireUser());
  const values = resolveKept(ctx, stored, { ...input, ownerId: scope.ownerOnly ?? input.ownerId });
  if (!scope.levels.includes(values.secrecy)) throw new KedangError('FORBIDDEN', 'Secrecy above the caller’s clearance', { fields: [{ path: 'customer.secrecy', code: 'SECRECY_ABOVE_CLEARANCE' }] });
  checkOwner(ctx, values.ownerId);
  const dates = datesAfterToday(values, ctx.clock.now());
  if (dates.length) throw new KedangError('INVALID_INPUT', 'A date is after today', { fields: dates });
  return { ...values, grade: gradeForCategory(values.category, values.grade) };
}

/** Other files holding the same phone, ID number or VIN; one the caller may not see is named by archive number only. */
function matchesOf(ctx: HandlerContext, probe: { phones: string[]; idNumber: string | null; vins: string[]; excludeId: number | null }): FileMatch[] {
  const scope = scopeOf(ctx.requireUser());
  const byFile = new Map<number, FileMatch['fields']>();
  for (const hit of filesHolding(ctx.db, probe)) {
    const fields = byFile.get(hit.customerId) ?? [];
    if (!fields.includes(hit.field)) fields.push(hit.field);
    byFile.set(hit.customerId, fields);
  }
  return [...byFile].map(([id, fields]) => {
    const file = findCustomer(ctx.db, id)!;
    const visible = canSee(scope, file);
    return { archiveNo: file.archiveNo, customerId: visible ? file.id : null, name: visible ? file.name : null, fields };
  });
}

function refuseDuplicates(ctx: HandlerContext, values: StoredCustomerValues, excludeId: number | null, allowed: boolean): void {
  if (allowed) return;
  const found = matchesOf(ctx, { phones: values.phones.map((p) => p.number), idNumber: values.idNumber, vins: [], excludeId });
  if (found.length) throw new KedangError('CUSTOMER_DUPLICATE', 'Another file holds the same phone or ID number', { details: { matches: found.length } });
}

export const customersHandlers: HandlersOf<'customers'> = {
  'customers.search': (ctx, input) => searchCustomers(ctx.db, scopeOf(ctx.requireUser()), input, ctx.clock.now()),

  'customers.get': (ctx, input) => cardOf(ctx, input.id),

  'customers.matches': (ctx, input) => {
    // As the file schema stores them: a mobile normalised, any other number as typed without spaces (a landline).
    const phones = input.phones.flatMap((p) => {
      const mobile = parseMobile(p);
      if (mobile.ok) return [mobile.value];
      const other = p.normalize('NFKC').replace(/\s/g, '');
      return /^[\d+\-()]{5,30}$/.test(other) ? [other] : [];
    });
    const id = input.idNumber ? parseResidentId(input.idNumber) : null;
    const vins = input.vins.map((v) => parseVin(v)).flatMap((v) => (v.ok ? [v.value] : []));
    if (input.excludeId !== undefined) visibleFile(ctx, input.excludeId, { content: false });
    return matchesOf(ctx, { phones, idNumber: id?.ok ? id.value : (input.idNumber ?? null), vins, excludeId: input.excludeId ?? null });
  },

  'customers.create': (ctx, input) => {
    const user = ctx.requireUser();
    const values = checkedValues(ctx, null, input.customer);
    refuseDuplicates(ctx, values, null, input.allowDuplicates);
    const db = ctx.db;
    const now = ctx.clock.now();
    const archiveNo = nextArchiveNo(db, readSettings(db).archivePattern, now);
    const id = insertCustomer(db, values, archiveNo, user.id, now);
    addGradeChange(db, { customerId: id, at: now.toISOString(), category: values.category, grade: values.grade, reason: '建档', byUser: user.id });
    if (values.location) addLocationMove(db, { customerId: id, at: now.toISOString(), from: null, to: values.location, text: paperLocationText(values.location), reason: '建档', byUser: user.id });
    reindexCustomer(db, id);
    refreshFollowUp(db, id, now);
    ctx.audit(audit.createdNote({ id, archiveNo }));
    return cardOf(ctx, id);
  },

  'customers.update': (ctx, input) => {
    const user = ctx.requireUser();
    const before = visibleFile(ctx, input.id);
    const values = checkedValues(ctx, before, input.customer);
    const db = ctx.db;
    const phonesBefore = JSON.stringify(phonesOf(db, input.id).map((p) => [p.kind, p.number]));
    const newPhones = values.phones.map((p) => p.number).filter((n) => !phonesBefore.includes(n));
    const newId = values.idNumber !== before.idNumber ? values.idNumber : null;
    refuseDuplicates(ctx, { ...values, phones: values.phones.filter((p) => newPhones.includes(p.number)), idNumber: newId }, input.id, input.allowDuplicates);
    const from = locationOf(before);
    // Moving the paper file asks why, here as in 登记纸质档案位置: the location history says it.
    const movedTo = values.location && paperLocationText(values.location) !== paperLocationText(from) ? values.location : null;
    const moveReason = input.reason ?? '';
    const now = ctx.clock.now();
    // A stale form hears CONFLICT first; the call's transaction undoes the write if the reason is missing.
    updateCustomer(db, input.id, input.version, values, user.id, now);
    if (movedTo && !moveReason) throw invalid('reason', 'MOVE_REASON_REQUIRED', 'A move of the paper file needs a reason');
    const phonesChanged = JSON.stringify(phonesOf(db, input.id).map((p) => [p.kind, p.number])) !== phonesBefore;
    if (before.category !== values.category || before.grade !== values.grade) {
      addGradeChange(db, { customerId: input.id, at: now.toISOString(), category: values.category, grade: values.grade, reason: input.reason ?? '档案修改', byUser: user.id });
    }
    if (movedTo) addLocationMove(db, { customerId: input.id, at: now.toISOString(), from, to: movedTo, text: paperLocationText(movedTo), reason: moveReason, byUser: user.id });
    reindexCustomer(db, input.id);
    refreshFollowUp(db, input.id, now);
    const after = findCustomer(db, input.id)!;
    ctx.audit(audit.updatedNote(before, changedFields(before, after), phonesChanged, input.reason));
    return cardOf(ctx, input.id);
  },

  'customers.setGrade': (ctx, input) => {
    const user = ctx.requireUser();
    const before = visibleFile(ctx, input.id);
    const now = ctx.clock.now();
    const grade = gradeForCategory(input.category, input.grade);
    setCategory(ctx.db, input.id, input.category, grade, user.id, now);
    addGradeChange(ctx.db, { customerId: input.id, at: now.toISOString(), category: input.category, grade, reason: input.reason, byUser: user.id });
    refreshFollowUp(ctx.db, input.id, now);
    ctx.audit(audit.gradedNote(before, before, { category: input.category, grade }, input.reason));
    return cardOf(ctx, input.id);
  },

  'customers.moveFile': (ctx, input) => {
    const user = ctx.requireUser();
    const before = visibleFile(ctx, input.id);
    const now = ctx.clock.now();
    const from = locationOf(before);
    if (paperLocationText(from) === paperLocationText(input.location)) throw invalid('location.room', 'LOCATION_UNCHANGED', 'The file is already there');
    setLocation(ctx.db, input.id, input.location, user.id, now);
    addLocationMove(ctx.db, { customerId: input.id, at: now.toISOString(), from, to: input.location, text: paperLocationText(input.location), reason: input.reason, byUser: user.id });
    ctx.audit(audit.movedNote(before, from, input.location, input.reason));
    return cardOf(ctx, input.id);
  },

  'customers.openInArchiveRoom': async (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.id, { content: false });
    const now = ctx.clock.now();
    const grant = activeViewGrant(ctx.db, user.id, file.id, now);
    if (grant === null) throw new KedangError('FILE_NO_VIEW_GRANT', 'An approved view request for this file is needed');
    const keeper = await proveSignOff(ctx, input.countersign, { action: `在档案室打开机密档案 ${file.archiveNo}`, targetType: 'customer', targetId: file.id, notBy: user.id });
    if (keeper.role !== 'archiveAdmin') {
      ctx.auditOnFailure({ action: 'signoff.refused', targetType: 'customer', targetId: file.id, summary: `在档案室打开机密档案 ${file.archiveNo}：须由档案管理员签字（签字人 ${keeper.username}）`, params: { file: file.id, code: 'SIGNOFF_NOT_PERMITTED', signer: keeper.username, roles: ['archiveAdmin'] } });
      throw new KedangError('SIGNOFF_NOT_PERMITTED', 'The archive admin countersigns');
    }
    const until = Math.min(now.getTime() + ARCHIVE_ROOM_OPENING_MS, new Date(viewGrantUntil(ctx.db, grant)).getTime());
    ctx.openings.markOpened(file.id, new Date(until));
    ctx.audit({ ...audit.openedInArchiveRoomNote(file, grant, { id: keeper.id, name: keeper.displayName }), actor: { id: user.id, name: user.displayName } });
    return cardOf(ctx, file.id);
  },

  'customers.reveal': (ctx, input) => {
    const file = visibleFile(ctx, input.id);
    const value = input.field === 'idNumber' ? file.idNumber : (phonesOf(ctx.db, file.id).find((p) => input.phoneId === undefined || p.id === input.phoneId)?.number ?? null);
    if (value === null) throw new KedangError('NOT_FOUND', 'Nothing to reveal');
    // The entry says what was seen, never the value itself.
    ctx.audit(audit.revealedNote(file, input.field, input.phoneId));
    return { value };
  },

  'customers.history': (ctx, input) => {
    visibleFile(ctx, input.id);
    return customerHistory(ctx, input.id);
  },

  'customers.addRecord': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.customerId);
    const db = ctx.db;
    const id = file.id;
    const now = ctx.clock.now();
    switch (input.type) {
      case 'intention':
        records.addIntention(db, id, input.record, user.id, now);
        break;
      case 'contact': {
        markContacted(db, id, records.addContact(db, id, input.record, user.id));
        refreshFollowUp(db, id, now);
        break;
      }
      case 'service':
        if (input.record.vehicleId !== null && !vehicleOnFile(db, input.record.vehicleId, id)) throw invalid('record.vehicleId', 'VEHICLE_NOT_ON_FILE', 'Vehicle is not on this file');
        records.addService(db, id, input.record, user.id);
        break;
      case 'feedback':
        records.addFeedback(db, id, input.record, user.id);
        break;
      case 'consent':
        records.addConsent(db, id, input.record, user.id);
        break;
    }
    touchCustomer(db, id, user.id, now);
    ctx.audit(audit.recordAddedNote(input.type, file));
    return cardOf(ctx, id);
  },

  'customers.updateFeedback': (ctx, input) => {
    const file = fileOfRecord(ctx, records.feedbackOwner(ctx.db, input.id), 'feedback');
    records.updateFeedback(ctx.db, input.id, input.record);
    ctx.audit(audit.feedbackHandledNote(file, input.id, !!input.record.closedAt));
    return cardOf(ctx, file.id);
  },

  'customers.withdrawConsent': (ctx, input) => {
    const consent = records.findConsent(ctx.db, input.id);
    const file = fileOfRecord(ctx, consent?.customerId ?? null, 'consent');
    if (!consent) throw new KedangError('NOT_FOUND', 'No such consent');
    if (consent.withdrawnAt) throw new KedangError('CONSENT_ALREADY_WITHDRAWN', 'Consent already withdrawn');
    records.withdrawConsent(ctx.db, input.id, input.at);
    ctx.audit(audit.consentWithdrawnNote(file, consent.kind));
    return cardOf(ctx, file.id);
  },

  'customers.followUps': (ctx, input) => {
    const user = ctx.requireUser();
    const now = ctx.clock.now();
    const base = { query: '', status: 'active' as const, sort: 'due' as const, offset: input.offset, limit: input.limit, ...(input.ownerId ? { ownerId: input.ownerId } : {}) };
    const page = ({ total, rows }: { total: number; rows: FollowUpPage['rows'] }): FollowUpPage => ({ total, rows });
    if (input.include === 'stale') {
      const cutoff = new Date(now.getTime() - readSettings(ctx.db).staleDays * 86_400_000).toISOString();
      return page(searchCustomers(ctx.db, scopeOf(user), base, now, { contactedBefore: cutoff }));
    }
    const endOfToday = new Date(now);
    endOfToday.setHours(24, 0, 0, 0);
    return page(searchCustomers(ctx.db, scopeOf(user), { ...base, ...(input.include === 'overdue' ? { overdue: true } : {}) }, now, { dueBefore: endOfToday.toISOString() }));
  },
};
