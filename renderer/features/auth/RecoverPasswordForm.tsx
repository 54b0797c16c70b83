import { PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../shared/contract/channels';
import { useKedangMutation } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useRecoverySheet } from '../setup/RecoverySheetContext';

/** The fields core may name in a field-level error for this form. */
const formFields = ['username', 'recoveryCode', 'newPassword'] as const;

const recoverSchema = channels['auth.recover'].input.extend({ newPasswordRepeat: z.string() });
type RecoverValues = z.input<typeof recoverSchema>;

/**
 * All passwords forgotten: the store's recovery code sets a new one. Core rotates the code at the
 * same time, so a new sheet follows and must be confirmed like the first.
 */
export function RecoverPasswordForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const recovery = useRecoverySheet();
  const form = useForm<RecoverValues>({
    initialValues: { username: '', recoveryCode: '', newPassword: '', newPasswordRepeat: '' },
    validate: (values) => ({ ...schemaErrors(recoverSchema, values), ...repeatErrors(values.newPassword, values.newPasswordRepeat, 'newPasswordRepeat') }),
  });
  const recover = useKedangMutation('auth.recover', {
    onSuccess: async ({ user: _user, ...sheet }) => {
      recovery.show(sheet);
      await refreshStatus(queryClient);
    },
    onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
  });

  return (
    <form noValidate onSubmit={form.onSubmit(({ newPasswordRepeat: _repeat, ...input }) => recover.mutate(input))}>
      <Stack>
        <Title order={2}>{t('auth.recoverTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('auth.recoverIntro')}
        </Text>
        <TextInput label={t('fields.username')} autoFocus autoComplete="username" {...form.getInputProps('username')} />
        <TextInput
          label={t('fields.recoveryCode')}
          description={t('auth.recoveryCodeHint')}
          autoComplete="off"
          styles={{ input: { fontFamily: 'monospace', textTransform: 'uppercase' } }}
          {...form.getInputProps('recoveryCode')}
        />
        <PasswordInput label={t('fields.newPassword')} description={t('fields.passwordHint')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordInput label={t('fields.newPasswordRepeat')} autoComplete="new-password" {...form.getInputProps('newPasswordRepeat')} />
        <ErrorNotice error={recover.error} fields={formFields} />
        <FormActions onCancel={onBack} cancelLabel={t('auth.backToLogin')} submitLabel={t('auth.recoverSubmit')} saving={recover.isPending} />
      </Stack>
    </form>
  );
}
