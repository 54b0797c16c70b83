import type { ReactNode } from 'react';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestorePreview } from '../../../shared/backup/backupTypes';
import { BackupSummary } from './BackupSummary';
import { formatWhen } from './backupText';

/**
 * A prepared restore, before anything live changes: checked, what it holds, and what restoring it
 * means. Shared by 恢复 in the app and by the first-run restore on a new PC (`replacing` false).
 */
export function RestorePreviewCard({ preview, actions, replacing = true }: { preview: RestorePreview; actions: ReactNode; replacing?: boolean }) {
  const { t } = useTranslation();
  const { schema, summary } = preview;
  return (
    <Stack gap="sm">
      <Alert color="green" variant="light" title={t('backup.preview.checkedTitle')} role="status">
        {replacing ? t('backup.preview.checked') : t('backup.preview.checkedNewPc')}
      </Alert>
      <BackupSummary
        meta={summary}
        label={t('backup.preview.label')}
        after={[[t('backup.preview.schema'), schema.migrates ? t('backup.preview.migrates', { backup: schema.backup, app: schema.app }) : t('backup.preview.sameSchema', { app: schema.app })]]}
      />
      <Alert color="orange" variant="light" title={replacing ? t('backup.preview.replacesTitle') : t('backup.preview.newPcTitle')}>
        {replacing ? t('backup.preview.replaces', { at: formatWhen(summary.createdAt) }) : t('backup.preview.newPc')}
      </Alert>
      {actions}
    </Stack>
  );
}
