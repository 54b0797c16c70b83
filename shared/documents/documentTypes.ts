import { z } from 'zod';
import type { Label } from '../i18n/label';
import type { SecrecyLevel } from '../customers/vocabularies';

/** The documents the archive prints (篇三 第9–13条: controlled, serial-numbered). */
export const documentKinds = ['customerCard', 'loanRequest', 'loanRegister', 'loanReminder', 'recoverySheet', 'archiveIndex', 'auditReport', 'personalInfoCopy', 'lifecycleRecord', 'destructionCertificate', 'mergeRecord'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Record<DocumentKind, Label> = {
  customerCard: { zh: '客户档案卡', en: 'Customer card' },
  loanRequest: { zh: '借阅/查阅/复制申请审批表', en: 'Loan request form' },
  loanRegister: { zh: '外借登记册', en: 'Loan register' },
  loanReminder: { zh: '催还通知', en: 'Overdue notice' },
  recoverySheet: { zh: '恢复密钥单', en: 'Recovery sheet' },
  archiveIndex: { zh: '档案目录', en: 'Archive index' },
  auditReport: { zh: '审计日志报告', en: 'Audit report' },
  personalInfoCopy: { zh: '个人信息副本', en: 'Personal information copy' },
  lifecycleRecord: { zh: '清理/销毁申请审批表或记录', en: 'Cleanup / destruction form or record' },
  destructionCertificate: { zh: '销毁证明', en: 'Certificate of destruction' },
  mergeRecord: { zh: '合并记录', en: 'Merge record' },
};

/**
 * A serial from the document register: `DOC-<year>-<number>`, the number counting every document
 * the archive ever began to print (a cancelled one keeps its number, marked void).
 */
export const documentSerialSchema = z
  .string()
  .trim()
  .regex(/^DOC-\d{4}-\d{6,}$/, 'DOCUMENT_SERIAL_FORMAT');

/** A print whose PDF failed or was cancelled keeps its serial, so the register has no gaps. */
export type DocumentState = 'printing' | 'printed' | 'void';

/** One line of the document register (登记): who printed what, when, which file, how many pages. */
export interface DocumentRecord {
  serial: string;
  kind: DocumentKind;
  title: string;
  state: DocumentState;
  /** The file the document is about, by archive number; null for registers, reports and sheets. */
  archiveNo: string | null;
  /** The file's name, only for readers who may see that file. */
  name: string | null;
  /** What else chose the content: a loan request number, a period, a range (no personal data). */
  subject: string | null;
  printedAt: string;
  printedByName: string;
  pages: number | null;
  /** SHA-256 (hex) of the PDF file as generated. */
  sha256: string | null;
  /** SHA-256 (hex) of the canonical data the PDF was rendered from; its first 32 hex are in the QR. */
  contentHash: string | null;
  secrecy: SecrecyLevel;
  /** Personal data printed in full (watermarked with the printer's name). */
  unmasked: boolean;
  /** On a reprint (副本): the original's serial. */
  reprintOf: string | null;
  /** The print channel's input that made it (ids, dates, ranges; no personal data): 重印 repeats it with reprintOf. */
  params: Record<string, unknown>;
}

/** What a finished print job hands back: the register line and the PDF. */
export interface PrintedPdf {
  record: DocumentRecord;
  pdfBase64: string;
  /** Characters the font lacks, printed visibly as [U+XXXX]: shown beside the preview. */
  missingGlyphs: Array<{ char: string; codePoint: string }>;
}

/** 验证打印件: what the register says about a serial, and whether what was shown matches it. */
export interface DocumentCheck {
  record: DocumentRecord;
  /** The QR's content hash against the register; null when only a serial was given. */
  qrMatches: boolean | null;
  /** The given PDF file's SHA-256 against the register; null when no file was given. */
  fileMatches: boolean | null;
  /** Later prints of the same document (副本), newest first. */
  reprints: string[];
}

export interface DocumentPage {
  records: DocumentRecord[];
  total: number;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT');

export const documentQuerySchema = z
  .object({
    kind: z.enum(documentKinds).optional(),
    archiveNo: z.string().trim().min(1).max(40).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** Every print channel takes this: a reprint names the original it copies (same document, same subject). */
export const reprintSchema = z.object({ reprintOf: documentSerialSchema.optional() });
