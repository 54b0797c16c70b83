import { Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { FormActions } from '../../forms/FormActions';

/** The fields core may name in a field-level error for this form. */
const formFields = ['currentPassword', 'newPassword'] as const;

const changeSchema = channels['auth.changePassword'].input.extend({ newPasswordRepeat: z.string() });
type ChangeValues = z.input<typeof changeSchema>;
const empty: ChangeValues = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };

/** The caller's own password; core rewrites only their key slot. */
export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ChangeValues>({
    initialValues: empty,
    validate: (values) => ({ ...schemaErrors(changeSchema, values), ...repeatErrors(values.newPassword, values.newPasswordRepeat, 'newPasswordRepeat') }),
  });
  const change = useMutation({
    mutationFn: ({ newPasswordRepeat: _repeat, ...input }: ChangeValues) => call('auth.changePassword', input),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('auth.passwordChanged') });
      close();
    },
    onError: (error) => {
      form.setValues(empty);
      form.setErrors(serverFieldErrors(error, formFields));
    },
  });
  function close() {
    form.reset();
    change.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={t('app.header.changePassword')}>
      <form onSubmit={form.onSubmit((values) => change.mutate(values))}>
        <Stack>
          <PasswordInput label={t('fields.currentPassword')} data-autofocus autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordInput label={t('fields.newPassword')} description={t('fields.passwordHint')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('fields.newPasswordRepeat')} autoComplete="new-password" {...form.getInputProps('newPasswordRepeat')} />
          <ErrorNotice error={change.error} fields={formFields} />
          <FormActions onCancel={close} saving={change.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
