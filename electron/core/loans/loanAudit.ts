import type { AuditParams } from '../../../shared/audit/auditEntry';
import type { AuditAction } from '../../../shared/audit/auditActionLabels';
import { labelsIn } from '../../../shared/i18n/label';
import { loanKindLabels } from '../../../shared/loans/loanLabels';
import type { LoanKind, LoanPolicy } from '../../../shared/loans/loanPolicy';
import type { AuditNote } from '../rpc/handler';
import type { Subject } from '../approvals/approvalWorkflow';

const kindNames = labelsIn(loanKindLabels, 'zh');

/** What an approval of this request is about, in the audit's words: 外借申请 #12（KD2026000001）. */
export function loanSubject(id: number, kind: LoanKind, archiveNos: string[]): Subject {
  return { type: 'loan', id, label: `${kindNames[kind]}申请 #${id}${archiveNos.length ? `（${archiveNos.join('、')}）` : ''}` };
}

export function loanNote(action: AuditAction, id: number | null, kind: string, archiveNos: string[], detail: string, params: AuditParams): AuditNote {
  const what = kindNames[kind as LoanKind] ?? kind;
  return {
    action,
    targetType: 'loan',
    targetId: id,
    summary: `${id !== null ? `${what}申请 #${id}` : what}${archiveNos.length ? ` ${archiveNos.join('、')}` : ''}：${detail}`,
    params: { ...(id !== null ? { loan: id } : {}), ...params },
  };
}

/** Every cell that changed, e.g. "secret.checkout.maxMinutes 240→120", so the audit says what the new rules are. */
export function changedRules(before: LoanPolicy, after: LoanPolicy): string[] {
  const changes: string[] = [];
  for (const level of Object.keys(after) as Array<keyof LoanPolicy>) {
    for (const kind of Object.keys(after[level]) as Array<keyof LoanPolicy[typeof level]>) {
      const a = before[level][kind];
      const b = after[level][kind];
      for (const field of ['allowed', 'maxMinutes', 'steps', 'archiveRoomOnly', 'direct'] as const) {
        const was = JSON.stringify(a[field] ?? false);
        const now = JSON.stringify(b[field] ?? false);
        if (was !== now) changes.push(`${level}.${kind}.${field} ${was}→${now}`);
      }
    }
  }
  return changes;
}
