import type { Permission } from '../../shared/roles/permissions';

export interface NavItem {
  route: string;
  labelKey: `nav.${string}`;
  /** Shown only to roles holding this permission; main checks it again on every call. */
  permission?: Permission;
}

export const navItems: NavItem[] = [
  { route: 'home', labelKey: 'nav.home' },
  { route: 'customers', labelKey: 'nav.customers', permission: 'customer.read' },
  { route: 'loans', labelKey: 'nav.loans', permission: 'loan.request' },
  { route: 'lifecycle', labelKey: 'nav.lifecycle', permission: 'customer.write' },
  { route: 'reports', labelKey: 'nav.reports' },
  { route: 'backup', labelKey: 'nav.backup', permission: 'backup.run' },
  { route: 'audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { route: 'users', labelKey: 'nav.users', permission: 'user.manage' },
  { route: 'settings', labelKey: 'nav.settings', permission: 'settings.manage' },
];
