import { Badge, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupRecord } from '../../../shared/backup/backupTypes';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { formatBytes } from '../../jobs/byteSize';
import { useBackupHistory } from './backupQueries';
import { formatWhen, splitPath } from './backupText';

const kindColor: Record<BackupRecord['kind'], string> = { backup: 'indigo', verify: 'teal', restore: 'orange' };

/** 备份记录: every backup made and every restore, newest first: when, where, how big, verified, by whom. */
export function HistoryTab() {
  const { t } = useTranslation();
  const history = useBackupHistory();
  return (
    <>
      <ErrorNotice error={history.error} />
      {history.isPending && !history.error && <Loader size="sm" aria-label={t('app.loading')} />}
      {history.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('backup.history.empty')}
        </Text>
      )}
      {history.data && history.data.length > 0 && (
        <Table striped withTableBorder verticalSpacing="xs" aria-label={t('backup.history.label')} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>{t('backup.history.at')}</Table.Th>
              <Table.Th w={80}>{t('backup.history.kind')}</Table.Th>
              <Table.Th>{t('backup.history.where')}</Table.Th>
              <Table.Th w={90}>{t('backup.history.size')}</Table.Th>
              <Table.Th w={110}>{t('backup.history.secret')}</Table.Th>
              <Table.Th w={170}>{t('backup.history.state')}</Table.Th>
              <Table.Th w={100}>{t('backup.history.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((record) => {
              const { folder, name } = splitPath(record.path);
              return (
                <Table.Tr key={record.id}>
                  <Table.Td>{formatWhen(record.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={kindColor[record.kind]}>
                      {t(`backup.history.kinds.${record.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm">{name}</Text>
                    <Text size="xs" c="dimmed">
                      {folder}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatBytes(record.bytes)}</Table.Td>
                  <Table.Td>{record.kind === 'restore' ? '—' : t(`backup.history.secrets.${record.secret}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color={record.verified ? 'green' : 'red'}>
                        {record.verified ? t('backup.history.verified') : t('backup.history.unverified')}
                      </Badge>
                      {record.rotatedAt && (
                        <Badge variant="light" color="gray">
                          {t('backup.history.rotated')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{record.byName ?? '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
