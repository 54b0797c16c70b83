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
  /**
   * The chain of sign-offs, in order; each step lists who may sign it. The seeds: for 查阅 and 外借 the
   * requester's department head signs, then the archive side (客户服务部 / 档案管理员) reviews and approves
   * (汽修客户信息管理制度 篇三 第18–19条).
   */
  steps: Approver[][];
  /** 机密: read in the archive room only, never leaves it. */
  archiveRoomOnly?: boolean;
  /** Roles that borrow directly through the archive admin, without an approval (销售客户档案管理制度 七.1). */
  direct?: Role[];
}

export type LoanPolicy = Record<SecrecyLevel, Record<LoanKind, LoanRule>>;

const approverSchema = z.enum(['departmentHead', ...roles]);
const loanRuleSchema = z
  .object({
    allowed: z.boolean(),
    maxMinutes: z.number().int().min(0).max(30 * 24 * 60),
    steps: z.array(z.array(approverSchema).max(8)).max(4),
    archiveRoomOnly: z.boolean().optional(),
    direct: z.array(z.enum(roles)).max(8).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (!rule.allowed) return;
    if (rule.maxMinutes < 15) ctx.addIssue({ code: 'custom', message: 'LOAN_RULE_PERIOD', path: ['maxMinutes'] });
    if (rule.steps.length === 0) ctx.addIssue({ code: 'custom', message: 'LOAN_RULE_APPROVERS', path: ['steps'] });
    rule.steps.forEach((step, i) => {
      if (step.length === 0) ctx.addIssue({ code: 'custom', message: 'LOAN_RULE_APPROVERS', path: ['steps', i] });
    });
  });
const kindRulesSchema = z.object({ view: loanRuleSchema, checkout: loanRuleSchema, copy: loanRuleSchema }).strict();

/** The whole table as the system admin saves it: every level × kind, each allowed with a period and approvers, or not. */
export const loanPolicySchema = z
  .object({ normal: kindRulesSchema, secret: kindRulesSchema, confidential: kindRulesSchema, topSecret: kindRulesSchema })
  .strict() satisfies z.ZodType<LoanPolicy>;

const HOUR = 60;
const DAY = 24 * HOUR;
const never: LoanRule = { allowed: false, maxMinutes: 0, steps: [] };
/** 客户服务部 reviews views; the archive admin (信息管理专员) reviews checkouts. */
const archiveSideForView: Approver[] = ['serviceManager', 'archiveAdmin'];
const archiveSideForCheckout: Approver[] = ['archiveAdmin'];

export const defaultLoanPolicy: LoanPolicy = {
  normal: {
    view: { allowed: true, maxMinutes: 3 * DAY, steps: [['departmentHead'], archiveSideForView], direct: ['generalManager'] },
    checkout: { allowed: true, maxMinutes: 3 * DAY, steps: [['departmentHead'], archiveSideForCheckout], direct: ['generalManager'] },
    // 第21条: copies only with the approval of the general manager or the customer-information head.
    copy: { allowed: true, maxMinutes: 3 * DAY, steps: [['generalManager', 'serviceManager']] },
  },
  secret: {
    // 七.3: 秘密 files are lent for at most 4 hours, approved by the general manager.
    view: { allowed: true, maxMinutes: 4 * HOUR, steps: [['departmentHead'], ['generalManager']] },
    checkout: { allowed: true, maxMinutes: 4 * HOUR, steps: [['departmentHead'], ['generalManager']] },
    copy: { allowed: true, maxMinutes: 4 * HOUR, steps: [['generalManager', 'serviceManager']] },
  },
  confidential: {
    // 机密: read in the archive room only; 查阅密级文件须经客户服务部经理批准.
    view: { allowed: true, maxMinutes: 4 * HOUR, steps: [['departmentHead'], ['serviceManager']], archiveRoomOnly: true },
    checkout: never,
    copy: { allowed: true, maxMinutes: 4 * HOUR, steps: [['generalManager', 'serviceManager']] },
  },
  topSecret: { view: never, checkout: never, copy: never },
};

export const departmentHeads: Record<Department, Role[]> = {
  sales: ['salesManager'],
  service: ['serviceManager'],
  management: ['generalManager'],
  archive: ['serviceManager'],
};

/** The strictest level among the files: a request covering several levels follows the strictest. */
export function strictestLevel(levels: SecrecyLevel[]): SecrecyLevel | null {
  if (levels.length === 0) return null;
  return levels.reduce((a, b) => (secrecyLevels.indexOf(b) > secrecyLevels.indexOf(a) ? b : a));
}

export type RuleChoice =
  | { ok: true; level: SecrecyLevel; rule: LoanRule }
  | { ok: false; code: 'LOAN_NOT_ALLOWED' | 'LOAN_NO_FILES'; level?: SecrecyLevel };

/** Which rule applies: the strictest level among the files, for this kind of request; or why none does. */
export function ruleFor(policy: LoanPolicy, request: { kind: LoanKind; levels: SecrecyLevel[] }): RuleChoice {
  const level = strictestLevel(request.levels);
  if (!level) return { ok: false, code: 'LOAN_NO_FILES' };
  const rule = policy[level][request.kind];
  if (!rule.allowed) return { ok: false, code: 'LOAN_NOT_ALLOWED', level };
  return { ok: true, level, rule };
}

/** Whether a period is allowed by the rule: longer than nothing, no longer than its maximum. */
export function periodAllowed(rule: LoanRule, minutes: number): { ok: true } | { ok: false; code: 'LOAN_PERIOD_TOO_LONG'; maxMinutes: number } {
  return minutes > 0 && minutes <= rule.maxMinutes ? { ok: true } : { ok: false, code: 'LOAN_PERIOD_TOO_LONG', maxMinutes: rule.maxMinutes };
}

/** The roles that may sign each step, with "department head" spelled out for the requester's department. */
export function approvalChain(rule: LoanRule, department: Department): Array<{ kind: 'departmentHead' | 'approver'; roles: Role[] }> {
  return rule.steps.map((step) => ({
    kind: step.includes('departmentHead') && step.length === 1 ? 'departmentHead' : 'approver',
    roles: [...new Set(step.flatMap((a) => (a === 'departmentHead' ? departmentHeads[department] : [a])))],
  }));
}

/** 七.1: a role named by the rule borrows directly through the archive admin, still registered and audited. */
export function borrowsDirectly(rule: LoanRule, role: Role): boolean {
  return (rule.direct ?? []).includes(role);
}

/** Policies saved before chains existed named one list of approvers; read them as a one-step chain. */
export function normalisePolicy(raw: unknown): LoanPolicy {
  const policy = raw as Record<SecrecyLevel, Record<LoanKind, LoanRule & { approvers?: Approver[] }>>;
  for (const level of secrecyLevels) {
    for (const kind of loanKinds) {
      const rule = policy[level]?.[kind];
      if (rule && !rule.steps) {
        rule.steps = rule.approvers && rule.approvers.length ? [rule.approvers] : [];
        delete rule.approvers;
      }
    }
  }
  return policy as LoanPolicy;
}
