import type { z } from 'zod';
import type { Permission } from '../../../shared/roles/permissions';
import { documentsChannels } from '../../../shared/documents/documentsChannels';
import type { DocumentKind, DocumentRecord } from '../../../shared/documents/documentTypes';
import type { JobHandle } from '../../../shared/jobs/jobTypes';
import { call } from '../../api/kedang';

export type PrintChannel = Exclude<keyof typeof documentsChannels, 'documents.result' | 'documents.list' | 'documents.verify' | 'documents.printRecoverySheet'>;

/** The channel that prints each kind; a recovery sheet is never printed again once its code is kept. */
const channelOf: Record<DocumentKind, PrintChannel | null> = {
  customerCard: 'documents.printCard',
  loanRequest: 'documents.printLoanRequest',
  loanRegister: 'documents.printRegister',
  loanReminder: 'documents.printReminder',
  recoverySheet: null,
  archiveIndex: 'documents.printIndex',
  auditReport: 'documents.printAuditReport',
  personalInfoCopy: 'documents.printCopy',
  lifecycleRecord: 'documents.printLifecycleRecord',
  destructionCertificate: 'documents.printLifecycleRecord',
  mergeRecord: 'documents.printMergeRecord',
};

/** Who may print what beyond the channel's own permission (core checks it the same way). */
function mayPrint(channel: PrintChannel, input: Record<string, unknown>, permissions: readonly Permission[]): boolean {
  const has = (p: Permission) => permissions.includes(p);
  if (!has(documentsChannels[channel].access as Permission)) return false;
  if (channel === 'documents.printCard' && input['reveal'] === true) return has('customer.reveal');
  if (channel === 'documents.printRegister') return has('loan.approve') || has('loan.handle');
  return true;
}

/**
 * 重印: the register line's stored input, for the channel that printed it, with `reprintOf`, so core
 * makes a 副本 of the same document about the same subject. Null when the line cannot be repeated
 * (not printed, a recovery sheet, an input from before inputs were kept) or the user may not print it.
 */
export function reprintInput(record: DocumentRecord, permissions: readonly Permission[]): { channel: PrintChannel; input: Record<string, unknown> } | null {
  const channel = channelOf[record.kind];
  if (record.state !== 'printed' || !channel) return null;
  // Stored nulls stand for "not given"; the channel's own schema decides whether the rest is a valid input.
  const params = Object.fromEntries(Object.entries(record.params).filter(([, value]) => value !== null && value !== undefined));
  const schema: z.ZodType<Record<string, unknown>> = documentsChannels[channel].input;
  const parsed = schema.safeParse({ ...params, reprintOf: record.serial });
  if (!parsed.success || !mayPrint(channel, parsed.data, permissions)) return null;
  return { channel, input: parsed.data };
}

/** The print call of a reprint, for the print dialog; null as for reprintInput. */
export function reprintOrder(record: DocumentRecord, permissions: readonly Permission[]): (() => Promise<JobHandle>) | null {
  const reprint = reprintInput(record, permissions);
  if (!reprint) return null;
  // The input was parsed by this channel's own schema just above.
  const print = call as (channel: PrintChannel, input: Record<string, unknown>) => Promise<JobHandle>;
  return () => print(reprint.channel, reprint.input);
}
