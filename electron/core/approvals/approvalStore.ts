import type Database from 'better-sqlite3';
import type { ApprovalStatus, ApprovalView, Delegation, StepAuthority, StepStatus } from '../../../shared/approvals/approvalTypes';
import type { Permission, Role } from '../../../shared/roles/permissions';
import { KedangError } from '../../../shared/contract/errors';
import { currentStep, type ActiveDelegation, type StepState } from './approvalRules';

interface RequestRow {
  id: number;
  subject_type: string;
  subject_id: string | null;
  requester_id: number;
  status: ApprovalStatus;
}

interface StepRow {
  position: number;
  kind: StepAuthority['kind'];
  roles: string;
  permission: Permission | null;
  status: StepStatus;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  note: string | null;
  delegation_id: number | null;
  delegator_name: string | null;
  delegation_role: Role | null;
}

export interface ApprovalRecord {
  id: number;
  subjectType: string;
  subjectId: string | null;
  requesterId: number;
  status: ApprovalStatus;
  steps: StepState[];
}

export function insertApproval(
  db: Database.Database,
  a: { subjectType: string; subjectId: string | null; requesterId: number; summary: string; createdAt: string; steps: Array<StepAuthority & { status: StepStatus }> },
): number {
  const id = Number(
    db
      .prepare('INSERT INTO approval_requests (subject_type, subject_id, requester_id, status, summary, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(a.subjectType, a.subjectId, a.requesterId, 'pending', a.summary, a.createdAt).lastInsertRowid,
  );
  const step = db.prepare('INSERT INTO approval_steps (request_id, position, kind, roles, permission, status) VALUES (?, ?, ?, ?, ?, ?)');
  a.steps.forEach((s, i) => step.run(id, i, s.kind, JSON.stringify(s.roles), s.permission ?? null, s.status));
  return id;
}

export function findApproval(db: Database.Database, id: number): ApprovalRecord | null {
  const row = db.prepare('SELECT id, subject_type, subject_id, requester_id, status FROM approval_requests WHERE id = ?').get(id) as RequestRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    requesterId: row.requester_id,
    status: row.status,
    steps: stepRows(db, id).map((s) => ({ position: s.position, kind: s.kind, roles: JSON.parse(s.roles) as Role[], ...(s.permission ? { permission: s.permission } : {}), status: s.status })),
  };
}

function stepRows(db: Database.Database, requestId: number): StepRow[] {
  return db
    .prepare(
      `SELECT s.position, s.kind, s.roles, s.permission, s.status, s.decided_by, u.display_name AS decided_by_name, s.decided_at, s.note,
         s.delegation_id, du.display_name AS delegator_name, d.role AS delegation_role
       FROM approval_steps s LEFT JOIN users u ON u.id = s.decided_by
       LEFT JOIN approval_delegations d ON d.id = s.delegation_id LEFT JOIN users du ON du.id = d.delegator_id
       WHERE s.request_id = ? ORDER BY s.position`,
    )
    .all(requestId) as StepRow[];
}

export function approvalView(db: Database.Database, id: number): ApprovalView {
  const row = db.prepare('SELECT status FROM approval_requests WHERE id = ?').get(id) as { status: ApprovalStatus } | undefined;
  if (!row) throw new KedangError('NOT_FOUND', `No approval ${id}`);
  const steps = stepRows(db, id).map((s) => ({
    position: s.position,
    kind: s.kind,
    roles: JSON.parse(s.roles) as Role[],
    ...(s.permission ? { permission: s.permission } : {}),
    status: s.status,
    decidedById: s.decided_by,
    decidedByName: s.decided_by_name,
    decidedAt: s.decided_at,
    note: s.note,
    delegation: s.delegation_id !== null ? { id: s.delegation_id, delegatorName: s.delegator_name ?? '', role: s.delegation_role! } : null,
  }));
  return { id, status: row.status, steps, current: row.status === 'pending' ? (currentStep(steps)?.position ?? null) : null };
}

/**
 * Signs one step, only if it is still the one waiting: of two approvers acting at once, the second
 * finds the step already decided and gets APPROVAL_WRONG_STATE.
 */
