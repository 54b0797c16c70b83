import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useLoanCommand } from './loanQueries';
import { useLoanFormat } from './useLoanFormat';

/** The archive admin takes the paper files back and notes their condition for the register. */
export function ReturnDialog({ loan, onClose }: { loan: LoanRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const giveBack = useLoanCommand('loans.return');
  const [condition, setCondition] = useState('');
  const confirm = () =>
    giveBack.mutate(
      { id: loan.id, condition },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('loans.returnDialog.done', { id: loan.id }) });
          onClose();
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('loans.returnDialog.title')}>
      <Stack>
        <Text size="sm">{t('loans.returnDialog.intro', { id: loan.id, files: format.files(loan), name: loan.requesterName })}</Text>
        <Textarea
          label={t('loans.returnDialog.condition')}
          placeholder={t('loans.returnDialog.conditionPlaceholder')}
          data-autofocus
          autosize
          minRows={2}
          maxLength={300}
          value={condition}
          onChange={(event) => setCondition(event.currentTarget.value)}
        />
        <ErrorNotice error={giveBack.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={confirm} loading={giveBack.isPending}>
            {t('loans.returnDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
