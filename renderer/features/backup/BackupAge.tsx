import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/backup/backupTypes';
import { formatWhen } from './backupText';

/** How old the last verified backup is, in orange once it is older than the store allows (or there is none). */
export function BackupAge({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  if (status.lastVerifiedAt === null || status.ageDays === null) {
    return (
      <Text size="sm" c="orange" fw={500}>
        {t('backup.status.never')}
      </Text>
    );
  }
  const ago = status.ageDays === 0 ? t('backup.status.today') : status.ageDays === 1 ? t('backup.status.yesterday') : t('backup.status.daysAgo', { count: status.ageDays });
  return (
    <>
      <Text size="sm" c={status.warn ? 'orange' : undefined}>
        {t('backup.status.last', { ago, at: formatWhen(status.lastVerifiedAt) })}
      </Text>
      {status.warn && (
        <Text size="sm" c="orange" fw={500}>
          {t('backup.status.overdue', { days: status.warnAfterDays })}
        </Text>
      )}
    </>
  );
}
