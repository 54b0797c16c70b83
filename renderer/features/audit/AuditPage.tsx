import { Alert, Button, Code, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AuditFilterBar } from './AuditFilterBar';
import { useAuditPages, useVerifyAudit, type AuditFilters } from './auditQueries';
import type { AuditSearch } from './auditSearch';

const auditRoute = getRouteApi('/audit');

/** The address's filters as core's: whole days in local time, sent as ISO instants with the offset. */
function filtersOf(search: AuditSearch): AuditFilters {
  return {
    ...(search.actor ? { actorId: search.actor } : {}),
    ...(search.action ? { action: search.action } : {}),
    ...(search.targetType ? { targetType: search.targetType } : {}),
    ...(search.targetId ? { targetId: search.targetId } : {}),
    ...(search.from ? { from: dayjs(search.from).startOf('day').format() } : {}),
    ...(search.to ? { to: dayjs(search.to).endOf('day').format() } : {}),
  };
}

/** The tamper-evident log: filters, newest first, the chain head to compare with paper, and a verify button. */
export function AuditPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = auditRoute.useNavigate();
  const search = auditRoute.useSearch();
  const pages = useAuditPages(filtersOf(search));
  const verify = useVerifyAudit();
  const verifyNow = () => verify.mutate({});
  const head = pages.data?.pages[0]?.head ?? null;
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <Paper withBorder p="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('audit.head')}
            </Text>
            {head ? (
              <Code fz="sm" aria-label={t('audit.head')}>
                {t('audit.headValue', { seq: head.seq, hash: head.hash.slice(0, 16) })}
              </Code>
            ) : (
              <Text size="sm" c="dimmed">
                {t('audit.noHead')}
              </Text>
            )}
          </Group>
          <Button variant="light" onClick={verifyNow} loading={verify.isPending}>
            {t('audit.verify')}
          </Button>
        </Group>
        {verify.data && (
          <Alert mt="sm" variant="light" color={verify.data.ok ? 'green' : 'red'} role="status">
            {verify.data.ok ? t('audit.verifyOk', { count: verify.data.checked }) : t('audit.verifyBroken', { seq: verify.data.brokenSeq })}
          </Alert>
        )}
        {verify.error !== null && (
          <Stack mt="sm">
            <ErrorNotice error={verify.error} />
          </Stack>
        )}
      </Paper>
      <AuditFilterBar canListUsers={user.permissions.includes('user.manage')} search={search} onApply={(next) => void navigate({ to: '/audit', search: next })} />
      <ErrorNotice error={pages.error} />
      {pages.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Table striped withTableBorder verticalSpacing={6} aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('audit.seq')}</Table.Th>
              <Table.Th w={150}>{t('audit.at')}</Table.Th>
              <Table.Th w={120}>{t('audit.actor')}</Table.Th>
              <Table.Th w={170}>{t('audit.action')}</Table.Th>
              <Table.Th w={120}>{t('audit.target')}</Table.Th>
              <Table.Th>{t('audit.summary')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm" ta="center">
                    {t('audit.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {entries.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td ff="monospace">{entry.seq}</Table.Td>
                <Table.Td>{dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
                <Table.Td>{entry.actorName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`auditActions.${entry.action}`, { defaultValue: entry.action })}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {entry.action}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace" fz="xs">
                  {entry.targetType ? `${entry.targetType}${entry.targetId ? ` #${entry.targetId}` : ''}` : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.summary}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
