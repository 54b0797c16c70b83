import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupHoldingErased } from '../../../shared/backup/backupTypes';
import { useChannelAllowed } from '../../api/channelAccess';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';
import { openConfirm } from '../../dialogs/confirm';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { AnchorLink } from '../../routing/links';
import { formatWhen } from './backupText';

/**
 * The dashboard's reminder that an erase is complete only once the backups made before it are gone:
 * which backups still hold cleaned-up or destroyed data, whether a newer one exists, and 移除 for each
 * that may go (never the newest).
 */
export function ErasedBackupsPanel() {
  const { t } = useTranslation();
  const allowed = useChannelAllowed('backup.erasedStillHeld');
  const held = useKedangQuery('backup.erasedStillHeld', {}, { refetchInterval: 10 * 60_000 });
  const queryClient = useQueryClient();
  const retire = useKedangMutation('backup.retire', {
    onSuccess: () => Promise.all((['backup.erasedStillHeld', 'backup.history', 'backup.status'] as const).map((channel) => queryClient.invalidateQueries({ queryKey: channelKey(channel) }))),
  });
  if (!allowed || !held.data || held.data.backups.length === 0) return held.error ? <ErrorNotice error={held.error} /> : null;

  const ask = (backup: BackupHoldingErased, fileGone: boolean) =>
    openConfirm({
      title: t(fileGone ? 'backup.erased.goneTitle' : 'backup.erased.retireTitle'),
      message: t(fileGone ? 'backup.erased.goneBody' : 'backup.erased.retireBody', { path: backup.path, at: formatWhen(backup.at) }),
      confirmLabel: t(fileGone ? 'backup.erased.goneConfirm' : 'backup.erased.retireConfirm'),
      color: 'red',
      onConfirm: async () => {
        await retire.mutateAsync({ id: backup.id, fileGone });
        notifications.show({ color: 'green', message: t('backup.erased.retired', { path: backup.path }) });
      },
    });

  const { backups, newerBackupAt } = held.data;
  return (
    <Paper withBorder p="md" maw={760} role="region" aria-label={t('backup.erased.title')} style={{ borderColor: 'var(--mantine-color-orange-filled)' }}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('backup.erased.title')}</Title>
        <AnchorLink to="/backup" size="sm">
          {newerBackupAt ? t('backup.status.open') : t('backup.status.backUpNow')}
        </AnchorLink>
      </Group>
      <Stack gap="xs">
        <Text size="sm">{t('backup.erased.why', { count: backups.length })}</Text>
        <Text size="sm" c={newerBackupAt ? undefined : 'orange'} fw={newerBackupAt ? undefined : 500}>
          {newerBackupAt ? t('backup.erased.newer', { at: formatWhen(newerBackupAt) }) : t('backup.erased.makeNewer')}
        </Text>
        <Table withTableBorder verticalSpacing={4} aria-label={t('backup.erased.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('backup.erased.made')}</Table.Th>
              <Table.Th>{t('backup.erased.path')}</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('backup.erased.requests')}</Table.Th>
              <Table.Th>{t('backup.erased.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((backup) => (
              <Table.Tr key={backup.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatWhen(backup.at)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{backup.path}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{backup.requests.map((id) => `#${id}`).join('、')}</Table.Td>
                <Table.Td>
                  {backup.retirable ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" color="red" variant="light" onClick={() => ask(backup, false)} aria-label={t('backup.erased.retireOne', { at: formatWhen(backup.at) })}>
                        {t('backup.erased.retire')}
                      </Button>
                      <Button size="xs" variant="subtle" onClick={() => ask(backup, true)} aria-label={t('backup.erased.goneOne', { at: formatWhen(backup.at) })}>
                        {t('backup.erased.gone')}
                      </Button>
                    </Group>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('backup.erased.newestKept')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
