import { Stack, Tabs, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { PermissionMatrix } from '../roles/PermissionMatrix';
import { UsersTable } from './UsersTable';

const usersRoute = getRouteApi('/users');

/** Accounts and, for those who may change it, the permission matrix (#/users?tab=roles). */
export function UsersPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = usersRoute.useNavigate();
  const canUsers = user.permissions.includes('user.manage');
  const canRoles = user.permissions.includes('role.manage');
  const asked = usersRoute.useSearch().tab;
  const tab = asked === 'roles' && canRoles ? 'roles' : canUsers ? 'users' : 'roles';
  return (
    <Stack>
      <Title order={2}>{t('nav.users')}</Title>
      <Tabs value={tab} onChange={(value) => void navigate({ to: '/users', search: value === 'roles' ? { tab: 'roles' } : {}, replace: true })} keepMounted={false}>
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
