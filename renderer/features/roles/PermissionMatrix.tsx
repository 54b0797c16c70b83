import { useState } from 'react';
import { Box, Checkbox, Group, Loader, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { lockedGrants, type Permission, type Role } from '../../../shared/roles/permissions';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useRoleLabel } from '../../i18n/roleLabel';
import { SignOffDialog } from '../signoff/SignOffDialog';
import { useRoleMatrix, useSetGrant } from './rolesQueries';

interface Change {
  role: Role;
  permission: Permission;
  granted: boolean;
}

const isLocked = (role: Role, permission: Permission) => lockedGrants.some(([r, p]) => r === role && p === permission);

/** Who may do what, editable cell by cell; each change is countersigned by a second person. */
export function PermissionMatrix() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const matrix = useRoleMatrix();
  const setGrant = useSetGrant();
  const [change, setChange] = useState<Change | null>(null);

  if (matrix.error) return <ErrorNotice error={matrix.error} />;
  if (!matrix.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const view = matrix.data;

  const describe = (c: Change) =>
    t(c.granted ? 'roles.requestGrant' : 'roles.requestWithdraw', { role: roleLabel(c.role), permission: t(`permissions.${c.permission}`) });

  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('roles.intro')}
      </Text>
      <Group gap="xs" mb="sm">
        <Box w={14} h={14} bg="yellow.1" style={{ border: '1px solid var(--mantine-color-yellow-5)' }} />
        <Text size="xs" c="dimmed">
          {t('roles.changedLegend')}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder withColumnBorders verticalSpacing={6} aria-label={t('users.tabRoles')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roles.permission')}</Table.Th>
              {view.roles.map((role) => (
                <Table.Th key={role} ta="center">
                  {roleLabel(role)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.permissions.map((permission) => (
              <Table.Tr key={permission}>
                <Table.Td>
                  <Text size="sm">{t(`permissions.${permission}`)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {permission}
                  </Text>
                </Table.Td>
                {view.roles.map((role) => {
                  const granted = view.matrix[role].includes(permission);
                  const differs = granted !== view.defaults[role].includes(permission);
                  const locked = isLocked(role, permission);
                  const box = (
                    <Checkbox
                      checked={granted}
                      disabled={locked}
                      aria-label={t('roles.cellLabel', { role: roleLabel(role), permission: t(`permissions.${permission}`) })}
                      onChange={(event) => setChange({ role, permission, granted: event.currentTarget.checked })}
                    />
                  );
                  return (
                    <Table.Td key={role} bg={differs ? 'yellow.1' : undefined} data-differs={differs || undefined}>
                      <Group justify="center">
                        {locked ? (
                          <Tooltip label={t('roles.locked')}>
                            <span>{box}</span>
                          </Tooltip>
                        ) : differs ? (
                          <Tooltip label={t('roles.changed')}>
                            <span>{box}</span>
                          </Tooltip>
                        ) : (
                          box
                        )}
                      </Group>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SignOffDialog
        opened={change !== null}
        onClose={() => setChange(null)}
        request={change ? describe(change) : null}
        onSign={async (signOff) => {
          if (!change) return;
          await setGrant.mutateAsync({ ...change, signOff });
          notifications.show({ color: 'green', message: t('roles.saved', { change: describe(change) }) });
        }}
      />
    </>
  );
}
