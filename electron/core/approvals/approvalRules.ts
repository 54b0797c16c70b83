import type { ApprovalStatus, StepAuthority, StepStatus } from '../../../shared/approvals/approvalTypes';
import type { Permission, Role } from '../../../shared/roles/permissions';

/** The rules every approval shares, as pure functions over plain data. */

export interface StepState extends StepAuthority {
  position: number;
  status: StepStatus;
}

export interface Signer {
  id: number;
  role: Role;
  permissions: readonly Permission[];
}

export interface ActiveDelegation {
  id: number;
  delegatorId: number;
  delegateId: number;
  role: Role;
  fromAt: string;
  untilAt: string;
  revokedAt: string | null;
}

/** The step that waits for a signature: the first one neither signed nor skipped. */
export function currentStep<S extends StepState>(steps: readonly S[]): S | null {
  for (const step of steps) {
    if (step.status === 'rejected') return null;
    if (step.status === 'waiting') return step;
  }
  return null;
}

/** A chain is approved when every step is signed or skipped, rejected as soon as one step is. */
export function outcome(steps: readonly StepState[]): Exclude<ApprovalStatus, 'cancelled'> {
  if (steps.some((s) => s.status === 'rejected')) return 'rejected';
  if (steps.every((s) => s.status === 'approved' || s.status === 'skipped')) return 'approved';
  return 'pending';
}

export function delegationInForce(d: ActiveDelegation, now: Date): boolean {
  const t = now.getTime();
  return d.revokedAt === null && new Date(d.fromAt).getTime() <= t && t < new Date(d.untilAt).getTime();
}

export type Authority = { ok: true; delegationId: number | null } | { ok: false; code: 'APPROVAL_SELF' | 'APPROVAL_ROLE' };

/**
 * May this person sign this step of a request made by `requesterId`? Nobody signs their own request.
 * A step names roles (or, for countersigns, a permission); a deputy holding a delegation in force
 * signs with the delegator's role, and the approval records that delegation.
 */
export function authorityFor(step: StepAuthority, signer: Signer, requesterId: number, delegations: readonly ActiveDelegation[], now: Date): Authority {
  if (signer.id === requesterId) return { ok: false, code: 'APPROVAL_SELF' };
  if (step.permission) return signer.permissions.includes(step.permission) ? { ok: true, delegationId: null } : { ok: false, code: 'APPROVAL_ROLE' };
  if (step.roles.includes(signer.role)) return { ok: true, delegationId: null };
  const delegated = delegations.find((d) => d.delegateId === signer.id && d.delegatorId !== requesterId && step.roles.includes(d.role) && delegationInForce(d, now));
  return delegated ? { ok: true, delegationId: delegated.id } : { ok: false, code: 'APPROVAL_ROLE' };
}

/**
 * A department head asking for a file does not sign their own form as head of department: that step
 * is skipped (and shows as such). The last step is never skipped, so someone else always decides.
 */
export function initialStatuses(steps: readonly StepAuthority[], requesterRole: Role): StepStatus[] {
  return steps.map((step, i) => (i < steps.length - 1 && step.kind === 'departmentHead' && step.roles.includes(requesterRole) ? 'skipped' : 'waiting'));
}
