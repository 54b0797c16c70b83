import { useState } from 'react';
import { Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/users/users';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useRoleLabel } from '../../i18n/roleLabel';
import { CreateUserDialog } from './CreateUserDialog';
import { DeleteUserDialog } from './DeleteUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useUsers } from './usersQueries';

type Dialog = { kind: 'edit' | 'reset' | 'delete'; user: UserSummary } | { kind: 'create' } | null;

/** Every account of the store with what an administrator can do to it. */
export function UsersTable({ currentUserId }: { currentUserId: number }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('users.intro')}
        </Text>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.create')}</Button>
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
                    <Button size="compact-xs" variant="subtle" aria-label={t('users.editOf', { name: user.username })} onClick={() => setDialog({ kind: 'edit', user })}>
                      {t('common.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" aria-label={t('users.resetOf', { name: user.username })} onClick={() => setDialog({ kind: 'reset', user })}>
                      {t('users.resetPassword')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('users.deleteOf', { name: user.username })}
                      onClick={() => setDialog({ kind: 'delete', user })}
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
      <CreateUserDialog opened={dialog?.kind === 'create'} onClose={close} />
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteUserDialog user={dialog.user} onClose={close} />}
    </>
  );
}
