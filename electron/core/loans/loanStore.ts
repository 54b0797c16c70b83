import type Database from 'better-sqlite3';
import { defaultLoanPolicy, normalisePolicy, type Department, type LoanKind, type LoanPolicy } from '../../../shared/loans/loanPolicy';
import { defaultLoanSettings, type LoanSettings, type LoanStatus } from '../../../shared/loans/loanTypes';
import type { CustomerStatus, SecrecyLevel } from '../../../shared/customers/vocabularies';
import { KedangError } from '../../../shared/contract/errors';
import { cachedStatement } from '../db/statementCache';
import { Where } from '../db/where';

export interface LoanRow {
  id: number;
  requester_id: number;
  requester_name: string;
  department: Department;
  kind: LoanKind;
  purpose: string;
  reason: string;
  level: SecrecyLevel;
  start_at: string;
  end_at: string;
  status: LoanStatus;
  created_at: string;
  approval_id: number | null;
  archive_room_only: number;
  direct: number;
  checked_out_at: string | null;
  handed_over_by_name: string | null;
  received_by_name: string | null;
  returned_at: string | null;
  returned_to_name: string | null;
  condition_note: string | null;
}

/** The policy table in force: the administrator's, or the seeds' defaults until one is saved. */
export function loanPolicy(db: Database.Database): LoanPolicy {
  const row = cachedStatement(db, `SELECT value FROM settings WHERE key = 'loans.policy'`).pluck().get() as string | undefined;
  return row ? normalisePolicy(JSON.parse(row)) : defaultLoanPolicy;
}

export function loanSettings(db: Database.Database): LoanSettings {
  const row = cachedStatement(db, `SELECT value FROM settings WHERE key = 'loans.settings'`).pluck().get() as string | undefined;
  return row ? { ...defaultLoanSettings, ...(JSON.parse(row) as Partial<LoanSettings>) } : defaultLoanSettings;
}

export function saveLoanRules(db: Database.Database, policy: LoanPolicy, settings: LoanSettings): void {
  const upsert = cachedStatement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  upsert.run('loans.policy', JSON.stringify(policy));
  upsert.run('loans.settings', JSON.stringify(settings));
}

export function insertLoan(
  db: Database.Database,
  r: { requesterId: number; department: Department; kind: LoanKind; purpose: string; reason: string; level: SecrecyLevel; startAt: string; endAt: string; status: LoanStatus; createdAt: string; archiveRoomOnly: boolean; direct: boolean },
  customerIds: number[],
): number {
  const id = Number(
    cachedStatement(
      db,
      `INSERT INTO loan_requests (requester_id, department, kind, purpose, reason, level, start_at, end_at, status, created_at, archive_room_only, direct)
       VALUES (@requesterId, @department, @kind, @purpose, @reason, @level, @startAt, @endAt, @status, @createdAt, @archiveRoomOnly, @direct)`,
    ).run({ ...r, archiveRoomOnly: r.archiveRoomOnly ? 1 : 0, direct: r.direct ? 1 : 0 }).lastInsertRowid,
  );
  const item = cachedStatement(db, 'INSERT INTO loan_items (request_id, customer_id) VALUES (?, ?)');
  for (const customerId of customerIds) item.run(id, customerId);
  return id;
}

export function attachApproval(db: Database.Database, loanId: number, approvalId: number): void {
  cachedStatement(db, 'UPDATE loan_requests SET approval_id = ? WHERE id = ?').run(approvalId, loanId);
}

const selectLoan = `SELECT r.*, u.display_name AS requester_name, h.display_name AS handed_over_by_name, v.display_name AS received_by_name,
    t.display_name AS returned_to_name
  FROM loan_requests r JOIN users u ON u.id = r.requester_id LEFT JOIN users h ON h.id = r.checked_out_by
  LEFT JOIN users v ON v.id = r.received_by LEFT JOIN users t ON t.id = r.returned_to`;

export function findLoanRow(db: Database.Database, id: number): LoanRow | null {
  return (cachedStatement(db, `${selectLoan} WHERE r.id = ?`).get(id) as LoanRow | undefined) ?? null;
}

export interface LoanFilter {
  /** Only this requester's requests (a requester who manages no loans sees only their own). */
  onlyRequester: number | null;
  /** Who is looking: their own drafts are theirs alone; nobody else sees them. */
  viewer: number;
  now: string;
  status?: LoanStatus;
  requesterId?: number;
  customerId?: number;
  from?: string;
  to?: string;
  view: 'all' | 'out' | 'overdue' | 'pending' | 'handover' | 'mine';
  limit: number;
}

