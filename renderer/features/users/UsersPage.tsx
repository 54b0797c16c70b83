import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { PermissionMatrix } from '../roles/PermissionMatrix';
import { UsersTable } from './UsersTable';

/** Accounts and, for those who may change it, the permission matrix. */
export function UsersPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const canUsers = user.permissions.includes('user.manage');
  const canRoles = user.permissions.includes('role.manage');
  return (
    <Stack>
      <Title order={2}>{t('nav.users')}</Title>
      <Tabs defaultValue={canUsers ? 'users' : 'roles'} keepMounted={false}>
        <Tabs.List>
          {canUsers && <Tabs.Tab value="users">{t('users.tabUsers')}</Tabs.Tab>}
          {canRoles && <Tabs.Tab value="roles">{t('users.tabRoles')}</Tabs.Tab>}
        </Tabs.List>
        {canUsers && (
          <Tabs.Panel value="users" pt="md">
            <UsersTable currentUserId={user.id} />
          </Tabs.Panel>
        )}
        {canRoles && (
          <Tabs.Panel value="roles" pt="md">
            <PermissionMatrix />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
