import { Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles/permissions';
import type { UserSummary } from '../../../shared/users/users';
import { channels } from '../../../shared/contract/channels';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { RoleSelect } from './RoleSelect';
import { useUpdateUser } from './usersQueries';

/** The fields core may name in a field-level error for this form. */
const formFields = ['displayName', 'role', 'active'] as const;

const updateSchema = channels['users.update'].input.omit({ id: true });

interface EditValues {
  displayName: string;
  role: Role;
  active: boolean;
}

/** Display name, role and active state; the username is the login and never changes. */
export function EditUserDialog({ opened, user, onClose }: { opened: boolean; user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={user ? t('users.editTitle', { name: user.displayName }) : ''}>
      {user && <EditUserForm user={user} onDone={onClose} />}
    </AppDialog>
  );
}

function EditUserForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<EditValues>({
    initialValues: { displayName: user.displayName, role: user.role, active: user.active },
    validate: (values) => schemaErrors(updateSchema, values),
  });
  const update = useUpdateUser();
  const submit = (values: EditValues) =>
    update.mutate(
      { id: user.id, ...values },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('users.updated', { name: values.displayName }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
      },
    );

  return (
    <DialogForm onSubmit={form.onSubmit(submit)} saving={update.isPending} error={update.error} fields={formFields}>
      <Text size="sm" c="dimmed">
        {t('fields.username')}: {user.username}
      </Text>
      <TextInput label={t('fields.displayName')} data-autofocus {...form.getInputProps('displayName')} />
      <RoleSelect label={t('fields.role')} {...form.getInputProps('role')} />
      <Switch label={t('users.activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </DialogForm>
  );
}
