import type Database from 'better-sqlite3';
import { and, count, desc, eq, gt, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { MergeField, MergeSide, MergeStatus } from '../../../shared/merges/mergeTypes';
import { ormOf } from '../db/orm';
import {
  attachments,
  consents,
  contacts,
  customerPhones,
  customers,
  duplicateDismissals,
  feedback,
  intentions,
  lifecycleItems,
  lifecycleRequests,
  loanItems,
  loanRequests,
  merges,
  serviceRecords,
  users,
  vehicles,
} from '../db/schema';
import { phoneKey } from '../duplicates/nameKeys';
import { tombstoneCleared, type CustomerColumns } from './mergeFields';
import { movedTableName, movedTables } from './mergeReferences';

/**
 * Merges as stored. `choices` holds what the request fixed (the picker's sides, the consultant who
 * confirms) and, once carried out, how many records moved — facts without personal data, kept for the
 * record. `snapshot` holds both files and every moved row as they were, for undo; it is personal data,
 * erased at undo or when the 30 days are over.
 */
export interface MergeFacts {
  fields: Partial<Record<MergeField, MergeSide>>;
  followerId: number | null;
  moved?: Record<string, number>;
}

type PhoneRow = typeof customerPhones.$inferSelect;

export interface MergeSnapshot {
  survivor: CustomerColumns;
  merged: CustomerColumns;
  phones: PhoneRow[];
  moved: Record<string, number[]>;
  dismissals: Array<{ id: number; customerA: number; customerB: number }>;
  /** The survivor's version right after the merge: an edit since then stops an automatic undo. */
  survivorVersion: number;
}

export type MergeRow = typeof merges.$inferSelect & { requestedByName: string; undoneByName: string | null; facts: MergeFacts };

const undoer = alias(users, 'undoer');

function rowsOf(db: Database.Database, where: ReturnType<typeof eq> | undefined, limit: number): MergeRow[] {
  return ormOf(db)
    .select({ merge: merges, requestedByName: users.displayName, undoneByName: undoer.displayName })
    .from(merges)
    .innerJoin(users, eq(users.id, merges.requestedBy))
    .leftJoin(undoer, eq(undoer.id, merges.undoneBy))
    .where(where)
    .orderBy(desc(merges.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.merge, requestedByName: r.requestedByName, undoneByName: r.undoneByName, facts: JSON.parse(r.merge.choices) as MergeFacts }));
}

export function findMerge(db: Database.Database, id: number): MergeRow | null {
  return rowsOf(db, eq(merges.id, id), 1)[0] ?? null;
}

export function listMerges(db: Database.Database, filter: { status?: MergeStatus; limit: number }): MergeRow[] {
  // 'undone' and the rest are the schema's statuses: MergeStatus names the same ones.
  return rowsOf(db, filter.status ? eq(merges.status, filter.status) : undefined, filter.limit);
}

export function insertMerge(
  db: Database.Database,
  m: { survivor: CustomerColumns; merged: CustomerColumns; reason: string; facts: MergeFacts; requestedBy: number; requestedAt: string },
): number {
  return ormOf(db)
    .insert(merges)
    .values({
      survivorId: m.survivor.id,
      mergedId: m.merged.id,
      survivorArchiveNo: m.survivor.archiveNo,
      mergedArchiveNo: m.merged.archiveNo,
      status: 'pending',
      reason: m.reason,
      choices: JSON.stringify(m.facts),
      requestedBy: m.requestedBy,
      requestedAt: m.requestedAt,
    })
    .returning({ id: merges.id })
    .get().id;
}

export function attachApproval(db: Database.Database, id: number, approvalId: number): void {
  ormOf(db).update(merges).set({ approvalId }).where(eq(merges.id, id)).run();
}

export function setRejected(db: Database.Database, id: number): void {
  ormOf(db).update(merges).set({ status: 'rejected' }).where(and(eq(merges.id, id), eq(merges.status, 'pending'))).run();
}

export function fileRow(db: Database.Database, id: number): CustomerColumns | null {
  return ormOf(db).select().from(customers).where(eq(customers.id, id)).get() ?? null;
}

// ---- What stops a merge ----

