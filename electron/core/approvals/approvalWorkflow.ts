import type { ApprovalStatus, StepAuthority } from '../../../shared/approvals/approvalTypes';
import type { AuditAction } from '../../../shared/audit/auditActionLabels';
import { stepKindLabels } from '../../../shared/approvals/approvalTypes';
import type { SignOff } from '../../../shared/signOff/signOff';
import type { Role } from '../../../shared/roles/permissions';
import { roleLabels } from '../../../shared/users/users';
import { KedangError } from '../../../shared/contract/errors';
import type { HandlerContext } from '../rpc/handler';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { proveSignOff } from '../signOff/signOff';
import type { UserRecord } from '../users/userStore';
import { authorityFor, currentStep, initialStatuses, outcome, type StepState } from './approvalRules';
import { delegationsTo, findApproval, insertApproval, setApprovalStatus, signStep } from './approvalStore';

/**
 * Request → sign-off → decision, the same for every feature that needs a second person. A feature
 * submits a chain of steps (who may sign each is fixed now, not recomputed later), passes each
 * decision through here, and reads the outcome; this module writes one audit entry per transition.
 */

export interface Subject {
  type: string;
  id: string | number;
  /** Audit wording for what is being approved, e.g. "外借 KD2026000001". */
  label: string;
}

export function submitApproval(ctx: HandlerContext, subject: Subject, requester: { id: number; role: Role }, steps: StepAuthority[]): number {
  if (steps.length === 0) throw new KedangError('INTERNAL', 'An approval needs at least one step');
  const statuses = initialStatuses(steps, requester.role);
  return insertApproval(ctx.db, {
    subjectType: subject.type,
    subjectId: String(subject.id),
    requesterId: requester.id,
    summary: subject.label,
    createdAt: ctx.clock.now().toISOString(),
    steps: steps.map((s, i) => ({ ...s, status: statuses[i]! })),
  });
}

export interface Decision {
  /** The step the approver saw; a decision on a step someone else signed meanwhile is refused. */
  step?: number;
  approve: boolean;
  note: string;
  signOff: SignOff;
}

export interface DecisionResult {
  status: ApprovalStatus;
  approver: UserRecord;
  /** The position of the step just signed, and whether a deputy signed it. */
  position: number;
  delegationId: number | null;
}

function signerOf(ctx: HandlerContext, user: UserRecord) {
  return { id: user.id, role: user.role, permissions: effectiveMatrix(ctx.db)[user.role] };
}

/**
 * The approver signs the waiting step with their own password. Refused: the requester, a person
 * whose role (or delegation in force) the step does not name, a request no longer waiting. The
 * entry names the approver, the step, the delegation if any, and the note.
 */
