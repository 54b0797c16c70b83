import { useState } from 'react';
import { Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/users/users';
import { openConfirm } from '../../dialogs/confirm';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useRoleLabel } from '../../i18n/roleLabel';
import { CreateUserDialog } from './CreateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useDeleteUser, useUsers } from './usersQueries';

/** Every account of the store with what an administrator can do to it. */
export function UsersTable({ currentUserId }: { currentUserId: number }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const editing = useDialogState<UserSummary>();
  const resetting = useDialogState<UserSummary>();
  const remove = useDeleteUser();
  // Names the account being deleted, so the wrong row is not removed by a slip.
  const confirmDelete = (user: UserSummary) =>
    openConfirm({
      title: t('users.deleteTitle'),
      message: t('users.deleteConfirm', { name: user.displayName, username: user.username }),
      confirmLabel: t('users.deleteButton'),
      color: 'red',
      onConfirm: async () => {
        await remove.mutateAsync({ id: user.id });
        notifications.show({ color: 'green', message: t('users.deleted', { name: user.displayName }) });
      },
    });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('users.intro')}
        </Text>
        <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
      </Group>
      <ErrorNotice error={users.error} />
      {users.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {users.data && (
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('users.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.username')}</Table.Th>
              <Table.Th>{t('fields.displayName')}</Table.Th>
              <Table.Th>{t('fields.role')}</Table.Th>
              <Table.Th>{t('users.state')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
              <Table.Th>{t('users.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td ff="monospace">{user.username}</Table.Td>
                <Table.Td>
                  {user.displayName}
                  {user.id === currentUserId && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('users.you')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{roleLabel(user.role)}</Table.Td>
                <Table.Td>
                  <Badge color={user.active ? 'green' : 'gray'} variant="light">
                    {user.active ? t('users.active') : t('users.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>{user.lastLoginAt ? dayjs(user.lastLoginAt).format('YYYY-MM-DD HH:mm') : <Text span c="dimmed" size="sm">{t('users.never')}</Text>}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" aria-label={t('users.editOf', { name: user.username })} onClick={() => editing.open(user)}>
                      {t('common.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" aria-label={t('users.resetOf', { name: user.username })} onClick={() => resetting.open(user)}>
                      {t('users.resetPassword')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('users.deleteOf', { name: user.username })}
                      onClick={() => confirmDelete(user)}
                    >
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateUserDialog opened={creating} onClose={() => setCreating(false)} />
      <EditUserDialog opened={editing.opened} user={editing.value} onClose={editing.close} />
      <ResetPasswordDialog opened={resetting.opened} user={resetting.value} onClose={resetting.close} />
    </>
  );
}
