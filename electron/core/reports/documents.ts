import { archiveIndexDocument, type ArchiveIndexPrint } from './archiveIndex.pdf';
import { auditReportDocument, type AuditReportPrint } from './auditReport.pdf';
import { customerCardDocument, type CustomerCardPrint } from './customerCard.pdf';
import type { DocumentKind, PrintableDocument, PrintFrame } from './documentFrame';
import { loanRegisterDocument, type LoanRegisterPrint } from './loanRegister.pdf';
import { loanReminderDocument, type LoanReminderPrint } from './loanReminder.pdf';
import { loanRequestDocument, type LoanRequestPrint } from './loanRequest.pdf';
import { mergeRecordDocument, type MergeRecordPrint } from './mergeRecord.pdf';
import { personalInfoCopyDocument, type PersonalInfoCopyPrint } from './personalInfoCopy.pdf';
import { recoverySheetDocument, type RecoverySheetPrint } from './recoverySheet.pdf';
import { destructionCertificateDocument, lifecycleRecordDocument, type LifecycleRecordPrint } from './lifecycleRecord.pdf';

/** Every document the archive prints, by kind, with the data it is printed from. */
export interface DocumentInputs {
  customerCard: CustomerCardPrint;
  loanRequest: LoanRequestPrint;
  loanRegister: LoanRegisterPrint;
  loanReminder: LoanReminderPrint;
  recoverySheet: RecoverySheetPrint;
  archiveIndex: ArchiveIndexPrint;
  auditReport: AuditReportPrint;
  personalInfoCopy: PersonalInfoCopyPrint;
  lifecycleRecord: LifecycleRecordPrint;
  destructionCertificate: LifecycleRecordPrint;
  mergeRecord: MergeRecordPrint;
}

export const documentBuilders: { [K in DocumentKind]: (data: DocumentInputs[K], frame: PrintFrame) => PrintableDocument } = {
  customerCard: customerCardDocument,
  loanRequest: loanRequestDocument,
  loanRegister: loanRegisterDocument,
  loanReminder: loanReminderDocument,
  recoverySheet: recoverySheetDocument,
  archiveIndex: archiveIndexDocument,
  auditReport: auditReportDocument,
  personalInfoCopy: personalInfoCopyDocument,
  lifecycleRecord: lifecycleRecordDocument,
  destructionCertificate: destructionCertificateDocument,
  mergeRecord: mergeRecordDocument,
};

export function buildDocument<K extends DocumentKind>(kind: K, data: DocumentInputs[K], frame: PrintFrame): PrintableDocument {
  return documentBuilders[kind](data, frame);
}
