import { PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../shared/contract/channels';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { errorCode, errorText } from '../../forms/ErrorNotice';
import { repeatErrors, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { RoleSelect } from './RoleSelect';
import { useCreateUser } from './usersQueries';

/** The fields core may name in a field-level error for this form. */
const formFields = ['username', 'displayName', 'role', 'password'] as const;

const createSchema = channels['users.create'].input.extend({ passwordRepeat: z.string() });
type CreateValues = z.input<typeof createSchema>;

export function CreateUserDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('users.createTitle')}>
      <CreateUserForm onDone={onClose} />
    </AppDialog>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<CreateValues>({
    initialValues: { username: '', displayName: '', role: 'consultant', password: '', passwordRepeat: '' },
    validate: (values) => ({ ...schemaErrors(createSchema, values), ...repeatErrors(values.password, values.passwordRepeat, 'passwordRepeat') }),
  });
  const create = useCreateUser();
  const submit = ({ passwordRepeat: _repeat, ...input }: CreateValues) =>
    create.mutate(input, {
      onSuccess: (user) => {
        notifications.show({ color: 'green', message: t('users.created', { name: user.displayName }) });
        onDone();
      },
      onError: (error) => {
        form.setErrors(serverFieldErrors(error, formFields));
        if (errorCode(error) === 'USER_EXISTS') form.setFieldError('username', errorText(t, error));
      },
    });

  return (
    <DialogForm
      onSubmit={form.onSubmit(submit)}
      saving={create.isPending}
      // A taken username is said under the field.
      error={errorCode(create.error) === 'USER_EXISTS' ? null : create.error}
      fields={formFields}
      submitLabel={t('users.create')}
    >
      <TextInput label={t('fields.username')} description={t('fields.usernameHint')} data-autofocus autoComplete="off" {...form.getInputProps('username')} />
      <TextInput label={t('fields.displayName')} {...form.getInputProps('displayName')} />
      <RoleSelect label={t('fields.role')} {...form.getInputProps('role')} />
      <PasswordInput label={t('fields.initialPassword')} description={t('fields.passwordHint')} autoComplete="new-password" {...form.getInputProps('password')} />
      <PasswordInput label={t('fields.passwordRepeat')} autoComplete="new-password" {...form.getInputProps('passwordRepeat')} />
    </DialogForm>
  );
}
