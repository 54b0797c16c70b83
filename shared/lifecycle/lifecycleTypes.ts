import { z } from 'zod';
import type { ApprovalView } from '../approvals/approvalTypes';
import type { Category, CustomerStatus } from '../customers/vocabularies';
import type { Label } from '../i18n/label';
import { roles, type Role } from '../roles/permissions';
import { id, isoDate } from '../validation/schemaParts';

/**
 * The end of a file's life. 清理 (cleanup): invalid records are erased with the sales supervisor's
 * approval and the cleanup record kept (客户信息管理办法 第十一条). 销毁 (destruction): files past
 * their retention are erased with the general manager's approval, the paper shredded under a
 * witness, and the destruction record kept (汽修客户信息管理制度 八; 篇三 第25条). Both erase the
 * personal data and leave a tombstone; neither can be undone.
 */
export const lifecycleKinds = ['cleanup', 'destruction'] as const;
export type LifecycleKind = (typeof lifecycleKinds)[number];

export const lifecycleKindLabels: Record<LifecycleKind, Label> = {
  cleanup: { zh: '清理', en: 'Cleanup' },
  destruction: { zh: '销毁', en: 'Destruction' },
};

export const lifecycleStatuses = ['submitted', 'approved', 'rejected', 'cancelled', 'executed'] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

export const lifecycleStatusLabels: Record<LifecycleStatus, Label> = {
  submitted: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已批准，待执行', en: 'Approved, to carry out' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
  executed: { zh: '已执行', en: 'Carried out' },
};

/** Why a file is a candidate: the retention rules (data, changed with a countersignature). */
export const retentionRuleCodes = ['invalid', 'lostNoContact', 'noContact', 'refusedContact', 'pastRetention'] as const;
export type RetentionRuleCode = (typeof retentionRuleCodes)[number];
/** A request may also come from the customer (个人信息保护法 第四十七条), outside any rule. */
export type RequestReasonCode = RetentionRuleCode | 'deletionRequested';

export const retentionRuleLabels: Record<RequestReasonCode, Label> = {
  invalid: { zh: '已标记为无效的档案', en: 'Files marked invalid' },
  lostNoContact: { zh: '战败/流失且长期未联系', en: 'Lost or churned, no contact for long' },
  noContact: { zh: '长期联系不上', en: 'Unreachable for long' },
  refusedContact: { zh: '客户已拒绝再联系（撤回联系授权）', en: 'Customer withdrew consent to contact' },
  pastRetention: { zh: '超过保管期限', en: 'Past the retention date' },
  deletionRequested: { zh: '客户要求删除个人信息', en: 'Customer asked for deletion' },
};

export interface RetentionRule {
  code: RetentionRuleCode;
  enabled: boolean;
  /** For the no-contact rules: months since the last contact (or since the file was opened). */
  months: number | null;
  /** What the rule proposes for its candidates. */
  action: LifecycleKind;
}

export interface RetentionPolicy {
  rules: RetentionRule[];
  /** Who approves each kind of request, in order (the seeds: 销售主管 for cleanup, 总经理 for destruction). */
  approvers: Record<LifecycleKind, Role[]>;
}

export const defaultRetentionPolicy: RetentionPolicy = {
  rules: [
    { code: 'invalid', enabled: true, months: null, action: 'cleanup' },
    { code: 'lostNoContact', enabled: true, months: 12, action: 'cleanup' },
    { code: 'noContact', enabled: true, months: 36, action: 'cleanup' },
    { code: 'refusedContact', enabled: true, months: null, action: 'cleanup' },
    { code: 'pastRetention', enabled: true, months: null, action: 'destruction' },
  ],
  approvers: { cleanup: ['salesManager'], destruction: ['generalManager'] },
};

const roleSchema = z.enum(roles);

export const retentionPolicySchema = z
  .object({
    rules: z
      .array(
        z
          .object({ code: z.enum(retentionRuleCodes), enabled: z.boolean(), months: z.number().int().min(1).max(600).nullable(), action: z.enum(lifecycleKinds) })
          .strict()
          .refine((r) => (r.code === 'lostNoContact' || r.code === 'noContact') === (r.months !== null), { message: 'RETENTION_MONTHS', path: ['months'] }),
      )
      .length(retentionRuleCodes.length)
      .refine((rules) => new Set(rules.map((r) => r.code)).size === rules.length, { message: 'RETENTION_RULES_DUPLICATE' }),
    approvers: z.object({ cleanup: z.array(roleSchema).min(1).max(4), destruction: z.array(roleSchema).min(1).max(4) }).strict(),
  })
  .strict();

/** A file a rule proposes: named by archive number, and by name only where the reader may see it. */
export interface LifecycleCandidate {
  customerId: number;
  archiveNo: string;
  name: string | null;
  category: Category;
  status: CustomerStatus;
  lastContactAt: string | null;
  retentionUntil: string | null;
  createdAt: string;
}

export interface LifecycleItem {
  customerId: number;
  archiveNo: string;
  /** Only while the file still holds it, and only where the reader may see the file. */
  name: string | null;
  rule: RequestReasonCode | null;
  categoryBefore: Category;
  statusBefore: CustomerStatus;
  fileCreatedAt: string;
}

export interface BackupStillHolding {
  id: number;
  at: string;
  path: string;
}

/** A request and, once carried out, the permanent record (清理记录 / 销毁记录). */
export interface LifecycleRequest {
  id: number;
  kind: LifecycleKind;
  status: LifecycleStatus;
  reason: string;
  requesterId: number;
  requesterName: string;
  createdAt: string;
  approval: ApprovalView | null;
  items: LifecycleItem[];
  executedAt: string | null;
  executedByName: string | null;
  /** 销毁 only: the paper shredded, by whom, witnessed by whom. */
  shreddedAt: string | null;
  shreddedByName: string | null;
  witnessName: string | null;
  /** Verified backups made before the erase that still hold the data, until they are rotated out. */
  backupsHolding: BackupStillHolding[];
}

export const lifecycleRequestSchema = z
  .object({
    kind: z.enum(lifecycleKinds),
    customerIds: z.array(id).min(1).max(500),
    reason: z.string().trim().min(4, 'REASON_TOO_SHORT').max(500),
    rule: z.enum([...retentionRuleCodes, 'deletionRequested']).optional(),
  })
  .strict();

export const restrictSchema = z
  .object({
    id,
    reason: z.string().trim().min(4, 'REASON_TOO_SHORT').max(500),
    /** When to look again whether the file must still be kept. */
    reviewAt: isoDate,
  })
  .strict();

/** A 封存 file, for the archive admin's list. */
export interface RestrictedFile {
  customerId: number;
  archiveNo: string;
  name: string;
  reason: string;
  restrictedAt: string;
  restrictedByName: string | null;
  reviewAt: string | null;
  /** The review date has passed. */
  reviewDue: boolean;
}
