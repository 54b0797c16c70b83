import { z } from 'zod';
import type { Label } from '../i18n/label';
import type { Permission, Role } from '../roles/permissions';
import { roles } from '../roles/permissions';
import { id } from '../validation/schemaParts';

/**
 * One approval workflow for everything that needs a second person: loans, views and copies, policy
 * changes, cleanup, destruction, merges. A request is a chain of steps; each step names who may sign
 * it, fixed when the request is submitted.
 */
export const approvalStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

export const stepStatuses = ['waiting', 'approved', 'rejected', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** What a step is, for the form and the screen: the requester's head signs, the archive side reviews, an approver decides. */
export const stepKinds = ['departmentHead', 'archiveReview', 'approver', 'countersign', 'followerConfirms'] as const;
export type StepKind = (typeof stepKinds)[number];

export const stepKindLabels: Record<StepKind, Label> = {
  departmentHead: { zh: '部门负责人签字', en: 'Department head signs' },
  archiveReview: { zh: '档案室审核批准', en: 'Archive review and approval' },
  approver: { zh: '审批', en: 'Approval' },
  countersign: { zh: '会签', en: 'Countersignature' },
  followerConfirms: { zh: '跟进顾问核实', en: 'Following consultant confirms' },
};

/** Who may sign a step: holders of one of the roles, or of a permission (countersigns). */
export interface StepAuthority {
  kind: StepKind;
  roles: Role[];
  permission?: Permission;
}

export interface ApprovalStepView extends StepAuthority {
  position: number;
  status: StepStatus;
  decidedById: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  note: string | null;
  /** Signed under a delegation (委托书): who delegated, and its number. */
  delegation: { id: number; delegatorName: string; role: Role } | null;
}

export interface ApprovalView {
  id: number;
  status: ApprovalStatus;
  steps: ApprovalStepView[];
  /** The step waiting for a signature, if any. */
  current: number | null;
}

/** 委托书: a named deputy signs for the delegator's role for a period (销售客户档案管理制度 七.3). */
export interface Delegation {
  id: number;
  delegatorId: number;
  delegatorName: string;
  delegateId: number;
  delegateName: string;
  role: Role;
  fromAt: string;
  untilAt: string;
  reason: string;
  createdAt: string;
  revokedAt: string | null;
}

const when = z.iso.datetime({ offset: true });

export const delegationInputSchema = z
  .object({
    delegateId: id,
    fromAt: when,
    untilAt: when,
    reason: z.string().trim().min(1).max(200),
  })
  .strict()
  .refine((d) => new Date(d.untilAt) > new Date(d.fromAt), { message: 'DELEGATION_END_BEFORE_START', path: ['untilAt'] });

export const roleListSchema = z.array(z.enum(roles));
