import { Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { openConfirm } from '../../dialogs/confirm';
import { useLoanCommand } from './loanQueries';
import { formatTime, useLoanFormat } from './useLoanFormat';
import { useUser } from '../../api/session';

/** 撤销申请: the requester withdraws a request that has not been handed over; asked once more, as it cannot be undone. */
export function useCancelLoan(): (loan: LoanRequest) => void {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const cancel = useLoanCommand('loans.cancel');
  return (loan) =>
    openConfirm({
      title: t('loans.cancelDialog.title'),
      message: t('loans.cancelDialog.confirm', { id: loan.id, kind: t(`loans.kinds.${loan.kind}`), files: format.files(loan) }),
      confirmLabel: t('loans.cancelDialog.ok'),
      cancelLabel: t('loans.cancelDialog.keep'),
      color: 'red',
      onConfirm: async () => {
        await cancel.mutateAsync({ id: loan.id });
        notifications.show({ color: 'gray', message: t('loans.cancelDialog.done', { id: loan.id }) });
      },
    });
}

/** 登记归还: the archive admin takes the paper files back and notes their condition for the register. */
export function useReturnLoan(): (loan: LoanRequest) => void {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const giveBack = useLoanCommand('loans.return');
  const user = useUser();
  return (loan) => {
    // What is typed in the dialog, read when 确认归还 is pressed.
    const condition = { value: '' };
    openConfirm({
      title: t('loans.returnDialog.title'),
      message: (
        <Stack gap="sm">
          <Text size="sm">{t('loans.returnDialog.intro', { id: loan.id, files: format.files(loan), name: loan.requesterName })}</Text>
          <Text size="sm">{t('loans.returnDialog.record', { when: formatTime(new Date().toISOString()), by: user.displayName })}</Text>
          <ConditionNote onChange={(value) => (condition.value = value)} />
        </Stack>
      ),
      confirmLabel: t('loans.returnDialog.confirm'),
      onConfirm: async () => {
        await giveBack.mutateAsync({ id: loan.id, condition: condition.value });
        notifications.show({ color: 'green', message: t('loans.returnDialog.done', { id: loan.id }) });
      },
    });
  };
}

function ConditionNote({ onChange }: { onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('loans.returnDialog.condition')}
      placeholder={t('loans.returnDialog.conditionPlaceholder')}
      data-autofocus
      autosize
      minRows={2}
      maxLength={300}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
