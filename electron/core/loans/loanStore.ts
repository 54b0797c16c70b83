import type Database from 'better-sqlite3';
import { decideLoan, defaultLoanPolicy, type Department, type LoanKind, type LoanPolicy } from '../../../shared/loans/loanPolicy';
import { defaultLoanSettings, type LoanRequest, type LoanSettings, type LoanStatus } from '../../../shared/loans/loanTypes';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';
import { KedangError } from '../../../shared/contract/errors';

interface LoanRow {
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
  decided_at: string | null;
  decider_name: string | null;
  decision_note: string | null;
  checked_out_at: string | null;
  returned_at: string | null;
  condition_note: string | null;
}

const HOUR = 3_600_000;

/** The policy table in force: the administrator's, or the seeds' defaults until one is saved. */
export function loanPolicy(db: Database.Database): LoanPolicy {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'loans.policy'`).pluck().get() as string | undefined;
  return row ? (JSON.parse(row) as LoanPolicy) : defaultLoanPolicy;
}

export function loanSettings(db: Database.Database): LoanSettings {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'loans.settings'`).pluck().get() as string | undefined;
  return row ? { ...defaultLoanSettings, ...(JSON.parse(row) as Partial<LoanSettings>) } : defaultLoanSettings;
}

/** An approved request whose period ended unused reads as expired; a checkout past its due time is overdue. */
export function effectiveStatus(status: LoanStatus, endAt: string, now: Date): LoanStatus {
  return status === 'approved' && new Date(endAt).getTime() <= now.getTime() ? 'expired' : status;
}

export function toLoan(db: Database.Database, r: LoanRow, now: Date, settings = loanSettings(db), policy = loanPolicy(db)): LoanRequest {
  const files = db
    .prepare('SELECT c.id AS customerId, c.archive_no AS archiveNo, c.name FROM loan_items i JOIN customers c ON c.id = i.customer_id WHERE i.request_id = ? ORDER BY c.id')
    .all(r.id) as LoanRequest['files'];
  const decision = decideLoan(policy, { kind: r.kind, levels: [r.level], department: r.department, minutes: 1 });
  const status = effectiveStatus(r.status, r.end_at, now);
  const lateMs = status === 'checkedOut' ? now.getTime() - new Date(r.end_at).getTime() : -1;
  return {
    id: r.id,
    requesterId: r.requester_id,
    requesterName: r.requester_name,
    department: r.department,
    kind: r.kind,
    purpose: r.purpose,
    reason: r.reason,
    level: r.level,
    startAt: r.start_at,
    endAt: r.end_at,
    status,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    deciderName: r.decider_name,
    decisionNote: r.decision_note,
    checkedOutAt: r.checked_out_at,
    returnedAt: r.returned_at,
    conditionNote: r.condition_note,
    files,
    approverRoles: decision.ok ? decision.approverRoles : [],
    archiveRoomOnly: decision.ok && decision.archiveRoomOnly,
    overdue: lateMs > 0,
    reminderStage: lateMs >= settings.secondReminderHours * HOUR ? 2 : lateMs >= settings.firstReminderHours * HOUR ? 1 : 0,
  };
}

const selectLoan = `SELECT r.*, u.display_name AS requester_name, d.display_name AS decider_name
  FROM loan_requests r JOIN users u ON u.id = r.requester_id LEFT JOIN users d ON d.id = r.decided_by`;

export function getLoanRow(db: Database.Database, id: number): LoanRow {
  const row = db.prepare(`${selectLoan} WHERE r.id = ?`).get(id) as LoanRow | undefined;
  if (!row) throw new KedangError('NOT_FOUND', `No loan request ${id}`);
  return row;
}

export function listLoanRows(db: Database.Database, where: string[], params: Record<string, string | number>, limit: number): LoanRow[] {
  return db.prepare(`${selectLoan} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.id DESC LIMIT @limit`).all({ ...params, limit }) as LoanRow[];
}

/** Moves a request from one state to the next only if it is still in the expected one (two approvers cannot both win). */
export function transition(db: Database.Database, id: number, from: LoanStatus[], to: LoanStatus, set: Record<string, string | number | null> = {}): void {
  const cols = Object.keys(set);
  const result = db
    .prepare(`UPDATE loan_requests SET status = @to${cols.map((c) => `, ${c} = @${c}`).join('')} WHERE id = @id AND status IN (${from.map((_, i) => `@from${i}`).join(', ')})`)
    .run({ ...set, to, id, ...Object.fromEntries(from.map((f, i) => [`from${i}`, f])) });
  if (result.changes !== 1) throw new KedangError('LOAN_WRONG_STATE', `Request ${id} is no longer ${from.join('/')}`);
}

/** Active electronic view grant of a user on a file (an approved 查阅 within its period). */
export function hasViewGrant(db: Database.Database, userId: number, customerId: number, now: Date): number | null {
  const id = db
    .prepare(
      `SELECT r.id FROM loan_requests r JOIN loan_items i ON i.request_id = r.id
       WHERE r.requester_id = ? AND i.customer_id = ? AND r.kind = 'view' AND r.status = 'approved' AND r.start_at <= ? AND r.end_at > ? LIMIT 1`,
    )
    .pluck()
    .get(userId, customerId, now.toISOString(), now.toISOString()) as number | undefined;
  return id ?? null;
}

export function hasOverdue(db: Database.Database, userId: number, now: Date): boolean {
  return !!db.prepare(`SELECT 1 FROM loan_requests WHERE requester_id = ? AND status = 'checkedOut' AND end_at < ?`).get(userId, now.toISOString());
}

/** Who holds a file's paper copy now, for its card. */
export function fileOut(db: Database.Database, customerId: number): { requestId: number; holder: string; dueAt: string } | null {
  const row = db
    .prepare(
      `SELECT r.id AS requestId, u.display_name AS holder, r.end_at AS dueAt FROM loan_items i JOIN loan_requests r ON r.id = i.request_id
       JOIN users u ON u.id = r.requester_id WHERE i.customer_id = ? AND r.status = 'checkedOut' LIMIT 1`,
    )
    .get(customerId) as { requestId: number; holder: string; dueAt: string } | undefined;
  return row ?? null;
}
