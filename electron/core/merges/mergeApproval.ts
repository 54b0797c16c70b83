import type { StepAuthority } from '../../../shared/approvals/approvalTypes';
import type { Role } from '../../../shared/roles/permissions';

/**
 * Who signs a merge (客户信息管理办法 第十条: 由相关负责人协调，由主要跟进销售顾问负责核实): first the
 * consultant who follows the customer confirms it is one person — unless they asked for the merge
 * themselves, which is their confirmation — then the sales manager approves. Fixed at the request.
 */
export const MERGE_APPROVER_ROLES: Role[] = ['salesManager'];

export function mergeChain(follower: { id: number; role: Role } | null, requesterId: number): StepAuthority[] {
  const steps: StepAuthority[] = [];
  if (follower && follower.id !== requesterId) steps.push({ kind: 'followerConfirms', roles: [follower.role] });
  steps.push({ kind: 'approver', roles: MERGE_APPROVER_ROLES });
  return steps;
}
