import { useState } from 'react';
import { Anchor, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { call } from '../../api/kedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FollowUpBadge } from './CustomerBadges';
import { useStaff } from './customerQueries';

type Include = 'overdue' | 'due' | 'stale';

/** The dashboard's follow-up list by the cadence: a consultant sees their own customers, a manager everyone's. */
export function FollowUpsPanel({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [include, setInclude] = useState<Include>('overdue');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const reads = user.permissions.includes('customer.read');
  // Managers see every consultant's list and may narrow it to one; a consultant's is their own.
  const manages = user.permissions.includes('customer.readAll');
  const staff = useStaff();
  const input = { include, ...(ownerId ? { ownerId: Number(ownerId) } : {}) };
  const rows = useQuery({ queryKey: ['customers.followUps', input], queryFn: () => call('customers.followUps', input), enabled: reads, refetchInterval: 5 * 60_000 });
  if (!reads) return null;
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
            onChange={setOwnerId}
          />
        )}
        <SegmentedControl
          size="xs"
          aria-label={t('customers.followUps.title')}
          value={include}
          onChange={(value) => setInclude(value as Include)}
          data={(['overdue', 'due', 'stale'] as const).map((value) => ({ value, label: t(`customers.followUps.${value}`) }))}
        />
      </Group>
      <ErrorNotice error={rows.error} />
      {rows.isPending && !rows.error && <Loader size="xs" aria-label={t('app.loading')} />}
      {rows.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customers.followUps.none')}
        </Text>
      )}
      <Stack gap={4} mah={360} style={{ overflowY: 'auto' }}>
        {rows.data?.map((row) => (
          <Group key={row.id} justify="space-between" wrap="nowrap">
            <Anchor href={`#/customers/${row.id}`} size="sm">
              {row.archiveNo} {row.name}
              {row.grade ? ` · ${row.grade}` : ''}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {row.ownerName ?? ''}
                {row.followUp.dueAt ? ` · ${t('customers.followUps.dueAt', { date: dayjs(row.followUp.dueAt).format('MM-DD HH:mm') })}` : ''}
              </Text>
              <FollowUpBadge followUp={row.followUp} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
