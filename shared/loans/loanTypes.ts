import { z } from 'zod';
import type { SecrecyLevel } from '../customers/vocabularies';
import { departments, loanKinds, type Department, type LoanKind, type LoanPolicy } from './loanPolicy';
import { signOffSchema } from '../signOff/signOff';
import type { ApprovalView } from '../approvals/approvalTypes';
import type { Role } from '../roles/permissions';

export const loanStatuses = ['draft', 'submitted', 'approved', 'rejected', 'checkedOut', 'returned', 'cancelled', 'expired'] as const;
export type LoanStatus = (typeof loanStatuses)[number];

/** 催还: a first and a second reminder after the due time (hours; the system admin may change them). */
export interface LoanSettings {
  firstReminderHours: number;
  secondReminderHours: number;
  /** A requester with an overdue item cannot open new requests until it is back. */
  blockWhenOverdue: boolean;
}
export const defaultLoanSettings: LoanSettings = { firstReminderHours: 24, secondReminderHours: 72, blockWhenOverdue: true };

/** What `loans.rules` answers: the policy table and the reminder settings in force. */
export interface LoanRules {
  policy: LoanPolicy;
  settings: LoanSettings;
}

export const loanSettingsSchema = z
  .object({
    firstReminderHours: z.number().int().min(1).max(24 * 30),
    secondReminderHours: z.number().int().min(1).max(24 * 60),
    blockWhenOverdue: z.boolean(),
  })
  .strict()
  .refine((s) => s.secondReminderHours > s.firstReminderHours, { message: 'LOAN_REMINDER_ORDER', path: ['secondReminderHours'] });

export interface LoanRequest {
  id: number;
  requesterId: number;
  requesterName: string;
  department: Department;
  kind: LoanKind;
  purpose: string;
  reason: string;
  level: SecrecyLevel;
  startAt: string;
  endAt: string;
  status: LoanStatus;
  createdAt: string;
  /** The chain of sign-offs fixed when the request was submitted; null for drafts and direct borrowing. */
  approval: ApprovalView | null;
  /** 七.1: borrowed directly through the archive admin, without an approval. */
  direct: boolean;
  /** The last signature on the chain (who decided, when, with what note). */
  decidedAt: string | null;
  deciderName: string | null;
  decisionNote: string | null;
  /** Hand-over: when, by whom in the archive room, and who signed for the files. */
  checkedOutAt: string | null;
  handedOverByName: string | null;
  receivedByName: string | null;
  /** Return: when, who took the files back, in what condition. */
  returnedAt: string | null;
  returnedToName: string | null;
  conditionNote: string | null;
  /** A file the caller may not see is named by archive number only. */
  files: Array<{ customerId: number; archiveNo: string; name: string | null }>;
  /** Who may sign the step now waiting (fixed at submission); empty when nothing waits. */
  approverRoles: Role[];
  archiveRoomOnly: boolean;
  overdue: boolean;
  /** 0 none, 1 first reminder due, 2 second reminder due. */
  reminderStage: 0 | 1 | 2;
}

const id = z.number().int().positive();
const when = z.iso.datetime({ offset: true });

export const loanCreateSchema = z
  .object({
    department: z.enum(departments),
    kind: z.enum(loanKinds),
    purpose: z.string().trim().min(1).max(100),
    reason: z.string().trim().min(1).max(500),
    customerIds: z.array(id).min(1).max(50),
    startAt: when,
    endAt: when,
    submit: z.boolean().default(true),
  })
  .strict()
  .refine((r) => new Date(r.endAt) > new Date(r.startAt), { message: 'LOAN_END_BEFORE_START', path: ['endAt'] });

/** `step` is the step the approver saw: if someone signed it meanwhile, the decision is refused rather than landing on the next one. */
export const loanDecideSchema = z.object({ id, step: z.number().int().min(0).max(8).optional(), approve: z.boolean(), note: z.string().trim().max(300).default(''), signOff: signOffSchema }).strict();

export const loanListSchema = z
  .object({
    status: z.enum(loanStatuses).optional(),
    requesterId: id.optional(),
    customerId: id.optional(),
    from: when.optional(),
    to: when.optional(),
    /** out: files with someone; handover: approved checkouts waiting to be handed over; pending: waiting for a step the caller may sign. */
    view: z.enum(['all', 'out', 'overdue', 'pending', 'handover', 'mine']).default('all'),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
