import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupCheck } from '../../../shared/backup/backupTypes';
import { useKedangQuery } from '../../api/useKedang';
import { formatBytes } from '../../jobs/byteSize';
import { BackupSummary } from './BackupSummary';
import { formatWhen, splitPath } from './backupText';

type Verdict = 'whole' | 'partly' | 'damaged' | 'differs';

function verdictOf(check: BackupCheck): Verdict {
  if (check.integrity === 'damaged' || check.anchorHolds === false) return 'damaged';
  if (check.comparison?.firstDifferentSeq) return 'differs';
  if (check.integrity === 'notChecked') return 'partly';
  return 'whole';
}

const verdictColor: Record<Verdict, string> = { whole: 'green', partly: 'gray', damaged: 'red', differs: 'orange' };

/** What 校验备份 found: one verdict first, then the manifest, each check, and the first audit entry that differs. */
export function CheckReport({ check }: { check: BackupCheck }) {
  const { t } = useTranslation();
  const verdict = verdictOf(check);
  const first = check.comparison?.firstDifferentSeq ?? null;
  const comparison = !check.comparison
    ? t('backup.report.notCompared')
    : first === null
      ? t('backup.report.sameUpTo', { seq: check.comparison.comparedUpTo })
      : t('backup.report.differsAt', { seq: first });
  return (
    <Stack gap="sm">
      <Alert color={verdictColor[verdict]} variant="light" title={t(`backup.report.verdict.${verdict}`)} role="status">
        {t(`backup.report.verdictBody.${verdict}`)}
      </Alert>
      {first !== null && <AuditDifference seq={first} />}
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
 * hash of its time, so this entry was changed after the backup was made, even if the chain verifies.
 */
function AuditDifference({ seq }: { seq: number }) {
  const { t } = useTranslation();
  const live = useKedangQuery('audit.list', { beforeSeq: seq + 1, limit: 1 });
  const entry = live.data?.entries[0];
  const known = entry && entry.seq === seq;
  return (
    <Alert color="orange" variant="outline" title={t('backup.report.differenceTitle', { seq })}>
      <Stack gap={4}>
        {known ? (
          <Text size="sm">
            {t('backup.report.differenceEntry', {
              seq,
              at: formatWhen(entry.at),
              actor: entry.actorName,
              action: t(`auditActions.${entry.action}`, { defaultValue: entry.action }),
              summary: entry.summary,
            })}
          </Text>
        ) : live.data ? (
          <Text size="sm">{t('backup.report.differenceMissing', { seq })}</Text>
        ) : null}
        <Text size="sm">{t('backup.report.differenceMeaning')}</Text>
      </Stack>
    </Alert>
  );
}
