import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles/permissions';
import { roleLabels } from '../../shared/users/users';

/** Role names come from shared (core writes the same names into audit summaries). */
export function useRoleLabel(): (role: Role) => string {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (role) => (zh ? roleLabels[role].zh : roleLabels[role].en);
}
