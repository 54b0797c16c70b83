import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import type { JobHandle } from '../jobs/jobTypes';
import { id } from '../validation/schemaParts';
import { documentQuerySchema, reprintSchema, type DocumentCheck, type DocumentPage, type PrintedPdf } from './documentTypes';

const jobId = z.string().uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT');
/** A period of whole days in the store's time zone, `to` included. */
const period = { from: day, to: day };
const periodOrder = (p: { from: string; to: string }) => p.from <= p.to;
const sha256Hex = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'SHA256_FORMAT');

/**
 * Printing: every document is rendered off the main thread as a job (progress as jobs.event), gets a
 * serial from the document register, and is audited; the PDF is collected with documents.result.
 * Each print channel checks its own permission and the visibility of what it prints.
 */
export const documentsChannels = {
  'documents.printCard': channel<JobHandle>()({
    kind: 'command',
    access: 'customer.read',
    input: z.object({ id, reveal: z.boolean().default(false) }).extend(reprintSchema.shape).strict(),
    summary: '客户档案卡: the card of a file the caller may see, masked; full numbers only with customer.reveal when asked (audited, watermarked).',
  }),
  'documents.printCopy': channel<JobHandle>()({
    kind: 'command',
    access: 'customer.read',
    input: z.object({ id, loanId: id }).extend(reprintSchema.shape).strict(),
    summary: '个人信息副本: everything held about one customer, unmasked, under an approved 复制 request of the caller that includes the file (PIPL art. 45).',
  }),
  'documents.printIndex': channel<JobHandle>()({
    kind: 'command',
    access: 'customer.readAll',
    input: z
      .object({ region: z.string().trim().max(60).optional(), fromNo: z.string().trim().max(40).optional(), toNo: z.string().trim().max(40).optional() })
      .extend(reprintSchema.shape)
      .strict(),
    summary: '档案目录: files by region and archive-number range with their paper locations, bound 50 to a batch.',
  }),
  'documents.printLoanRequest': channel<JobHandle>()({
    kind: 'command',
    access: 'loan.request',
    input: z.object({ id }).extend(reprintSchema.shape).strict(),
    summary: '借阅/查阅/复制申请审批表: a request the caller may see, with its rule, its sign-offs and lines for the paper countersign.',
  }),
  'documents.printRegister': channel<JobHandle>()({
    kind: 'command',
    access: 'loan.request',
    input: z
      .object({ ...period, view: z.enum(['all', 'out', 'overdue', 'history']).default('all') })
      .extend(reprintSchema.shape)
      .strict()
      .refine(periodOrder, { message: 'PERIOD_ORDER', path: ['to'] }),
    summary: '外借登记册: checkouts made in a period, overdue lines marked; for approvers and the archive room.',
  }),
  'documents.printReminder': channel<JobHandle>()({
    kind: 'command',
    access: 'loan.handle',
    input: z
      .object({ id, stage: z.union([z.literal(1), z.literal(2)]).optional() })
      .extend(reprintSchema.shape)
      .strict(),
    summary: '催还通知: the first or second overdue notice for a file still out.',
  }),
  'documents.printAuditReport': channel<JobHandle>()({
    kind: 'command',
    access: 'audit.read',
    input: z
      .object({ ...period, action: z.string().trim().max(64).optional(), archiveNo: z.string().trim().max(40).optional() })
      .extend(reprintSchema.shape)
      .strict()
      .refine(periodOrder, { message: 'PERIOD_ORDER', path: ['to'] }),
    summary: '审计日志报告: entries of a period with the chain verified and an anchor issued and printed (sequence, hash, QR).',
  }),
  'documents.printMergeRecord': channel<JobHandle>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id }).extend(reprintSchema.shape).strict(),
    summary: '合并记录: a merge of two files the caller may see, with the fields taken from each, the records moved, the confirmation and approval, and the undo.',
  }),
  'documents.printRecoverySheet': channel<JobHandle>()({
    kind: 'command',
    access: 'session',
    input: empty,
    summary: '恢复密钥单: the recovery code shown in this session, while it waits to be confirmed; never afterwards.',
  }),
  'documents.printLifecycleRecord': channel<JobHandle>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: z.object({ id, certificate: z.boolean().default(false) }).extend(reprintSchema.shape).strict(),
    summary: '清理记录 / 销毁记录 of a request, or the one-page 销毁证明 of an executed destruction, with lines for approver, executor, shredder and witness.',
  }),
  'documents.result': channel<PrintedPdf>()({
    kind: 'query',
    access: 'session',
    input: z.object({ jobId }).strict(),
    summary: 'The PDF a finished print job made, with its register line and any characters the font lacks; only for who printed it.',
  }),
  'documents.list': channel<DocumentPage>()({
    kind: 'query',
    access: 'audit.read',
    input: documentQuerySchema,
    summary: 'The document register, newest first: serial, what, which file (name only where the reader may see it), who, when, pages, SHA-256.',
  }),
  'documents.verify': channel<DocumentCheck>()({
    kind: 'query',
    access: 'audit.read',
    input: z.object({ code: z.string().trim().min(1).max(200), sha256: sha256Hex.optional() }).strict(),
    summary: '验证打印件: a serial typed, or a page’s QR scanned, answers what was printed, when and by whom; a PDF file’s SHA-256 is checked against the register.',
  }),
} as const satisfies Record<string, ChannelDef>;
