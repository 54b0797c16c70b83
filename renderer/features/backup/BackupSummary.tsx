import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupMeta } from '../../../shared/backup/backupFormat';
import { anchorText, formatWhen } from './backupText';
import { FactTable } from './FactTable';

/** The tables a person recognises, in the order they would ask about them; the rest are the app's own bookkeeping. */
export const countedTables = ['customers', 'vehicles', 'contacts', 'intentions', 'service_records', 'feedback', 'attachments', 'consents', 'loan_requests', 'users', 'audit_log'] as const;

/** What a backup's manifest says it is of: store, when, by whom, which versions, how many of what, the audit anchor. */
export function BackupSummary({ meta, label, before = [], after = [] }: { meta: BackupMeta; label: string; before?: ReadonlyArray<readonly [string, ReactNode] | null | false>; after?: ReadonlyArray<readonly [string, ReactNode] | null | false> }) {
  const { t } = useTranslation();
  const counts = countedTables.filter((table) => meta.rowCounts[table] !== undefined).map((table) => t('backup.summary.count', { table: t(`backup.tables.${table}`), count: meta.rowCounts[table] }));
  return (
    <FactTable
      label={label}
      facts={[
        ...before,
        [t('backup.summary.store'), meta.storeName],
        [t('backup.summary.madeAt'), formatWhen(meta.createdAt)],
        [t('backup.summary.madeBy'), meta.madeBy.name || t('backup.summary.scheduled')],
        [t('backup.summary.versions'), t('backup.summary.versionsValue', { app: meta.appVersion, schema: meta.schemaVersion })],
        [
          t('backup.summary.counts'),
          <Text key="counts" size="sm">
            {counts.join(t('backup.summary.countSeparator'))}
          </Text>,
        ],
        [t('backup.summary.anchor'), anchorText(meta.auditAnchor) ?? t('backup.summary.noAnchor')],
        ...after,
      ]}
    />
  );
}
