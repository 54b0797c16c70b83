import { Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mandatory } from '../../forms/mandatory';
import type { FieldProps } from '../../forms/fieldProps';
import { NEW_PASSPHRASE_MIN } from './backupForms';
import { passphraseStrength, type PassphraseStrength } from './passphraseStrength';

const meter: Record<PassphraseStrength, { value: number; color: string }> = {
  tooShort: { value: 10, color: 'red' },
  weak: { value: 35, color: 'orange' },
  fair: { value: 65, color: 'yellow' },
  strong: { value: 100, color: 'green' },
};

/** A new backup's passphrase, typed twice, with how strong it looks while typing; it is sent once and never kept. */
export function NewPassphraseFields({ passphrase, repeat, disabled }: { passphrase: FieldProps; repeat: FieldProps; disabled?: boolean }) {
  const { t } = useTranslation();
  const value = String(passphrase.value ?? '');
  const strength = passphraseStrength(value);
  return (
    <Stack gap="xs">
      <PasswordInput
        label={t('backup.run.passphrase')}
        description={t('backup.run.passphraseHint', { min: NEW_PASSPHRASE_MIN })}
        {...mandatory}
        autoComplete="new-password"
        disabled={disabled}
        {...passphrase}
      />
      {value.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-live="polite">
          <Progress value={meter[strength].value} color={meter[strength].color} size="sm" w={140} aria-hidden />
          <Text size="xs" c="dimmed">
            {t(`backup.run.strength.${strength}`, { count: [...value].length, min: NEW_PASSPHRASE_MIN })}
          </Text>
        </Group>
      )}
      <PasswordInput label={t('backup.run.passphraseRepeat')} {...mandatory} autoComplete="new-password" disabled={disabled} {...repeat} />
    </Stack>
  );
}
