import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApprovalStepView } from '../../../shared/approvals/approvalTypes';
import { stepKindLabels } from '../../../shared/approvals/approvalTypes';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { shortTime, useLoanFormat } from './useLoanFormat';

/**
 * A request's trail as the register keeps it: each step of its approval chain (who signed, when, under
 * which delegation, or who may sign the one waiting), then the hand-over (when, by whom, who signed
 * for it) and the return (when, who took it back, in what condition).
 */
export function LoanTrail({ loan }: { loan: LoanRequest }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const format = useLoanFormat();
  const steps = loan.approval?.steps ?? [];
  const stepLine = (step: ApprovalStepView) => {
    const what = t('loans.trail.step', { n: step.position + 1, kind: stepKindLabels[step.kind][lang] });
    const when = step.decidedAt ? shortTime(step.decidedAt) : '';
    const by = step.delegation ? t('loans.trail.byDeputy', { name: step.decidedByName, delegation: step.delegation.id, delegator: step.delegation.delegatorName }) : step.decidedByName;
    switch (step.status) {
      case 'approved':
        return t('loans.trail.approved', { what, by, when });
      case 'rejected':
        return t('loans.trail.rejected', { what, by, when });
      case 'skipped':
        return t('loans.trail.skipped', { what });
      case 'waiting':
        return t('loans.trail.waiting', { what, roles: format.roles(step.roles) });
    }
  };
  const current = loan.approval?.status === 'pending' ? loan.approval.current : null;
  return (
    <Stack gap={2} role="list" aria-label={t('loans.trail.label', { id: loan.id })}>
      {loan.direct && (
        <Text size="xs" role="listitem">
          {t('loans.trail.direct')}
        </Text>
      )}
      {steps.map((step) => (
        <Text
          key={step.position}
          size="xs"
          role="listitem"
          fw={step.position === current ? 600 : undefined}
          c={step.status === 'waiting' && step.position !== current ? 'dimmed' : step.status === 'rejected' ? 'red.9' : undefined}
          title={step.note ?? undefined}
        >
          {stepLine(step)}
          {step.note ? t('loans.trail.note', { note: step.note }) : ''}
        </Text>
      ))}
      {loan.checkedOutAt && (
        <Text size="xs" role="listitem">
          {t('loans.trail.handedOver', { when: shortTime(loan.checkedOutAt), by: loan.handedOverByName ?? '', receiver: loan.receivedByName ?? '' })}
        </Text>
      )}
      {loan.returnedAt && (
        <Text size="xs" role="listitem">
          {t('loans.trail.returned', { when: shortTime(loan.returnedAt), by: loan.returnedToName ?? '' })}
          {loan.conditionNote ? ` · ${t('loans.table.condition', { note: loan.conditionNote })}` : ''}
        </Text>
      )}
    </Stack>
  );
}
