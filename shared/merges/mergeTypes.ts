import { z } from 'zod';
import type { Label } from '../i18n/label';
import type { ApprovalView } from '../approvals/approvalTypes';
import type { CustomerKind, SecrecyLevel } from '../customers/vocabularies';
import { signOffSchema } from '../signOff/signOff';
import { id } from '../validation/schemaParts';

/**
 * A merge (客户信息管理办法 第十条): two files of one customer become one. The survivor keeps its archive
 * number; for each field that differs, the picker says which file's value to keep; phones are kept from
 * both; every record of the other file moves to the survivor; the other file stays as a tombstone
 * "已并入 …". The following consultant confirms, the sales manager signs, and for 30 days it can be undone.
 */
export const mergeFields = [
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'wechat',
  'email',
  'address',
  'region',
  'occupation',
  'creditCode',
  'legalRep',
  'contactPerson',
  'sourceChannel',
  'category',
  'ownerId',
  'location',
  'retentionUntil',
  'note',
] as const;
export type MergeField = (typeof mergeFields)[number];

export const mergeFieldLabels: Record<MergeField, Label> = {
  name: { zh: '姓名/名称', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  birthDate: { zh: '出生日期', en: 'Birth date' },
  idNumber: { zh: '证件', en: 'ID document' },
  wechat: { zh: '微信', en: 'WeChat' },
  email: { zh: '邮箱', en: 'E-mail' },
  address: { zh: '地址', en: 'Address' },
  region: { zh: '区域', en: 'Region' },
  occupation: { zh: '职业', en: 'Occupation' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  legalRep: { zh: '法定代表人', en: 'Legal representative' },
  contactPerson: { zh: '联系人', en: 'Contact person' },
  sourceChannel: { zh: '客户来源', en: 'Source' },
  category: { zh: '分类与意向等级', en: 'Category and grade' },
  ownerId: { zh: '跟进顾问', en: 'Consultant' },
  location: { zh: '纸质档案位置', en: 'Paper file location' },
  retentionUntil: { zh: '保管期限', en: 'Keep until' },
  note: { zh: '备注', en: 'Note' },
};

export type MergeSide = 'survivor' | 'merged';
export const mergeChoicesSchema = z.partialRecord(z.enum(mergeFields), z.enum(['survivor', 'merged']));
export type MergeChoices = z.infer<typeof mergeChoicesSchema>;

export const mergeRequestSchema = z
  .object({
    survivorId: id,
    mergedId: id,
    choices: mergeChoicesSchema.default({}),
    reason: z.string().trim().min(1).max(300),
  })
  .strict()
  .refine((m) => m.survivorId !== m.mergedId, { message: 'MERGE_SAME_FILE', path: ['mergedId'] });

/** One side of the picker: what each field holds, as shown (phones and ID numbers masked). */
export interface MergeFileView {
  id: number;
  archiveNo: string;
  kind: CustomerKind;
  createdAt: string;
  values: Record<MergeField, string | null>;
  phones: string[];
  /** How many records of each kind the file holds (all move to the survivor). */
  records: { vehicles: number; contacts: number; services: number; feedback: number; attachments: number; intentions: number; consents: number };
}

export interface MergePreview {
  survivor: MergeFileView;
  merged: MergeFileView;
  /** Fields whose values differ: the ones the picker asks about. */
  differing: MergeField[];
  /** The merged file's secrecy: the higher of the two, never picked (records must not drop a level). */
  secrecy: SecrecyLevel;
  /** Why the two files cannot be merged now, if they cannot (open loan, pending request, different kinds …). */
  blocked: MergeBlock | null;
}

export const mergeStatuses = ['pending', 'merged', 'rejected', 'undone'] as const;
export type MergeStatus = (typeof mergeStatuses)[number];

export const mergeStatusLabels: Record<MergeStatus, Label> = {
  pending: { zh: '待核实审批', en: 'Awaiting sign-off' },
  merged: { zh: '已合并', en: 'Merged' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  undone: { zh: '已撤销', en: 'Undone' },
};

export interface MergeView {
  id: number;
  status: MergeStatus;
  survivor: { id: number; archiveNo: string; name: string | null };
  merged: { id: number; archiveNo: string; name: string | null };
  reason: string;
  /** Which file each differing field was taken from. */
  choices: MergeChoices;
  requestedById: number;
  requestedByName: string;
  requestedAt: string;
  /** The consultant who follows the customer and confirms the merge, if another person than the requester. */
  follower: { id: number; name: string } | null;
  approval: ApprovalView | null;
  mergedAt: string | null;
  /** Until when 撤销合并 is possible; null once undone or never merged. */
  undoUntil: string | null;
  canUndo: boolean;
  undoneAt: string | null;
  undoneByName: string | null;
  /** How many records moved to the survivor, per table. */
  moved: Record<string, number>;
}

export const mergeDecideSchema = z
  .object({
    id,
    step: z.number().int().min(0).optional(),
    approve: z.boolean(),
    note: z.string().trim().max(300).default(''),
    signOff: signOffSchema,
  })
  .strict();

/** Why two files cannot be merged now; the same codes core refuses a request or an execution with. */
export const mergeBlocks = ['MERGE_KIND_DIFFERS', 'MERGE_FILE_NOT_ACTIVE', 'MERGE_LOAN_OPEN', 'MERGE_PENDING'] as const;
export type MergeBlock = (typeof mergeBlocks)[number];

export const mergeListSchema = z
  .object({
    status: z.enum(mergeStatuses).optional(),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .strict();
