import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKedangQuery } from '../../api/useKedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { formatBytes, formatSpeed } from '../../jobs/byteSize';
import { anchorText, formatWhen, splitPath } from './backupText';
import { FactTable } from './FactTable';

/** 备份已校验: the file read back, decrypted and checked; where it is, how big, of when. */
export function BackupDoneCard({ jobId, onCheck }: { jobId: string; onCheck: (path: string) => void }) {
  const { t } = useTranslation();
  const result = useKedangQuery('backup.result', { jobId }, { staleTime: Infinity });
  const done = result.data;
  if (!done) return result.error ? <ErrorNotice error={result.error} /> : <Loader size="xs" aria-label={t('app.loading')} />;
  const { folder, name } = splitPath(done.path);
  return (
    <Alert color="green" variant="light" title={t('backup.done.title')} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('backup.done.body')}</Text>
        <FactTable
          label={t('backup.done.title')}
          facts={[
            [t('backup.done.file'), name],
            [t('backup.done.folder'), folder],
            [t('backup.done.size'), formatBytes(done.bytes)],
            [t('backup.done.at'), formatWhen(done.snapshotAt)],
            [t('backup.done.took'), t('backup.done.tookValue', { seconds: done.seconds.toFixed(1), speed: formatSpeed(done.mbPerSecond * 1048576) })],
            done.auditAnchor && [t('backup.done.anchor'), anchorText(done.auditAnchor)],
            done.rotated.length > 0 && [t('backup.done.rotated'), t('backup.done.rotatedValue', { count: done.rotated.length })],
          ]}
        />
        <Group gap="xs">
          <Button variant="light" color="green" size="xs" onClick={() => onCheck(done.path)}>
            {t('backup.done.check')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
