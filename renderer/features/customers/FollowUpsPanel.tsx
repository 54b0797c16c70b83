import { useEffect, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Group, List, Loader, Pagination, Paper, SegmentedControl, Select, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { useChannelAllowed } from '../../api/channelAccess';
import { useKedangQuery } from '../../api/useKedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AnchorLink } from '../../routing/links';
import { dueDateText } from './dueDate';
import { FollowUpBadge } from './CustomerBadges';
import { useStaff } from './customerQueries';

type Include = 'overdue' | 'due' | 'stale';

/** Core answers one page at a time with the total, so a store with thousands overdue sends twenty. */
const PAGE_SIZE = 20;

/** The dashboard's follow-up list by the cadence: a consultant sees their own customers, a manager everyone's. */
export function FollowUpsPanel({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [include, setInclude] = useState<Include>('overdue');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const reads = useChannelAllowed('customers.followUps');
  // Managers see every consultant's list and may narrow it to one; a consultant's is their own.
  const manages = user.permissions.includes('customer.readAll');
  const staff = useStaff();
  const input = { include, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, ...(ownerId ? { ownerId: Number(ownerId) } : {}) };
  const rows = useKedangQuery('customers.followUps', input, { refetchInterval: 5 * 60_000, placeholderData: keepPreviousData });
  const total = rows.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // The list shrank under the page shown (files were contacted): show its last page.
  useEffect(() => {
    if (rows.data && page > pages) setPage(pages);
  }, [rows.data, page, pages]);
  if (!reads) return null;
  const shown = rows.data?.rows ?? [];
  return (
    <Paper withBorder p="md" maw={760} role="region" aria-label={t('customers.followUps.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('customers.followUps.title')}</Title>
        {manages && (
          <Select
            size="xs"
            w={140}
            aria-label={t('customers.search.owner')}
            placeholder={t('customers.followUps.allConsultants')}
            clearable
            data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.displayName }))}
            value={ownerId}
            onChange={(value) => {
              setOwnerId(value);
              setPage(1);
            }}
          />
        )}
        <SegmentedControl
          size="xs"
          aria-label={t('customers.followUps.title')}
          value={include}
          onChange={(value) => {
            setInclude(value as Include);
            setPage(1);
          }}
          data={(['overdue', 'due', 'stale'] as const).map((value) => ({ value, label: t(`customers.followUps.${value}`) }))}
        />
      </Group>
      <ErrorNotice error={rows.error} />
      {rows.isPending && !rows.error && <Loader size="xs" aria-label={t('app.loading')} />}
      {rows.data?.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('customers.followUps.none')}
        </Text>
      )}
      {shown.length > 0 && (
        <List listStyleType="none" spacing={4} aria-label={t('customers.followUps.title')} styles={{ itemWrapper: { display: 'flex', width: '100%' }, itemLabel: { flex: 1, minWidth: 0 } }}>
          {shown.map((row) => (
            <List.Item key={row.id}>
              <Group justify="space-between" wrap="nowrap">
                <AnchorLink to="/customers/$customerId" params={{ customerId: row.id }} search={{}} size="sm">
                  {row.archiveNo} {row.name}
                  {row.grade ? ` · ${row.grade}` : ''}
                </AnchorLink>
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {row.ownerName ?? ''}
                    {row.followUp.dueAt ? ` · ${t('customers.followUps.dueAt', { date: dueDateText(row.followUp.dueAt) })}` : ''}
                  </Text>
                  <FollowUpBadge followUp={row.followUp} />
                </Group>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {pages > 1 && (
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed">
            {t('customers.followUps.range', { from: input.offset + 1, to: input.offset + shown.length, total })}
          </Text>
          <Pagination size="sm" total={pages} value={page} onChange={setPage} aria-label={t('customers.followUps.pages')} />
        </Group>
      )}
    </Paper>
  );
}