/** A loan asked for, approved and still in force, or out: the paper file is not on its shelf to be merged. */
export function hasOpenLoan(db: Database.Database, ids: number[], now: string): boolean {
  const row = ormOf(db)
    .select({ n: count() })
    .from(loanItems)
    .innerJoin(loanRequests, eq(loanRequests.id, loanItems.requestId))
    .where(
      and(
        inArray(loanItems.customerId, ids),
        or(inArray(loanRequests.status, ['submitted', 'checkedOut']), and(eq(loanRequests.status, 'approved'), gt(loanRequests.endAt, now))),
      ),
    )
    .get();
  return (row?.n ?? 0) > 0;
}

/** Another merge, or a cleanup or destruction, waiting on one of the files. */
export function hasPendingRequest(db: Database.Database, ids: number[], exceptMerge: number | null): boolean {
  const orm = ormOf(db);
  const pendingMerge = orm
    .select({ n: count() })
    .from(merges)
    .where(and(eq(merges.status, 'pending'), or(inArray(merges.survivorId, ids), inArray(merges.mergedId, ids)), exceptMerge === null ? undefined : ne(merges.id, exceptMerge)))
    .get();
  const pendingLifecycle = orm
    .select({ n: count() })
    .from(lifecycleItems)
    .innerJoin(lifecycleRequests, eq(lifecycleRequests.id, lifecycleItems.requestId))
    .where(and(inArray(lifecycleItems.customerId, ids), inArray(lifecycleRequests.status, ['submitted', 'approved'])))
    .get();
  return (pendingMerge?.n ?? 0) + (pendingLifecycle?.n ?? 0) > 0;
}

/** How many records of each kind a file holds, for the picker ("these move with it"). */
export function recordCounts(db: Database.Database, customerId: number) {
  const orm = ormOf(db);
  const n = (table: typeof vehicles | typeof contacts | typeof serviceRecords | typeof feedback | typeof attachments | typeof intentions | typeof consents) =>
    orm.select({ n: count() }).from(table).where(eq(table.customerId, customerId)).get()?.n ?? 0;
  return { vehicles: n(vehicles), contacts: n(contacts), services: n(serviceRecords), feedback: n(feedback), attachments: n(attachments), intentions: n(intentions), consents: n(consents) };
}

export function phoneNumbers(db: Database.Database, customerId: number): string[] {
  return phoneRows(db, [customerId]).map((p) => p.number);
}

function phoneRows(db: Database.Database, ids: number[]): PhoneRow[] {
  return ormOf(db).select().from(customerPhones).where(inArray(customerPhones.customerId, ids)).orderBy(customerPhones.customerId, customerPhones.position).all();
}

// ---- Carrying it out, and undoing it ----

/**
 * The merge itself, inside the caller's transaction: the survivor takes the picked values, every
 * record of the other file moves to it, phones are joined, and the other file becomes a tombstone.
 * Returns the snapshot that undoes it and how many rows moved per table.
 */
export function applyMerge(
  db: Database.Database,
  m: { survivor: CustomerColumns; merged: CustomerColumns; patch: Partial<CustomerColumns>; byUser: number; now: string },
): { snapshot: MergeSnapshot; moved: Record<string, number> } {
  const orm = ormOf(db);
  const { survivor, merged } = m;
  const phones = phoneRows(db, [survivor.id, merged.id]);

  const moved: Record<string, number[]> = {};
  for (const table of movedTables) {
    const ids = orm.select({ id: table.id }).from(table).where(eq(table.customerId, merged.id)).all().map((r) => r.id);
    if (ids.length === 0) continue;
    orm.update(table).set({ customerId: survivor.id }).where(eq(table.customerId, merged.id)).run();
    moved[movedTableName(table)] = ids;
  }

  // Phones: one list, without the same number twice however it was typed.
  const held = new Set(phones.filter((p) => p.customerId === survivor.id).map((p) => phoneKey(p.number)));
  let position = phones.filter((p) => p.customerId === survivor.id).length;
  let movedPhones = 0;
  for (const phone of phones.filter((p) => p.customerId === merged.id)) {
    const key = phoneKey(phone.number);
    if (held.has(key)) {
      orm.delete(customerPhones).where(eq(customerPhones.id, phone.id)).run();
      continue;
    }
    held.add(key);
    orm.update(customerPhones).set({ customerId: survivor.id, position: position++ }).where(eq(customerPhones.id, phone.id)).run();
    movedPhones += 1;
  }

  // "Not the same customer as the merged file" now holds for the survivor, unless already said.
  const dismissals = orm
    .select({ id: duplicateDismissals.id, customerA: duplicateDismissals.customerA, customerB: duplicateDismissals.customerB })
    .from(duplicateDismissals)
    .where(or(eq(duplicateDismissals.customerA, merged.id), eq(duplicateDismissals.customerB, merged.id)))
    .all();
  const changedDismissals: MergeSnapshot['dismissals'] = [];
  for (const d of dismissals) {
    const other = d.customerA === merged.id ? d.customerB : d.customerA;
    if (other === survivor.id) continue;
    const [a, b] = other < survivor.id ? [other, survivor.id] : [survivor.id, other];
    const taken = orm.select({ id: duplicateDismissals.id }).from(duplicateDismissals).where(and(eq(duplicateDismissals.customerA, a), eq(duplicateDismissals.customerB, b))).get();
    if (taken) continue;
    orm.update(duplicateDismissals).set({ customerA: a, customerB: b }).where(eq(duplicateDismissals.id, d.id)).run();
    changedDismissals.push(d);
  }

  orm
    .update(customers)
    .set({ ...m.patch, updatedAt: m.now, updatedBy: m.byUser, version: sql`${customers.version} + 1` })
    .where(eq(customers.id, survivor.id))
    .run();
  const cleared = Object.fromEntries(tombstoneCleared.map((c) => [c, null]));
  orm
    .update(customers)
    .set({ ...cleared, status: 'merged', mergedInto: survivor.id, updatedAt: m.now, updatedBy: m.byUser, version: sql`${customers.version} + 1` })
    .where(eq(customers.id, merged.id))
    .run();
  const survivorVersion = fileRow(db, survivor.id)!.version;

  const counts = Object.fromEntries(Object.entries(moved).map(([t, ids]) => [t, ids.length]));
  if (movedPhones) counts['customer_phones'] = movedPhones;
  return { snapshot: { survivor, merged, phones, moved, dismissals: changedDismissals, survivorVersion }, moved: counts };
}

