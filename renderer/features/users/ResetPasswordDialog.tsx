import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { UserSummary } from '../../../shared/users/users';
import { channels } from '../../../shared/contract/channels';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useResetPassword } from './usersQueries';
import { FormActions } from '../../forms/FormActions';

/** The fields core may name in a field-level error for this form. */
const formFields = ['newPassword'] as const;

const resetSchema = channels['users.resetPassword'].input.omit({ id: true }).extend({ newPasswordRepeat: z.string() });
type ResetValues = z.input<typeof resetSchema>;

/** An administrator sets a new password for someone who forgot theirs; core rewrites that person's key slot. */
export function ResetPasswordDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
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
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.displayName })}>
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('users.resetIntro')}
          </Text>
          <PasswordInput label={t('fields.newPassword')} description={t('fields.passwordHint')} data-autofocus autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('fields.newPasswordRepeat')} autoComplete="new-password" {...form.getInputProps('newPasswordRepeat')} />
          <ErrorNotice error={reset.error} fields={formFields} />
          <FormActions onCancel={onClose} saving={reset.isPending} submitLabel={t('users.resetPassword')} />
        </Stack>
      </form>
    </Modal>
  );
}
