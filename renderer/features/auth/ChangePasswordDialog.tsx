import { PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../shared/contract/channels';
import { useKedangMutation } from '../../api/useKedang';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';

/** The fields core may name in a field-level error for this form. */
const formFields = ['currentPassword', 'newPassword'] as const;

const changeSchema = channels['auth.changePassword'].input.extend({ newPasswordRepeat: z.string() });
type ChangeValues = z.input<typeof changeSchema>;
const empty: ChangeValues = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };

/** The caller's own password; core rewrites only their key slot. */
export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('app.header.changePassword')} size="md">
      <ChangePasswordForm onDone={onClose} />
    </AppDialog>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ChangeValues>({
    initialValues: empty,
    validate: (values) => ({ ...schemaErrors(changeSchema, values), ...repeatErrors(values.newPassword, values.newPasswordRepeat, 'newPasswordRepeat') }),
  });
  const change = useKedangMutation('auth.changePassword', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('auth.passwordChanged') });
      onDone();
    },
    onError: (error) => {
      form.setValues(empty);
      form.setErrors(serverFieldErrors(error, formFields));
    },
  });

  return (
    <DialogForm onSubmit={form.onSubmit(({ newPasswordRepeat: _repeat, ...input }) => change.mutate(input))} saving={change.isPending} error={change.error} fields={formFields}>
      <PasswordInput label={t('fields.currentPassword')} data-autofocus autoComplete="current-password" {...form.getInputProps('currentPassword')} />
      <PasswordInput label={t('fields.newPassword')} description={t('fields.passwordHint')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
      <PasswordInput label={t('fields.newPasswordRepeat')} autoComplete="new-password" {...form.getInputProps('newPasswordRepeat')} />
    </DialogForm>
  );
}
