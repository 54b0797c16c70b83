import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { AppDialog } from '../../dialogs/AppDialog';
import { DecisionFields } from '../signoff/DecisionFields';
import { SignOffForm } from '../signoff/SignOffDialog';
import { useLoanCommand } from './loanQueries';
import { formatTime, useLoanFormat } from './useLoanFormat';

/**
 * 同意 or 驳回, countersigned on this PC by the approver. Core refuses the requester
 * (LOAN_SELF_APPROVAL) and a role the policy does not name (LOAN_APPROVER_ROLE); the dialog shows why.
 */
export function DecideDialog({ opened, loan, onClose }: { opened: boolean; loan: LoanRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('loans.decide.title')} size="lg">
      {loan && <DecideForm loan={loan} onDone={onClose} />}
    </AppDialog>
  );
}

function DecideForm({ loan, onDone }: { loan: LoanRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const decide = useLoanCommand('loans.decide');
  const [approve, setApprove] = useState(true);
  const [note, setNote] = useState('');

  return (
    <SignOffForm
      onDone={onDone}
      signLabel={approve ? t('loans.decide.signApprove') : t('loans.decide.signReject')}
      request={t('loans.decide.summary', {
        id: loan.id,
        kind: t(`loans.kinds.${loan.kind}`),
        files: format.files(loan),
        requester: loan.requesterName,
        department: t(`loans.departments.${loan.department}`),
        start: formatTime(loan.startAt),
        end: formatTime(loan.endAt),
      })}
      onSign={async (signOff) => {
        const decided = await decide.mutateAsync({ id: loan.id, step: loan.approval?.current ?? undefined, approve, note, signOff });
        notifications.show({ color: approve ? 'green' : 'orange', message: t(approve ? 'loans.decide.approved' : 'loans.decide.rejected', { id: decided.id }) });
      }}
    >
      <Stack gap="xs">
        <Text size="sm">{t('loans.decide.purpose', { purpose: loan.purpose, reason: loan.reason })}</Text>
        <Text size="sm" c="dimmed">
          {t('loans.decide.approverRoles', { roles: format.roles(loan.approverRoles) })}
        </Text>
        <DecisionFields textPrefix="loans.decide" approve={approve} onApprove={setApprove} note={note} onNote={setNote} />
      </Stack>
    </SignOffForm>
  );
}
