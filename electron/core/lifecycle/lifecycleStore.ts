import type Database from 'better-sqlite3';
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Category, CustomerStatus, SecrecyLevel } from '../../../shared/customers/vocabularies';
import { defaultRetentionPolicy, retentionPolicySchema, type LifecycleKind, type LifecycleStatus, type RequestReasonCode, type RetentionPolicy, type RetentionRuleCode, type BackupStillHolding } from '../../../shared/lifecycle/lifecycleTypes';
import { ormOf } from '../db/orm';
import { cachedStatement } from '../db/statementCache';
import { customers, lifecycleItems, lifecycleRequests, users } from '../db/schema';
import { Where } from '../db/where';
import type { CustomerScope } from '../customers/customerScope';

const POLICY_KEY = 'lifecycle.policy';

/** The rules in force: the administrator's, or the seeds' defaults until some are saved. */
export function retentionPolicy(db: Database.Database): RetentionPolicy {
  const row = cachedStatement(db, `SELECT value FROM settings WHERE key = ?`).pluck().get(POLICY_KEY) as string | undefined;
  const parsed = row ? retentionPolicySchema.safeParse(JSON.parse(row)) : null;
  return parsed?.success ? parsed.data : defaultRetentionPolicy;
}

export function saveRetentionPolicy(db: Database.Database, policy: RetentionPolicy): void {
  cachedStatement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(POLICY_KEY, JSON.stringify(policy));
}

export interface CandidateRow {
  customerId: number;
  archiveNo: string;
  name: string;
  category: Category;
  status: CustomerStatus;
  secrecy: SecrecyLevel;
  ownerId: number | null;
  lastContactAt: string | null;
  retentionUntil: string | null;
  createdAt: string;
}

/** Files a rule proposes now, within the caller's scope, not already held by an open request; oldest contact first. */
export function candidateRows(db: Database.Database, rule: RetentionRuleCode, months: number | null, scope: CustomerScope, now: Date, page: { offset: number; limit: number }): { rows: CandidateRow[]; total: number } {
  const where = new Where();
  const levels = Object.fromEntries(scope.levels.map((level, i) => [`lvl${i}`, level]));
  where.always(scope.levels.length ? `c.secrecy IN (${Object.keys(levels).map((k) => `@${k}`).join(', ')})` : '0', levels);
  if (scope.ownerOnly !== null) where.always('c.owner_id = @scopeOwner', { scopeOwner: scope.ownerOnly });
  const cutoff = months === null ? '' : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate())).toISOString();
  const today = now.toISOString().slice(0, 10);
  switch (rule) {
    case 'invalid':
      where.always(`c.status = 'invalid'`);
      break;
    case 'lostNoContact':
      where.always(`c.status = 'active' AND c.category IN ('lost', 'churned') AND COALESCE(c.last_contact_at, c.created_at) < @cutoff`, { cutoff });
      break;
    case 'noContact':
      where.always(`c.status = 'active' AND COALESCE(c.last_contact_at, c.created_at) < @cutoff`, { cutoff });
      break;
    case 'refusedContact':
      where.always(`c.status = 'active' AND EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id AND k.kind = 'contact' AND k.withdrawn_at IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id AND k.kind = 'contact' AND k.withdrawn_at IS NULL)`);
      break;
    case 'pastRetention':
      where.always(`c.status IN ('active', 'invalid') AND c.retention_until IS NOT NULL AND c.retention_until < @today`, { today });
      break;
  }
  where.always(`NOT EXISTS (SELECT 1 FROM lifecycle_items i JOIN lifecycle_requests r ON r.id = i.request_id WHERE i.customer_id = c.id AND r.status IN ('submitted', 'approved'))`);
  const select = `SELECT c.id AS customerId, c.archive_no AS archiveNo, c.name, c.category, c.status, c.secrecy, c.owner_id AS ownerId, c.last_contact_at AS lastContactAt, c.retention_until AS retentionUntil, c.created_at AS createdAt FROM customers c ${where.toSql()}`;
  const rows = db.prepare(`${select} ORDER BY COALESCE(c.last_contact_at, c.created_at), c.id LIMIT @limit OFFSET @offset`).all({ ...where.params, limit: page.limit, offset: page.offset }) as CandidateRow[];
  const total = db.prepare(`SELECT count(*) FROM customers c ${where.toSql()}`).pluck().get(where.params) as number;
  return { rows, total };
}

