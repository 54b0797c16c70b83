import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannelAllowed } from '../../api/channelAccess';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AnchorLink } from '../../routing/links';
import { BackupAge } from './BackupAge';
import { useBackupStatus } from './backupQueries';

/** The dashboard's reminder: how old the last verified backup is, in orange once the store's limit has passed. Only for roles that back up. */
export function BackupStatusPanel() {
  const { t } = useTranslation();
  const allowed = useChannelAllowed('backup.status');
  const status = useBackupStatus({ refetchInterval: 10 * 60_000 });
  if (!allowed) return null;
  const warn = status.data?.warn ?? false;
  return (
    <Paper withBorder p="md" maw={760} role="region" aria-label={t('backup.status.title')} style={warn ? { borderColor: 'var(--mantine-color-orange-filled)' } : undefined}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('backup.status.title')}</Title>
        <AnchorLink to="/backup" size="sm">
          {warn ? t('backup.status.backUpNow') : t('backup.status.open')}
        </AnchorLink>
      </Group>
      <ErrorNotice error={status.error} />
      {status.isPending && !status.error && <Loader size="xs" aria-label={t('app.loading')} />}
      {status.data && (
        <Stack gap={4}>
          <BackupAge status={status.data} />
          {status.data.rollbackAvailable && (
            <Text size="sm" c="dimmed">
              {t('backup.status.rollbackKept')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
