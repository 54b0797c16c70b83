import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannelAllowed } from '../../api/channelAccess';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AnchorLink } from '../../routing/links';
import { OverdueBadge } from './LoanBadges';
import { useLoans } from './loanQueries';
import { formatTime, useLoanFormat } from './useLoanFormat';

/** The dashboard's list of paper files not back in time (a requester sees only their own). */
export function OverdueLoansPanel() {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const requests = useChannelAllowed('loans.list');
  const overdue = useLoans({ view: 'overdue' }, { refetchInterval: 60_000 });
  if (!requests) return null;

  return (
    <Paper withBorder p="md" maw={760} role="region" aria-label={t('loans.dashboard.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('loans.dashboard.title')}</Title>
        <AnchorLink to="/loans" search={{ tab: 'register', view: 'overdue' }} size="sm">
          {t('loans.dashboard.open')}
        </AnchorLink>
      </Group>
      <ErrorNotice error={overdue.error} />
      {overdue.isPending && !overdue.error && <Loader size="xs" aria-label={t('app.loading')} />}
      {overdue.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('loans.dashboard.none')}
        </Text>
      )}
      <Stack gap={6}>
        {overdue.data?.map((loan) => (
          <Group key={loan.id} justify="space-between" wrap="nowrap">
            <Text size="sm">{t('loans.dashboard.item', { id: loan.id, files: format.files(loan), name: loan.requesterName, due: formatTime(loan.endAt) })}</Text>
            <OverdueBadge loan={loan} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
