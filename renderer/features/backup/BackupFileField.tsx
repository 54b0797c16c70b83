import { Autocomplete } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from '../../forms/fieldProps';
import { mandatory } from '../../forms/mandatory';

/**
 * A backup file by its full path: typed (there is no file picker in the web harness; a typed path
 * works everywhere), or chosen from the backups this app made that should still be where it put them.
 */
export function BackupFileField({ field, known, disabled }: { field: FieldProps; known: string[]; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      label={t('backup.file.label')}
      description={known.length > 0 ? t('backup.file.hintKnown') : t('backup.file.hint')}
      placeholder={t('backup.file.placeholder')}
      {...mandatory}
      data={known}
      limit={8}
      spellCheck={false}
      autoComplete="off"
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
      {...field}
    />
  );
}
