import { Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { ErrorNotice, errorText } from '../../forms/ErrorNotice';
import { useDialogState } from '../../dialogs/useDialogState';
import { DecideDialog } from './DecideDialog';
import { OverdueBadge, SecrecyBadge, StatusBadge } from './LoanBadges';
import { LoanTrail } from './LoanTrail';
import { useCancelLoan, useReturnLoan } from './loanConfirmations';
import { useLoanCommand } from './loanQueries';
import { formatTime } from './useLoanFormat';
import { SignOffDialog } from '../signoff/SignOffDialog';
import { usePrint } from '../documents/PrintDialog';
import { LoanPrintMenu } from './LoanPrintMenu';

type Action = 'decide' | 'submit' | 'checkout' | 'return' | 'cancel';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** What this user may do to this request now; core checks every one of them again. */
function actionsFor(loan: LoanRequest, user: SessionUser): Action[] {
  const mine = loan.requesterId === user.id;
  const handles = user.permissions.includes('loan.handle');
  const actions: Action[] = [];
  // Approval is signed by a second person on this PC, so whoever sees a waiting request may open the dialog.
  if (loan.status === 'submitted') actions.push('decide');
  if (mine && loan.status === 'draft') actions.push('submit');
  if (handles && loan.status === 'approved' && loan.kind === 'checkout' && !loan.archiveRoomOnly) actions.push('checkout');
  if (handles && loan.status === 'checkedOut') actions.push('return');
  if (mine && (loan.status === 'draft' || loan.status === 'submitted' || loan.status === 'approved')) actions.push('cancel');
  return actions;
}

/** The register's table, used by every tab: one row per request with what may be done to it. */
export function LoansTable({ loans, error, user }: { loans: LoanRequest[] | undefined; error: unknown; user: SessionUser }) {
  const { t } = useTranslation();
  const deciding = useDialogState<LoanRequest>();
  // Hand-over: the receiver signs for the paper files with their own password (时间、经办人、签收人).
  const handingOver = useDialogState<LoanRequest>();
  const cancel = useCancelLoan();
  const giveBack = useReturnLoan();
  const submit = useLoanCommand('loans.submit');
  const checkout = useLoanCommand('loans.checkout');
  const printer = usePrint();
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorText(t, error) });

  const run = (action: Action, loan: LoanRequest) => {
    switch (action) {
      case 'submit':
        return submit.mutate({ id: loan.id }, { onSuccess: () => notifications.show({ color: 'green', message: t('loans.submitted', { id: loan.id }) }), onError: failed });
      case 'checkout':
        return handingOver.open(loan);
      case 'decide':
        return deciding.open(loan);
      case 'return':
        return giveBack(loan);
      case 'cancel':
        return cancel(loan);
    }
  };

  if (error) return <ErrorNotice error={error} />;
  if (!loans) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={1080}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('loans.table.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={nowrap}>{t('loans.table.id')}</Table.Th>
              <Table.Th style={nowrap}>{t('loans.table.kind')}</Table.Th>
              <Table.Th>{t('loans.table.files')}</Table.Th>
              <Table.Th style={nowrap}>{t('loans.table.requester')}</Table.Th>
              <Table.Th style={nowrap}>{t('loans.table.period')}</Table.Th>
              <Table.Th style={nowrap}>{t('loans.table.status')}</Table.Th>
              <Table.Th miw={240}>{t('loans.table.trail')}</Table.Th>
              <Table.Th style={nowrap}>{t('loans.table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loans.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('loans.table.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {loans.map((loan) => (
              <Table.Tr key={loan.id}>
                <Table.Td ff="monospace" style={nowrap}>
                  #{loan.id}
                </Table.Td>
                <Table.Td style={nowrap}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {t(`loans.kinds.${loan.kind}`)}
                    </Text>
                    <SecrecyBadge level={loan.level} />
                  </Group>
                  <Text size="xs" c="dimmed" maw={120} truncate title={`${loan.purpose}：${loan.reason}`}>
                    {loan.purpose}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {loan.files.map((file) => (
                      <Text key={file.customerId} size="sm" style={{ wordBreak: 'keep-all' }}>
                        <Text span ff="monospace" size="sm">
                          {file.archiveNo}
                        </Text>{' '}
                        {file.name}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td style={nowrap}>
                  <Text size="sm">{loan.requesterName}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`loans.departments.${loan.department}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatTime(loan.startAt)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    – {formatTime(loan.endAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={nowrap}>
                  <Stack gap={4} align="flex-start">
                    <StatusBadge status={loan.status} />
                    <OverdueBadge loan={loan} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <LoanTrail loan={loan} />
                </Table.Td>
                <Table.Td style={nowrap}>
                  <Group gap={4} wrap="nowrap">
                    {actionsFor(loan, user).map((action) => (
                      <Button
                        key={action}
                        size="compact-xs"
                        variant={action === 'cancel' ? 'subtle' : 'light'}
                        color={action === 'cancel' ? 'red' : undefined}
                        aria-label={t('loans.actions.rowOf', { action: t(`loans.actions.${action}`), id: loan.id })}
                        loading={action === 'submit' && submit.isPending && submit.variables.id === loan.id}
                        onClick={() => run(action, loan)}
                      >
                        {t(`loans.actions.${action}`)}
                      </Button>
                    ))}
                    <LoanPrintMenu loan={loan} user={user} onPrint={printer.print} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {printer.dialog}
      <DecideDialog opened={deciding.opened} loan={deciding.value} onClose={deciding.close} />
      <SignOffDialog
        opened={handingOver.opened}
        onClose={handingOver.close}
        title={t('loans.checkout.title')}
        signer="receiver"
        signLabel={t('loans.checkout.sign')}
        request={
          handingOver.value
            ? t('loans.checkout.request', { id: handingOver.value.id, name: handingOver.value.requesterName, files: handingOver.value.files.map((f) => f.archiveNo).join(t('loans.listSeparator')), due: formatTime(handingOver.value.endAt), by: user.displayName })
            : ''
        }
        onSign={async (receiver) => {
          const loan = handingOver.value!;
          await checkout.mutateAsync({ id: loan.id, receiver });
          notifications.show({ color: 'green', message: t('loans.checkout.done', { id: loan.id, name: loan.requesterName }) });
        }}
      />
    </>
  );
}
