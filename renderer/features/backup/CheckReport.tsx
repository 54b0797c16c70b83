import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupCheck } from '../../../shared/backup/backupTypes';
import type { AuditLine } from '../../../shared/audit/auditEntry';
import { useChannelAllowed } from '../../api/channelAccess';
import { useKedangQuery } from '../../api/useKedang';
import { formatBytes } from '../../jobs/byteSize';
import { BackupSummary } from './BackupSummary';
import { formatWhen, splitPath } from './backupText';

type Verdict = 'whole' | 'partly' | 'damaged' | 'differs' | 'restoredSince';

/**
 * A live log that parts from the backup exactly at a 由备份恢复 entry was restored from an older
 * backup after this one was made: the backup still holds what that restore replaced. That is the
 * restore, not an edit; any other first difference is an entry changed after the backup was made.
 */
function verdictOf(check: BackupCheck, differing: AuditLine | null): Verdict {
  if (check.integrity === 'damaged' || check.anchorHolds === false) return 'damaged';
  if (check.comparison?.firstDifferentSeq) return differing?.action === 'backup.restored' ? 'restoredSince' : 'differs';
  if (check.integrity === 'notChecked') return 'partly';
  return 'whole';
}

const verdictColor: Record<Verdict, string> = { whole: 'green', partly: 'gray', damaged: 'red', differs: 'orange', restoredSince: 'blue' };

/** What 校验备份 found: one verdict first, then the manifest, each check, and the first audit entry that differs. */
export function CheckReport({ check }: { check: BackupCheck }) {
  const { t } = useTranslation();
  const first = check.comparison?.firstDifferentSeq ?? null;
  // The live entry where the logs part, named plainly. Roles are editable: one that checks backups but
  // may not read the log is told so instead.
  const readsLog = useChannelAllowed('audit.list');
  const live = useKedangQuery('audit.list', { beforeSeq: (first ?? 0) + 1, limit: 1 }, { enabled: first !== null });
  const found = live.data?.entries[0];
  const differing = found && found.seq === first ? found : null;
  const verdict = verdictOf(check, differing);
  if (first !== null && readsLog && live.isPending && !live.error) return <Text size="sm">{t('app.loading')}</Text>;
  const comparison = !check.comparison
    ? t('backup.report.notCompared')
    : first === null
      ? t('backup.report.sameUpTo', { seq: check.comparison.comparedUpTo })
      : t('backup.report.differsAt', { seq: first });
  return (
    <Stack gap="sm">
      <Alert color={verdictColor[verdict]} variant="light" title={t(`backup.report.verdict.${verdict}`)} role="status">
        {t(`backup.report.verdictBody.${verdict}`, { seq: first })}
      </Alert>
      {first !== null && <AuditDifference seq={first} entry={differing} shown={readsLog && !live.error} restoredSince={verdict === 'restoredSince'} />}
      <BackupSummary
        meta={check.summary}
        label={t('backup.report.label')}
        before={[
          [t('backup.done.file'), splitPath(check.path).name],
          [t('backup.done.size'), formatBytes(check.bytes)],
        ]}
        after={[
          [t('backup.report.integrity'), t(`backup.report.integrityValue.${check.integrity}`)],
          [t('backup.report.chain'), check.anchorHolds === null ? t('backup.report.chainUnchecked') : check.anchorHolds ? t('backup.report.chainHolds') : t('backup.report.chainBroken')],
          [t('backup.report.comparison'), comparison],
        ]}
      />
    </Stack>
  );
}

/**
 * The live log's entry where it first differs from the backup, named plainly: the backup holds every
 * hash of its time, so unless a restore put an older archive in place there, this entry was changed
 * after the backup was made, even if the chain verifies.
 */
function AuditDifference({ seq, entry, shown, restoredSince }: { seq: number; entry: AuditLine | null; shown: boolean; restoredSince: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color={restoredSince ? 'blue' : 'orange'} variant="outline" title={t('backup.report.differenceTitle', { seq })}>
      <Stack gap={4}>
        {entry ? (
          <Text size="sm">
            {t('backup.report.differenceEntry', {
              seq,
              at: formatWhen(entry.at),
              actor: entry.actorName,
              action: t(`auditActions.${entry.action}`, { defaultValue: entry.action }),
              summary: entry.summary,
            })}
          </Text>
        ) : (
          <Text size="sm">{shown ? t('backup.report.differenceMissing', { seq }) : t('backup.report.differenceHidden')}</Text>
        )}
        <Text size="sm">{restoredSince ? t('backup.report.differenceRestored') : t('backup.report.differenceMeaning')}</Text>
      </Stack>
    </Alert>
  );
}
