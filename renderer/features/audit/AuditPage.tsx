import { Alert, Button, Code, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AuditAnchors } from './AuditAnchors';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditReportPrint } from './AuditReportPrint';
import { useAuditPages, useVerifyAudit, type AuditFilters } from './auditQueries';
import type { AuditSearch } from './auditSearch';
import { AuditTable } from './AuditTable';

const auditRoute = getRouteApi('/audit');

/** The address's filters as core's: whole days in local time, sent as ISO instants with the offset; a file by its archive number. */
function filtersOf(search: AuditSearch): AuditFilters {
  return {
    ...(search.actor ? { actorId: search.actor } : {}),
    ...(search.by ? { actorName: search.by } : {}),
    ...(search.action ? { action: search.action } : {}),
    ...(search.file ? { archiveNo: search.file } : {}),
    ...(search.from ? { from: dayjs(search.from).startOf('day').format() } : {}),
    ...(search.to ? { to: dayjs(search.to).endOf('day').format() } : {}),
  };
}

/** The tamper-evident log: filters, newest first, the chain head, anchors to take away and check, and a verify button. */
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
          <Group gap="xs">
            <AuditAnchors />
            <AuditReportPrint search={search} />
            <Button variant="light" onClick={verifyNow} loading={verify.isPending}>
              {t('audit.verify')}
            </Button>
          </Group>
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
      {pages.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : <AuditTable entries={entries} label={t('audit.title')} full />}
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
