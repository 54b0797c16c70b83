import { PasswordInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { UserSummary } from '../../../shared/users/users';
import { channels } from '../../../shared/contract/channels';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useResetPassword } from './usersQueries';

/** The fields core may name in a field-level error for this form. */
const formFields = ['newPassword'] as const;

const resetSchema = channels['users.resetPassword'].input.omit({ id: true }).extend({ newPasswordRepeat: z.string() });
type ResetValues = z.input<typeof resetSchema>;

/** An administrator sets a new password for someone who forgot theirs; core rewrites that person's key slot. */
export function ResetPasswordDialog({ opened, user, onClose }: { opened: boolean; user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={user ? t('users.resetTitle', { name: user.displayName }) : ''}>
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </AppDialog>
  );
}

function ResetPasswordForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ResetValues>({
    initialValues: { newPassword: '', newPasswordRepeat: '' },
    validate: (values) => ({ ...schemaErrors(resetSchema, values), ...repeatErrors(values.newPassword, values.newPasswordRepeat, 'newPasswordRepeat') }),
  });
  const reset = useResetPassword();
  const submit = (values: ResetValues) =>
    reset.mutate(
      { id: user.id, newPassword: values.newPassword },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('users.passwordReset', { name: user.displayName }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
      },
    );

  return (
    <DialogForm onSubmit={form.onSubmit(submit)} saving={reset.isPending} error={reset.error} fields={formFields} submitLabel={t('users.resetPassword')}>
      <Text size="sm" c="dimmed">
        {t('users.resetIntro')}
      </Text>
      <PasswordInput label={t('fields.newPassword')} description={t('fields.passwordHint')} data-autofocus autoComplete="new-password" {...form.getInputProps('newPassword')} />
      <PasswordInput label={t('fields.newPasswordRepeat')} autoComplete="new-password" {...form.getInputProps('newPasswordRepeat')} />
    </DialogForm>
  );
}
