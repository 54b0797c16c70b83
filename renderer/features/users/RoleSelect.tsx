import { Select, type SelectProps } from '@mantine/core';
import { roles } from '../../../shared/roles/permissions';
import { useRoleLabel } from '../../i18n/roleLabel';

export function RoleSelect(props: Omit<SelectProps, 'data'>) {
  const roleLabel = useRoleLabel();
  return <Select allowDeselect={false} data={roles.map((role) => ({ value: role, label: roleLabel(role) }))} {...props} />;
}
