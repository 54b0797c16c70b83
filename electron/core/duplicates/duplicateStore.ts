import type Database from 'better-sqlite3';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles/permissions';
import { ormOf } from '../db/orm';
import { cachedStatement } from '../db/statementCache';
import { customerPhones, customers, duplicateChecks, duplicateDismissals, users } from '../db/schema';
import type { CustomerScope } from '../customers/customerScope';
import { dismissalKey, type ScanFile } from './duplicateRules';

/**
 * What the duplicate check reads: the identifying values of the active files in a caller's scope,
 * their phones and VINs. One pass over each table, filtered in memory, so 100,000 files cost three
 * reads instead of 100,000 lookups.
 */
export function scanFiles(db: Database.Database, scope: CustomerScope): ScanFile[] {
  if (scope.levels.length === 0) return [];
  const files = new Map<number, ScanFile>();
  // Hand-written and iterated: 100,000 rows go straight into the check's own objects, with no row copies in between.
  const owner = scope.ownerOnly === null ? '' : ' AND owner_id = ?';
  const rows = cachedStatement(
    db,
    `SELECT id, kind, name, id_number AS idNumber, credit_code AS creditCode, birth_date AS birthDate, email, wechat, address
     FROM customers WHERE status = 'active' AND secrecy IN (${scope.levels.map(() => '?').join(', ')})${owner}`,
  );
  const args: unknown[] = [...scope.levels, ...(scope.ownerOnly === null ? [] : [scope.ownerOnly])];
  for (const r of rows.iterate(...args) as IterableIterator<Omit<ScanFile, 'phones' | 'vins'>>) files.set(r.id, { ...r, phones: [], vins: [] });
  for (const [customerId, number] of cachedStatement(db, 'SELECT customer_id, number FROM customer_phones').raw().iterate() as IterableIterator<[number, string]>) files.get(customerId)?.phones.push(number);
  for (const [customerId, vin] of cachedStatement(db, 'SELECT customer_id, vin FROM vehicles').raw().iterate() as IterableIterator<[number, string]>) files.get(customerId)?.vins.push(vin);
  return [...files.values()];
}

/** Every dismissed pair, as dismissalKey numbers. */
export function dismissedPairs(db: Database.Database): Set<number> {
  const rows = ormOf(db).select({ a: duplicateDismissals.customerA, b: duplicateDismissals.customerB }).from(duplicateDismissals).all();
  return new Set(rows.map((r) => dismissalKey(r.a, r.b)));
}

/** Records a dismissal once; a pair dismissed before keeps its first row. */
export function insertDismissal(db: Database.Database, d: { a: number; b: number; at: string; byUser: number; reason: string }): void {
  const [a, b] = d.a < d.b ? [d.a, d.b] : [d.b, d.a];
  ormOf(db)
    .insert(duplicateDismissals)
    .values({ customerA: a, customerB: b, at: d.at, byUser: d.byUser, reason: d.reason || null })
    .onConflictDoNothing()
    .run();
}

export function insertCheck(db: Database.Database, c: { at: string; byUser: number; scanned: number; pairs: number }): number {
  return ormOf(db).insert(duplicateChecks).values(c).returning({ id: duplicateChecks.id }).get().id;
}

export interface CheckRecord {
  at: string;
  byName: string;
  byRole: Role;
  scanned: number;
  pairs: number;
}

/** The latest checks, newest first, with who ran them (the caller decides which covered the whole archive). */
export function recentChecks(db: Database.Database, limit = 50): CheckRecord[] {
  return ormOf(db)
    .select({ at: duplicateChecks.at, byName: users.displayName, byRole: users.role, scanned: duplicateChecks.scanned, pairs: duplicateChecks.pairs })
    .from(duplicateChecks)
    .innerJoin(users, eq(users.id, duplicateChecks.byUser))
    .orderBy(desc(duplicateChecks.at), desc(duplicateChecks.id))
    .limit(limit)
    .all();
}

export interface PairFileRow {
  id: number;
  archiveNo: string;
  kind: 'person' | 'company';
  name: string;
  status: (typeof customers.$inferSelect)['status'];
  secrecy: (typeof customers.$inferSelect)['secrecy'];
  ownerId: number | null;
  ownerName: string | null;
  createdAt: string;
  phone: string | null;
}

/** The files of the pairs to show, with their first phone (masked by the caller). */
export function pairFiles(db: Database.Database, ids: number[]): Map<number, PairFileRow> {
  const out = new Map<number, PairFileRow>();
  const orm = ormOf(db);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = orm
      .select({
        id: customers.id,
        archiveNo: customers.archiveNo,
        kind: customers.kind,
        name: customers.name,
        status: customers.status,
        secrecy: customers.secrecy,
        ownerId: customers.ownerId,
        ownerName: users.displayName,
        createdAt: customers.createdAt,
        phone: sql<string | null>`(SELECT ${customerPhones.number} FROM ${customerPhones} WHERE ${customerPhones.customerId} = ${customers.id} ORDER BY ${customerPhones.position} LIMIT 1)`,
      })
      .from(customers)
      .leftJoin(users, eq(users.id, customers.ownerId))
      .where(inArray(customers.id, chunk))
      .all();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}
