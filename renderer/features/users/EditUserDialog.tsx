import { Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles/permissions';
import type { UserSummary } from '../../../shared/users/users';
import { channels } from '../../../shared/contract/channels';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { RoleSelect } from './RoleSelect';
import { useUpdateUser } from './usersQueries';
import { FormActions } from '../../forms/FormActions';

/** The fields core may name in a field-level error for this form. */
const formFields = ['displayName', 'role', 'active'] as const;

const updateSchema = channels['users.update'].input.omit({ id: true });

interface EditValues {
  displayName: string;
  role: Role;
  active: boolean;
}

/** Display name, role and active state; the username is the login and never changes. */
export function EditUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
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
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.displayName })}>
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('fields.username')}: {user.username}
          </Text>
          <TextInput label={t('fields.displayName')} data-autofocus {...form.getInputProps('displayName')} />
          <RoleSelect label={t('fields.role')} {...form.getInputProps('role')} />
          <Switch label={t('users.activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <ErrorNotice error={update.error} fields={formFields} />
          <FormActions onCancel={onClose} saving={update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
