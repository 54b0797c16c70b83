import type Database from 'better-sqlite3';
import type { LoanRequest, LoanSettings } from '../../../shared/loans/loanTypes';
import type { SessionUser } from '../../../shared/app/status';
import { approvalView } from '../approvals/approvalStore';
import { canSee, scopeOf } from '../customers/customerScope';
import { effectiveStatus, lateness } from './loanState';
import { loanFiles, type LoanRow } from './loanStore';

/** A request as it leaves core: its chain of signatures, its files (named only where the caller may see them), how late it is. */
export function toLoan(db: Database.Database, r: LoanRow, viewer: SessionUser, now: Date, settings: LoanSettings): LoanRequest {
  const scope = scopeOf(viewer);
  const status = effectiveStatus(r.status, r.end_at, now);
  const approval = r.approval_id !== null ? approvalView(db, r.approval_id) : null;
  const signed = approval?.steps.filter((s) => s.decidedAt !== null).at(-1) ?? null;
  const waiting = approval?.current !== null && approval?.current !== undefined ? approval.steps[approval.current] : null;
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
    approval,
    direct: r.direct === 1,
    decidedAt: signed?.decidedAt ?? null,
    deciderName: signed?.decidedByName ?? null,
    decisionNote: signed?.note || null,
    checkedOutAt: r.checked_out_at,
    handedOverByName: r.handed_over_by_name,
    receivedByName: r.received_by_name,
    returnedAt: r.returned_at,
    returnedToName: r.returned_to_name,
    conditionNote: r.condition_note,
    files: loanFiles(db, r.id).map((f) => ({ customerId: f.customerId, archiveNo: f.archiveNo, name: canSee(scope, f) ? f.name : null })),
    approverRoles: status === 'submitted' && waiting ? waiting.roles : [],
    archiveRoomOnly: r.archive_room_only === 1,
    ...lateness(r.status, r.end_at, now, settings),
  };
}
