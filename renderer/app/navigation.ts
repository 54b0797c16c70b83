import type { Permission } from '../../shared/roles/permissions';

export interface NavItem {
  /** The screen's path, the first segment of the address (#/customers). */
  to: '/home' | '/customers' | '/loans' | '/lifecycle' | '/reports' | '/backup' | '/audit' | '/users' | '/settings';
  labelKey: `nav.${string}`;
  /** Shown only to roles holding this permission; the route refuses others, and main checks every call again. */
  permission?: Permission;
}

export const navItems: NavItem[] = [
  { to: '/home', labelKey: 'nav.home' },
  { to: '/customers', labelKey: 'nav.customers', permission: 'customer.read' },
  { to: '/loans', labelKey: 'nav.loans', permission: 'loan.request' },
  // customer.read, not write: the general manager comes here to approve destruction; each tab checks its own channels.
  { to: '/lifecycle', labelKey: 'nav.lifecycle', permission: 'customer.read' },
  // The document register and 验证打印件 (documents.list, documents.verify) are for readers of the audit log.
  { to: '/reports', labelKey: 'nav.reports', permission: 'audit.read' },
  { to: '/backup', labelKey: 'nav.backup', permission: 'backup.run' },
  { to: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { to: '/users', labelKey: 'nav.users', permission: 'user.manage' },
  { to: '/settings', labelKey: 'nav.settings', permission: 'settings.manage' },
];

export function navItem(to: NavItem['to']): NavItem {
  return navItems.find((item) => item.to === to)!;
}