export function markMerged(db: Database.Database, id: number, done: { at: string; snapshot: MergeSnapshot; undoUntil: string; facts: MergeFacts }): void {
  ormOf(db)
    .update(merges)
    .set({ status: 'merged', mergedAt: done.at, snapshot: JSON.stringify(done.snapshot), undoUntil: done.undoUntil, choices: JSON.stringify(done.facts) })
    .where(and(eq(merges.id, id), eq(merges.status, 'pending')))
    .run();
}

export function snapshotOf(row: MergeRow): MergeSnapshot | null {
  return row.snapshot ? (JSON.parse(row.snapshot) as MergeSnapshot) : null;
}

/** Both files back as the snapshot holds them (their versions move on, so open forms notice), and every moved row back where it came from. */
export function undoMerge(db: Database.Database, id: number, snapshot: MergeSnapshot, by: { userId: number; now: string }): void {
  const orm = ormOf(db);
  const { survivor, merged } = snapshot;
  for (const file of [survivor, merged]) {
    const { id: fileId, version: _version, updatedAt: _at, updatedBy: _by, ...columns } = file;
    orm
      .update(customers)
      .set({ ...columns, updatedAt: by.now, updatedBy: by.userId, version: sql`${customers.version} + 1` })
      .where(eq(customers.id, fileId))
      .run();
  }
  orm.delete(customerPhones).where(inArray(customerPhones.customerId, [survivor.id, merged.id])).run();
  if (snapshot.phones.length) orm.insert(customerPhones).values(snapshot.phones).run();
  for (const table of movedTables) {
    const ids = snapshot.moved[movedTableName(table)] ?? [];
    // Only rows still on the survivor: a car sold on since then stays with its new owner.
    for (let i = 0; i < ids.length; i += 500) {
      orm
        .update(table)
        .set({ customerId: merged.id })
        .where(and(inArray(table.id, ids.slice(i, i + 500)), eq(table.customerId, survivor.id)))
        .run();
    }
  }
  for (const d of snapshot.dismissals) orm.update(duplicateDismissals).set({ customerA: d.customerA, customerB: d.customerB }).where(eq(duplicateDismissals.id, d.id)).run();
  orm
    .update(merges)
    .set({ status: 'undone', undoneAt: by.now, undoneBy: by.userId, snapshot: null })
    .where(and(eq(merges.id, id), eq(merges.status, 'merged')))
    .run();
}

/** The undo window is over: the snapshot (personal data) goes; the record stays. */
export function expireSnapshots(db: Database.Database, now: string): number {
  return ormOf(db)
    .update(merges)
    .set({ snapshot: null })
    .where(and(eq(merges.status, 'merged'), isNotNull(merges.snapshot), lt(merges.undoUntil, now)))
    .run().changes;
}
