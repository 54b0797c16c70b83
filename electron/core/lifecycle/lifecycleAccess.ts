import { KedangError } from '../../../shared/contract/errors';
import { lifecycleKindLabels, type BackupStillHolding, type LifecycleRequest, type RequestReasonCode } from '../../../shared/lifecycle/lifecycleTypes';
import type { HandlerContext } from '../rpc/handler';
import { approvalView, delegationsTo } from '../approvals/approvalStore';
import { authorityFor, delegationInForce } from '../approvals/approvalRules';
import { canSee, scopeOf } from '../customers/customerScope';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { findRequest, itemsOf, userName, type LifecycleRow } from './lifecycleStore';

export function subjectOf(row: Pick<LifecycleRow, 'id' | 'kind'>) {
  return { type: 'lifecycle', id: row.id, label: `${lifecycleKindLabels[row.kind].zh}申请 #${row.id}` };
}

/** A request and its files, each named only where the reader may see it (an erased file has no name left). */
export function viewOf(ctx: HandlerContext, row: LifecycleRow): LifecycleRequest {
  const user = ctx.requireUser();
  const scope = user.permissions.includes('customer.read') ? scopeOf(user) : null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    requesterId: row.requesterId,
    requesterName: row.requesterName,
    createdAt: row.createdAt,
    approval: row.approvalId !== null ? approvalView(ctx.db, row.approvalId) : null,
    items: itemsOf(ctx.db, row.id).map((i) => ({
      customerId: i.customerId,
      archiveNo: i.archiveNo,
      name: i.name && i.status && i.secrecy && scope && canSee(scope, { status: i.status, secrecy: i.secrecy, ownerId: i.ownerId }) ? i.name : null,
      rule: i.rule as RequestReasonCode | null,
      categoryBefore: i.categoryBefore,
      statusBefore: i.statusBefore,
      fileCreatedAt: i.fileCreatedAt,
    })),
    executedAt: row.executedAt,
    executedByName: userName(ctx.db, row.executedBy),
    shreddedAt: row.shreddedAt,
    shreddedByName: userName(ctx.db, row.shreddedBy),
    witnessName: userName(ctx.db, row.witnessId),
    backupsHolding: row.backupsHolding ? (JSON.parse(row.backupsHolding) as BackupStillHolding[]) : [],
  };
}

/**
 * Who may see a request: whoever manages the lifecycle sees all; an approver sees those whose chain
 * names them (or a role delegated to them); anyone else, nothing — answered like a missing id.
 */
export function concerns(ctx: HandlerContext, row: LifecycleRow, waitingOnly = false): boolean {
  const user = ctx.requireUser();
  if (!waitingOnly && user.permissions.includes('lifecycle.manage')) return true;
  if (row.approvalId === null) return false;
  const approval = approvalView(ctx.db, row.approvalId);
  const now = ctx.clock.now();
  const delegations = delegationsTo(ctx.db, user.id).filter((d) => delegationInForce(d, now));
  const signer = { id: user.id, role: user.role, permissions: effectiveMatrix(ctx.db)[user.role] };
  const waiting = approval.current !== null ? approval.steps[approval.current] : undefined;
  const mayDecide = waiting !== undefined && authorityFor(waiting, signer, row.requesterId, delegations, now).ok;
  if (waitingOnly) return mayDecide;
  return mayDecide || approval.steps.some((s) => s.decidedById === user.id);
}

export function visibleRequest(ctx: HandlerContext, id: number): LifecycleRow {
  const row = findRequest(ctx.db, id);
  if (!row || !concerns(ctx, row)) throw new KedangError('NOT_FOUND', 'No such request');
  return row;
}