export function signStep(db: Database.Database, requestId: number, position: number, sign: { status: 'approved' | 'rejected'; by: number; at: string; note: string; delegationId: number | null }): void {
  const result = db
    .prepare(`UPDATE approval_steps SET status = ?, decided_by = ?, decided_at = ?, note = ?, delegation_id = ? WHERE request_id = ? AND position = ? AND status = 'waiting'`)
    .run(sign.status, sign.by, sign.at, sign.note, sign.delegationId, requestId, position);
  if (result.changes !== 1) throw new KedangError('APPROVAL_WRONG_STATE', `Step ${position} of approval ${requestId} is no longer waiting`);
}

export function setApprovalStatus(db: Database.Database, id: number, from: ApprovalStatus[], to: ApprovalStatus, at: string): void {
  const result = db
    .prepare(`UPDATE approval_requests SET status = ?, decided_at = ? WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`)
    .run(to, at, id, ...from);
  if (result.changes !== 1) throw new KedangError('APPROVAL_WRONG_STATE', `Approval ${id} is no longer ${from.join('/')}`);
}

// ---- Delegations (委托书) ----

interface DelegationRow {
  id: number;
  delegator_id: number;
  delegator_name: string;
  delegate_id: number;
  delegate_name: string;
  role: Role;
  from_at: string;
  until_at: string;
  reason: string;
  created_at: string;
  revoked_at: string | null;
}

const delegationSelect = `SELECT d.*, a.display_name AS delegator_name, b.display_name AS delegate_name
  FROM approval_delegations d JOIN users a ON a.id = d.delegator_id JOIN users b ON b.id = d.delegate_id`;

function toDelegation(r: DelegationRow): Delegation {
  return {
    id: r.id,
    delegatorId: r.delegator_id,
    delegatorName: r.delegator_name,
    delegateId: r.delegate_id,
    delegateName: r.delegate_name,
    role: r.role,
    fromAt: r.from_at,
    untilAt: r.until_at,
    reason: r.reason,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}

export function insertDelegation(db: Database.Database, d: { delegatorId: number; delegateId: number; role: Role; fromAt: string; untilAt: string; reason: string; createdAt: string }): number {
  return Number(
    db
      .prepare('INSERT INTO approval_delegations (delegator_id, delegate_id, role, from_at, until_at, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(d.delegatorId, d.delegateId, d.role, d.fromAt, d.untilAt, d.reason, d.createdAt).lastInsertRowid,
  );
}

export function findDelegation(db: Database.Database, id: number): Delegation | null {
  const row = db.prepare(`${delegationSelect} WHERE d.id = ?`).get(id) as DelegationRow | undefined;
  return row ? toDelegation(row) : null;
}

export function listDelegations(db: Database.Database, filter: { userId?: number } = {}): Delegation[] {
  const rows = (filter.userId === undefined
    ? db.prepare(`${delegationSelect} ORDER BY d.id DESC LIMIT 200`).all()
    : db.prepare(`${delegationSelect} WHERE d.delegator_id = ? OR d.delegate_id = ? ORDER BY d.id DESC LIMIT 200`).all(filter.userId, filter.userId)) as DelegationRow[];
  return rows.map(toDelegation);
}

/** The delegations naming this person as deputy (in force or not; the rule decides). */
export function delegationsTo(db: Database.Database, delegateId: number): ActiveDelegation[] {
  return (db.prepare('SELECT id, delegator_id, delegate_id, role, from_at, until_at, revoked_at FROM approval_delegations WHERE delegate_id = ? AND revoked_at IS NULL').all(delegateId) as Array<{
    id: number;
    delegator_id: number;
    delegate_id: number;
    role: Role;
    from_at: string;
    until_at: string;
    revoked_at: string | null;
  }>).map((r) => ({ id: r.id, delegatorId: r.delegator_id, delegateId: r.delegate_id, role: r.role, fromAt: r.from_at, untilAt: r.until_at, revokedAt: r.revoked_at }));
}

export function revokeDelegation(db: Database.Database, id: number, at: string): void {
  const result = db.prepare('UPDATE approval_delegations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
  if (result.changes !== 1) throw new KedangError('DELEGATION_REVOKED', `Delegation ${id} is already revoked`);
}