/** Which of these files an open (submitted or approved) request already holds. */
export function filesInOpenRequests(db: Database.Database, customerIds: number[]): number[] {
  return cachedStatement(db, `SELECT DISTINCT i.customer_id FROM lifecycle_items i JOIN lifecycle_requests r ON r.id = i.request_id WHERE r.status IN ('submitted', 'approved') AND i.customer_id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(customerIds)) as number[];
}

export interface NewLifecycleRequest {
  kind: LifecycleKind;
  reason: string;
  requesterId: number;
  createdAt: string;
  items: Array<{ customerId: number; archiveNo: string; rule: RequestReasonCode | null; categoryBefore: Category; statusBefore: CustomerStatus; fileCreatedAt: string }>;
}

export function insertRequest(db: Database.Database, r: NewLifecycleRequest): number {
  const orm = ormOf(db);
  const { id } = orm.insert(lifecycleRequests).values({ kind: r.kind, status: 'submitted', reason: r.reason, requesterId: r.requesterId, createdAt: r.createdAt }).returning({ id: lifecycleRequests.id }).get();
  for (const item of r.items) orm.insert(lifecycleItems).values({ requestId: id, ...item }).run();
  return id;
}

export function attachApproval(db: Database.Database, requestId: number, approvalId: number): void {
  ormOf(db).update(lifecycleRequests).set({ approvalId }).where(eq(lifecycleRequests.id, requestId)).run();
}

export type LifecycleRow = typeof lifecycleRequests.$inferSelect & { requesterName: string };

export function findRequest(db: Database.Database, id: number): LifecycleRow | null {
  const row = ormOf(db).select({ r: lifecycleRequests, requesterName: users.displayName }).from(lifecycleRequests).innerJoin(users, eq(users.id, lifecycleRequests.requesterId)).where(eq(lifecycleRequests.id, id)).get();
  return row ? { ...row.r, requesterName: row.requesterName } : null;
}

export function listRequests(db: Database.Database, f: { kind?: LifecycleKind; status?: LifecycleStatus; ids?: number[]; offset: number; limit: number }): { rows: LifecycleRow[]; total: number } {
  const conditions: SQL[] = [];
  if (f.kind) conditions.push(eq(lifecycleRequests.kind, f.kind));
  if (f.status) conditions.push(eq(lifecycleRequests.status, f.status));
  if (f.ids) conditions.push(inArray(lifecycleRequests.id, f.ids));
  const where = conditions.length ? and(...conditions) : undefined;
  const orm = ormOf(db);
  const rows = orm.select({ r: lifecycleRequests, requesterName: users.displayName }).from(lifecycleRequests).innerJoin(users, eq(users.id, lifecycleRequests.requesterId)).where(where).orderBy(desc(lifecycleRequests.id)).limit(f.limit).offset(f.offset).all();
  const total = orm.select({ n: count() }).from(lifecycleRequests).where(where).get()?.n ?? 0;
  return { rows: rows.map((row) => ({ ...row.r, requesterName: row.requesterName })), total };
}

/** Requests whose approval is in this list (those waiting for, or signed by, someone). */
export function requestIdsForApprovals(db: Database.Database, approvalIds: number[]): number[] {
  if (!approvalIds.length) return [];
  return ormOf(db).select({ id: lifecycleRequests.id }).from(lifecycleRequests).where(inArray(lifecycleRequests.approvalId, approvalIds)).all().map((r) => r.id);
}

export interface ItemRow {
  customerId: number;
  archiveNo: string;
  rule: string | null;
  categoryBefore: Category;
  statusBefore: CustomerStatus;
  fileCreatedAt: string;
  /** The file as it is now (a tombstone's name is empty). */
  name: string | null;
  status: CustomerStatus | null;
  secrecy: SecrecyLevel | null;
  ownerId: number | null;
}

export function itemsOf(db: Database.Database, requestId: number): ItemRow[] {
  return ormOf(db)
    .select({
      customerId: lifecycleItems.customerId,
      archiveNo: lifecycleItems.archiveNo,
      rule: lifecycleItems.rule,
      categoryBefore: lifecycleItems.categoryBefore,
      statusBefore: lifecycleItems.statusBefore,
      fileCreatedAt: lifecycleItems.fileCreatedAt,
      name: customers.name,
      status: customers.status,
      secrecy: customers.secrecy,
      ownerId: customers.ownerId,
    })
    .from(lifecycleItems)
    .leftJoin(customers, eq(customers.id, lifecycleItems.customerId))
    .where(eq(lifecycleItems.requestId, requestId))
    .orderBy(asc(lifecycleItems.archiveNo))
    .all();
}

type RequestUpdate = Partial<Pick<typeof lifecycleRequests.$inferInsert, 'executedAt' | 'executedBy' | 'shreddedAt' | 'shreddedBy' | 'witnessId' | 'backupsHolding'>>;

/** Moves a request on only from the state it is expected in (two people cannot both win). */
export function moveRequest(db: Database.Database, id: number, from: LifecycleStatus[], to: LifecycleStatus, set: RequestUpdate = {}): boolean {
  return ormOf(db).update(lifecycleRequests).set({ status: to, ...set }).where(and(eq(lifecycleRequests.id, id), inArray(lifecycleRequests.status, from))).run().changes === 1;
}

export function recordShredding(db: Database.Database, id: number, set: Required<Pick<RequestUpdate, 'shreddedAt' | 'shreddedBy' | 'witnessId'>>): void {
  ormOf(db).update(lifecycleRequests).set(set).where(eq(lifecycleRequests.id, id)).run();
}

/** Files of these with a paper file out on loan now (checked out and not returned). */
export function filesOnLoan(db: Database.Database, customerIds: number[]): number[] {
  return cachedStatement(db, `SELECT DISTINCT i.customer_id FROM loan_items i JOIN loan_requests r ON r.id = i.request_id WHERE r.status = 'checkedOut' AND i.customer_id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(customerIds)) as number[];
}

export function userName(db: Database.Database, id: number | null): string | null {
  if (id === null) return null;
  return ormOf(db).select({ name: users.displayName }).from(users).where(eq(users.id, id)).get()?.name ?? null;
}

/** Carried-out requests with the backups their erase found live, oldest first. */
export function executedErasures(db: Database.Database): Array<{ requestId: number; executedAt: string; backupsHolding: BackupStillHolding[] }> {
  return ormOf(db)
    .select({ requestId: lifecycleRequests.id, executedAt: lifecycleRequests.executedAt, backupsHolding: lifecycleRequests.backupsHolding })
    .from(lifecycleRequests)
    .where(eq(lifecycleRequests.status, 'executed'))
    .orderBy(asc(lifecycleRequests.id))
    .all()
    .map((r) => ({ requestId: r.requestId, executedAt: r.executedAt ?? '', backupsHolding: r.backupsHolding ? (JSON.parse(r.backupsHolding) as BackupStillHolding[]) : [] }));
}
