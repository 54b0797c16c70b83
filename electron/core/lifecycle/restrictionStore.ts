import type Database from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import type { CustomerStatus } from '../../../shared/customers/vocabularies';
import { ormOf } from '../db/orm';
import { customers, users } from '../db/schema';
import { reindexCustomer } from '../customers/customerStore';

/** 封存: the file keeps its data but leaves every list, search and follow-up; the status it had is kept to lift it. */
export function restrictFile(db: Database.Database, id: number, r: { reason: string; reviewAt: string; by: number; now: Date; statusBefore: CustomerStatus }): void {
  const at = r.now.toISOString();
  ormOf(db)
    .update(customers)
    .set({ status: 'restricted', statusBeforeRestriction: r.statusBefore, restrictionReason: r.reason, restrictionReviewAt: r.reviewAt, restrictedAt: at, restrictedBy: r.by, updatedAt: at, updatedBy: r.by })
    .where(eq(customers.id, id))
    .run();
  reindexCustomer(db, id);
}

export function liftRestriction(db: Database.Database, id: number, to: CustomerStatus, by: number, now: Date): void {
  const at = now.toISOString();
  ormOf(db)
    .update(customers)
    .set({ status: to, statusBeforeRestriction: null, restrictionReason: null, restrictionReviewAt: null, restrictedAt: null, restrictedBy: null, updatedAt: at, updatedBy: by })
    .where(eq(customers.id, id))
    .run();
  reindexCustomer(db, id);
}

export function restrictedRows(db: Database.Database) {
  return ormOf(db)
    .select({
      customerId: customers.id,
      archiveNo: customers.archiveNo,
      name: customers.name,
      secrecy: customers.secrecy,
      ownerId: customers.ownerId,
      reason: customers.restrictionReason,
      restrictedAt: customers.restrictedAt,
      restrictedByName: users.displayName,
      reviewAt: customers.restrictionReviewAt,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.restrictedBy))
    .where(eq(customers.status, 'restricted'))
    .orderBy(asc(customers.restrictionReviewAt), asc(customers.archiveNo))
    .all();
}