/** The register (外借登记册), newest first. */
export function listLoanRows(db: Database.Database, f: LoanFilter): LoanRow[] {
  const where = new Where();
  if (f.onlyRequester !== null) where.always('r.requester_id = @me', { me: f.onlyRequester });
  // A draft is the requester's own until it is submitted: the archive room does not see it either.
  else where.always(`(r.status != 'draft' OR r.requester_id = @self)`, { self: f.viewer });
  where
    .when('r.requester_id = @requesterId', { requesterId: f.requesterId })
    .when('r.id IN (SELECT request_id FROM loan_items WHERE customer_id = @customerId)', { customerId: f.customerId })
    .when('r.created_at >= @from', { from: f.from && new Date(f.from).toISOString() })
    .when('r.created_at <= @to', { to: f.to && new Date(f.to).toISOString() });
  if (f.status === 'expired') where.always(`(r.status = 'expired' OR (r.status = 'approved' AND r.end_at <= @now))`, { now: f.now });
  else if (f.status === 'approved') where.always(`r.status = 'approved' AND r.end_at > @now`, { now: f.now });
  else where.when('r.status = @status', { status: f.status });
  if (f.view === 'out') where.always(`r.status = 'checkedOut'`);
  if (f.view === 'overdue') where.always(`r.status = 'checkedOut' AND r.end_at < @nowOverdue`, { nowOverdue: f.now });
  if (f.view === 'pending') where.always(`r.status = 'submitted'`);
  if (f.view === 'handover') where.always(`r.status = 'approved' AND r.kind = 'checkout' AND r.archive_room_only = 0 AND r.end_at > @nowHandover`, { nowHandover: f.now });
  return cachedStatement(db, `${selectLoan} ${where.toSql()} ORDER BY r.id DESC LIMIT @limit`).all({ ...where.params, limit: f.limit }) as LoanRow[];
}

export function loanFiles(db: Database.Database, loanId: number): Array<{ customerId: number; archiveNo: string; name: string; secrecy: SecrecyLevel; ownerId: number | null; status: CustomerStatus }> {
  return cachedStatement(db, 'SELECT c.id AS customerId, c.archive_no AS archiveNo, c.name, c.secrecy, c.owner_id AS ownerId, c.status FROM loan_items i JOIN customers c ON c.id = i.customer_id WHERE i.request_id = ? ORDER BY c.id').all(loanId) as Array<{
    customerId: number;
    archiveNo: string;
    name: string;
    secrecy: SecrecyLevel;
    ownerId: number | null;
    status: CustomerStatus;
  }>;
}

/** Moves a request from one state to the next only if it is still in the expected one (two people cannot both win). */
export function transition(db: Database.Database, id: number, from: LoanStatus[], to: LoanStatus, set: Partial<Record<'checked_out_at' | 'checked_out_by' | 'received_by' | 'returned_at' | 'returned_to' | 'condition_note', string | number | null>> = {}): void {
  const cols = Object.keys(set);
  const result = db
    .prepare(`UPDATE loan_requests SET status = @to${cols.map((c) => `, ${c} = @${c}`).join('')} WHERE id = @id AND status IN (${from.map((_, i) => `@from${i}`).join(', ')})`)
    .run({ ...set, to, id, ...Object.fromEntries(from.map((f, i) => [`from${i}`, f])) });
  if (result.changes !== 1) throw new KedangError('LOAN_WRONG_STATE', `Request ${id} is no longer ${from.join('/')}`);
}

/** An active electronic view grant of a user on a file (an approved 查阅 within its period): its request id. */
export function activeViewGrant(db: Database.Database, userId: number, customerId: number, now: Date): number | null {
  const at = now.toISOString();
  const id = cachedStatement(
    db,
    `SELECT r.id FROM loan_requests r JOIN loan_items i ON i.request_id = r.id
     WHERE r.requester_id = ? AND i.customer_id = ? AND r.kind = 'view' AND r.status = 'approved' AND r.start_at <= ? AND r.end_at > ? LIMIT 1`,
  )
    .pluck()
    .get(userId, customerId, at, at) as number | undefined;
  return id ?? null;
}

export function viewGrantUntil(db: Database.Database, loanId: number): string {
  return cachedStatement(db, 'SELECT end_at FROM loan_requests WHERE id = ?').pluck().get(loanId) as string;
}

export function hasOverdue(db: Database.Database, userId: number, now: Date): boolean {
  return !!cachedStatement(db, `SELECT 1 FROM loan_requests WHERE requester_id = ? AND status = 'checkedOut' AND end_at < ?`).get(userId, now.toISOString());
}

/** Who holds a file's paper copy now, for its card. */
export function fileOut(db: Database.Database, customerId: number): { requestId: number; holder: string; dueAt: string } | null {
  const row = cachedStatement(
    db,
    `SELECT r.id AS requestId, u.display_name AS holder, r.end_at AS dueAt FROM loan_items i JOIN loan_requests r ON r.id = i.request_id
     JOIN users u ON u.id = r.requester_id WHERE i.customer_id = ? AND r.status = 'checkedOut' LIMIT 1`,
  ).get(customerId) as { requestId: number; holder: string; dueAt: string } | undefined;
  return row ?? null;
}
