import { useId } from 'react';
import { Badge, Button, Group, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../forms/ErrorNotice';
import type { FieldProps } from '../../forms/fieldProps';
import { formatBytes } from '../../jobs/byteSize';
import { useBackupTargets } from './backupQueries';

/** The choice that means "the folder typed below". */
export const OTHER_FOLDER = 'other';

/**
 * Where a backup goes: USB sticks plugged in now first, then the folder used last time, then any
 * folder typed as a full path (there is no folder picker in the web harness; the typed path works everywhere).
 */
export function TargetPicker({ target, otherFolder, onTypeFolder, disabled }: { target: FieldProps; otherFolder: FieldProps; onTypeFolder: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const targets = useBackupTargets();
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end">
        <Text fw={500} size="sm" id={labelId}>
          {t('backup.run.target')}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={() => void targets.refetch()} loading={targets.isFetching} disabled={disabled}>
          {t('backup.run.detect')}
        </Button>
      </Group>
      <ErrorNotice error={targets.error} />
      {targets.isPending && !targets.error && <Loader size="xs" aria-label={t('app.loading')} />}
      <Radio.Group aria-labelledby={labelId} {...target}>
        <Stack gap="xs">
          {targets.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('backup.run.noDrives')}
            </Text>
          )}
          {targets.data?.map((drive) => (
            <Radio
              key={drive.path}
              value={drive.path}
              disabled={disabled}
              label={
                <Group gap={6} wrap="nowrap">
                  <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {drive.label}
                  </Text>
                  {drive.removable ? (
                    <Badge size="sm" variant="light" color="teal">
                      {t('backup.run.removable')}
                    </Badge>
                  ) : (
                    <Badge size="sm" variant="light" color="gray">
                      {t('backup.run.lastFolder')}
                    </Badge>
                  )}
                </Group>
              }
              description={[drive.label !== drive.path ? drive.path : null, drive.freeBytes !== null ? t('backup.run.free', { size: formatBytes(drive.freeBytes) }) : null].filter(Boolean).join(' · ') || undefined}
            />
          ))}
          <Radio value={OTHER_FOLDER} disabled={disabled} label={t('backup.run.otherFolder')} />
        </Stack>
      </Radio.Group>
      <TextInput
        aria-label={t('backup.run.otherFolderPath')}
        placeholder={t('backup.run.otherFolderPlaceholder')}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        ml={28}
        {...otherFolder}
        // Typing a folder means backing up there.
        onFocus={onTypeFolder}
      />
    </Stack>
  );
}