export async function decideApproval(
  ctx: HandlerContext,
  approvalId: number,
  subject: Subject,
  decision: Decision,
  audit: { action: (approve: boolean) => AuditAction; targetType: string; onlyBy?: (step: StepState) => number | undefined },
): Promise<DecisionResult> {
  const approval = findApproval(ctx.db, approvalId);
  if (!approval) throw new KedangError('NOT_FOUND', `No approval ${approvalId}`);
  if (approval.status !== 'pending') throw new KedangError('APPROVAL_WRONG_STATE', `Approval ${approvalId} is ${approval.status}`);
  const step = currentStep(approval.steps);
  if (!step || (decision.step !== undefined && decision.step !== step.position)) throw new KedangError('APPROVAL_WRONG_STATE', `Approval ${approvalId} does not wait for that step`);
  const verb = decision.approve ? '批准' : '驳回';
  // A step may name one person (the consultant who follows a merged customer): only they sign it.
  const onlyBy = audit.onlyBy?.(step);
  const approver = await proveSignOff(ctx, decision.signOff, { action: `${verb}${subject.label}`, targetType: audit.targetType, targetId: subject.id, notBy: approval.requesterId, ...(onlyBy !== undefined ? { onlyBy } : {}) });
  const now = ctx.clock.now();
  const authority = authorityFor(step, signerOf(ctx, approver), approval.requesterId, delegationsTo(ctx.db, approver.id), now);
  if (!authority.ok) {
    ctx.auditOnFailure({
      actor: { id: approver.id, name: approver.displayName },
      action: 'approvals.refused',
      targetType: audit.targetType,
      targetId: subject.id,
      summary: `${roleLabels[approver.role].zh}无权签署「${stepKindLabels[step.kind].zh}」：${subject.label}`,
      params: { [subject.type]: subject.id, role: approver.role, stepKind: step.kind, step: step.position + 1 },
    });
    throw new KedangError(authority.code === 'APPROVAL_SELF' ? 'SIGNOFF_SELF' : 'APPROVAL_ROLE', 'This person may not sign this step', { details: { roles: step.roles.join(',') } });
  }
  signStep(ctx.db, approvalId, step.position, { status: decision.approve ? 'approved' : 'rejected', by: approver.id, at: now.toISOString(), note: decision.note, delegationId: authority.delegationId });
  const after = findApproval(ctx.db, approvalId)!;
  const status = outcome(after.steps);
  if (status !== 'pending') setApprovalStatus(ctx.db, approvalId, ['pending'], status, now.toISOString());
  const stepText = after.steps.length > 1 ? `（第 ${step.position + 1}/${after.steps.length} 步：${stepKindLabels[step.kind].zh}）` : '';
  const delegated = authority.delegationId !== null ? `；依委托书 #${authority.delegationId}` : '';
  ctx.audit({
    actor: { id: approver.id, name: approver.displayName },
    action: audit.action(decision.approve),
    targetType: audit.targetType,
    targetId: subject.id,
    summary: `${verb}${subject.label}${stepText}${delegated}${decision.note ? `：${decision.note}` : ''}`,
    params: {
      [subject.type]: subject.id,
      step: step.position + 1,
      steps: after.steps.length,
      stepKind: step.kind,
      ...(authority.delegationId !== null ? { delegation: authority.delegationId } : {}),
      ...(decision.note ? { note: decision.note } : {}),
    },
  });
  return { status, approver, position: step.position, delegationId: authority.delegationId };
}

export function cancelApproval(ctx: HandlerContext, approvalId: number): void {
  setApprovalStatus(ctx.db, approvalId, ['pending'], 'cancelled', ctx.clock.now().toISOString());
}

/**
 * A countersignature on the same screen: the request and its one decision in one call (policy and
 * permission changes). Returns the countersigner; the caller's own single audit entry names them.
 */
export async function countersign(ctx: HandlerContext, subject: Subject, step: StepAuthority, signOff: SignOff): Promise<UserRecord> {
  const requester = ctx.requireUser();
  const signer = await proveSignOff(ctx, signOff, { action: `会签${subject.label}`, targetType: subject.type, targetId: subject.id, notBy: requester.id });
  const now = ctx.clock.now();
  const authority = authorityFor(step, signerOf(ctx, signer), requester.id, delegationsTo(ctx.db, signer.id), now);
  if (!authority.ok) {
    const need = step.permission ?? step.roles.map((r) => roleLabels[r].zh).join('/');
    ctx.auditOnFailure({
      actor: { id: signer.id, name: signer.displayName },
      action: 'signoff.refused',
      targetType: subject.type,
      targetId: subject.id,
      summary: `会签${subject.label}：签字人没有 ${need} 权限（签字人 ${signer.username}）`,
      params: { code: 'SIGNOFF_NOT_PERMITTED', signer: signer.username, ...(step.permission ? { permission: step.permission } : { roles: step.roles }) },
    });
    throw new KedangError('SIGNOFF_NOT_PERMITTED', 'The countersigner may not sign this');
  }
  const id = insertApproval(ctx.db, {
    subjectType: subject.type,
    subjectId: String(subject.id),
    requesterId: requester.id,
    summary: subject.label,
    createdAt: now.toISOString(),
    steps: [{ ...step, status: 'waiting' }],
  });
  signStep(ctx.db, id, 0, { status: 'approved', by: signer.id, at: now.toISOString(), note: '', delegationId: authority.delegationId });
  setApprovalStatus(ctx.db, id, ['pending'], 'approved', now.toISOString());
  return signer;
}
