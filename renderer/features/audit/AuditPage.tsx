import { useState } from 'react';
import { Alert, Button, Code, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AuditFilterBar } from './AuditFilterBar';
import { useAuditPages, useVerifyAudit, type AuditFilters } from './auditQueries';

/** The tamper-evident log: filters, newest first, the chain head to compare with paper, and a verify button. */
export function AuditPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const pages = useAuditPages(filters);
  const verify = useVerifyAudit();
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
          <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
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
      <AuditFilterBar canListUsers={user.permissions.includes('user.manage')} onApply={setFilters} />
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
