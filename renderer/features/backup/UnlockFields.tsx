import { Input, PasswordInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from '../../forms/fieldProps';
import { mandatory } from '../../forms/mandatory';

interface Props {
  kind: FieldProps;
  username: FieldProps;
  password: FieldProps;
  recoveryCode: FieldProps;
  disabled?: boolean;
}

/**
 * The backup's own key slots open its database: a user who existed when it was made, with the password
 * they had then, or the recovery code of that time. Nothing typed here is kept.
 */
export function UnlockFields({ kind, username, password, recoveryCode, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Input.Wrapper label={t('backup.unlock.how')} labelElement="div" description={kind.value === 'password' ? t('backup.unlock.passwordHint') : t('backup.unlock.recoveryHint')}>
        <SegmentedControl
          mt={4}
          fullWidth
          aria-label={t('backup.unlock.how')}
          disabled={disabled}
          data={[
            { value: 'password', label: t('backup.unlock.password') },
            { value: 'recoveryCode', label: t('backup.unlock.recoveryCode') },
          ]}
          {...kind}
        />
      </Input.Wrapper>
      {kind.value === 'password' ? (
        <>
          <TextInput label={t('fields.username')} {...mandatory} autoComplete="off" spellCheck={false} disabled={disabled} {...username} />
          <PasswordInput label={t('backup.unlock.passwordLabel')} {...mandatory} autoComplete="off" disabled={disabled} {...password} />
        </>
      ) : (
        <TextInput
          label={t('fields.recoveryCode')}
          {...mandatory}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          styles={{ input: { fontFamily: 'monospace', textTransform: 'uppercase' } }}
          {...recoveryCode}
        />
      )}
    </Stack>
  );
}
