import { z } from 'zod';
import { roles, type Role } from '../roles/permissions';
import { secrecyLevels, type SecrecyLevel } from '../customers/vocabularies';

/**
 * Who may see, borrow or copy which file, for how long, with whose approval — as data
 * (汽修客户信息管理制度 篇三 第17–20条; 销售客户档案管理制度 七、档案的借阅). The system admin
 * may edit it; these are the defaults.
 */
export const loanKinds = ['view', 'checkout', 'copy'] as const;
export type LoanKind = (typeof loanKinds)[number];

export const departments = ['sales', 'service', 'management', 'archive'] as const;
export type Department = (typeof departments)[number];

/** `departmentHead` stands for the requester's own department head (销售经理 for sales, 客服经理 for service). */
export type Approver = Role | 'departmentHead';

export interface LoanRule {
  allowed: boolean;
  /** Longest period that may be granted, in minutes. */
  maxMinutes: number;
  approvers: Approver[];
  /** 机密: read in the archive room only, never leaves it. */
  archiveRoomOnly?: boolean;
}

export type LoanPolicy = Record<SecrecyLevel, Record<LoanKind, LoanRule>>;

const approverSchema = z.enum(['departmentHead', ...roles]);
const loanRuleSchema = z
  .object({
    allowed: z.boolean(),
    maxMinutes: z.number().int().min(0).max(30 * 24 * 60),
    approvers: z.array(approverSchema).max(8),
    archiveRoomOnly: z.boolean().optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (!rule.allowed) return;
    if (rule.maxMinutes < 15) ctx.addIssue({ code: 'custom', message: 'LOAN_RULE_PERIOD', path: ['maxMinutes'] });
    if (rule.approvers.length === 0) ctx.addIssue({ code: 'custom', message: 'LOAN_RULE_APPROVERS', path: ['approvers'] });
  });
const kindRulesSchema = z.object({ view: loanRuleSchema, checkout: loanRuleSchema, copy: loanRuleSchema }).strict();

/** The whole table as the system admin saves it: every level × kind, each allowed with a period and approvers, or not. */
export const loanPolicySchema = z
  .object({ normal: kindRulesSchema, secret: kindRulesSchema, confidential: kindRulesSchema, topSecret: kindRulesSchema })
  .strict() satisfies z.ZodType<LoanPolicy>;

const HOUR = 60;
const DAY = 24 * HOUR;
const never: LoanRule = { allowed: false, maxMinutes: 0, approvers: [] };

export const defaultLoanPolicy: LoanPolicy = {
  normal: {
    view: { allowed: true, maxMinutes: 3 * DAY, approvers: ['departmentHead'] },
    checkout: { allowed: true, maxMinutes: 3 * DAY, approvers: ['departmentHead'] },
    copy: { allowed: true, maxMinutes: 3 * DAY, approvers: ['generalManager', 'serviceManager'] },
  },
  secret: {
    view: { allowed: true, maxMinutes: 4 * HOUR, approvers: ['generalManager'] },
    checkout: { allowed: true, maxMinutes: 4 * HOUR, approvers: ['generalManager'] },
    copy: { allowed: true, maxMinutes: 4 * HOUR, approvers: ['generalManager', 'serviceManager'] },
  },
  confidential: {
    view: { allowed: true, maxMinutes: 4 * HOUR, approvers: ['serviceManager'], archiveRoomOnly: true },
    checkout: never,
    copy: { allowed: true, maxMinutes: 4 * HOUR, approvers: ['generalManager', 'serviceManager'] },
  },
  topSecret: { view: never, checkout: never, copy: never },
};

export const departmentHeads: Record<Department, Role[]> = {
  sales: ['salesManager'],
  service: ['serviceManager'],
  management: ['generalManager'],
  archive: ['serviceManager'],
};

export type LoanDecision =
  | { ok: true; level: SecrecyLevel; maxMinutes: number; approverRoles: Role[]; archiveRoomOnly: boolean }
  | { ok: false; code: 'LOAN_NOT_ALLOWED' | 'LOAN_PERIOD_TOO_LONG' | 'LOAN_NO_FILES'; level?: SecrecyLevel; maxMinutes?: number };

/** The strictest level among the files: a request covering several levels follows the strictest. */
export function strictestLevel(levels: SecrecyLevel[]): SecrecyLevel | null {
  if (levels.length === 0) return null;
  return levels.reduce((a, b) => (secrecyLevels.indexOf(b) > secrecyLevels.indexOf(a) ? b : a));
}

/** Whether a request may be made at all, for how long, and which roles may approve it. */
export function decideLoan(
  policy: LoanPolicy,
  request: { kind: LoanKind; levels: SecrecyLevel[]; department: Department; minutes: number },
): LoanDecision {
  const level = strictestLevel(request.levels);
  if (!level) return { ok: false, code: 'LOAN_NO_FILES' };
  const rule = policy[level][request.kind];
  if (!rule.allowed) return { ok: false, code: 'LOAN_NOT_ALLOWED', level };
  if (request.minutes > rule.maxMinutes || request.minutes <= 0) return { ok: false, code: 'LOAN_PERIOD_TOO_LONG', level, maxMinutes: rule.maxMinutes };
  const approverRoles = [...new Set(rule.approvers.flatMap((a) => (a === 'departmentHead' ? departmentHeads[request.department] : [a])))];
  return { ok: true, level, maxMinutes: rule.maxMinutes, approverRoles, archiveRoomOnly: !!rule.archiveRoomOnly };
}
