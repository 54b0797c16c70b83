import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useLoanCommand } from './loanQueries';
import { useLoanFormat } from './useLoanFormat';

/** The requester withdraws a request that has not been handed over; asked once more, as it cannot be undone. */
export function CancelDialog({ loan, onClose }: { loan: LoanRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const cancel = useLoanCommand('loans.cancel');
  const confirm = () =>
    cancel.mutate(
      { id: loan.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'gray', message: t('loans.cancelDialog.done', { id: loan.id }) });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('loans.cancelDialog.title')}>
      <Stack>
        <Text size="sm">{t('loans.cancelDialog.confirm', { id: loan.id, kind: t(`loans.kinds.${loan.kind}`), files: format.files(loan) })}</Text>
        <ErrorNotice error={cancel.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('loans.cancelDialog.keep')}
          </Button>
          <Button color="red" onClick={confirm} loading={cancel.isPending}>
            {t('loans.cancelDialog.ok')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
