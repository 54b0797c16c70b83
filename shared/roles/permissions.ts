/**
 * Roles and permissions are data: the defaults below come from the store's rules (../shared/seeds)
 * and the system admin may change the matrix at run time (stored as overrides in the database).
 */
export const roles = ['archiveAdmin', 'consultant', 'salesManager', 'serviceManager', 'generalManager', 'systemAdmin'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'customer.read',
  'customer.readAll',
  'customer.write',
  'customer.reveal',
  'loan.request',
  'loan.approve',
  'loan.handle',
  'audit.read',
  'user.manage',
  'role.manage',
  'settings.manage',
  /** Countersigns changes to the permission matrix (second-person sign-off). */
  'policy.approve',
  /** Makes and checks encrypted backups (to a USB stick or a folder). */
  'backup.run',
  /** Restores the archive from a backup, replacing the live one (with a system admin's sign-off). */
  'backup.restore',
  /** Asks for cleanup (清理) and destruction (销毁), carries them out once approved, and restricts files (封存). */
  'lifecycle.manage',
] as const;
export type Permission = (typeof permissions)[number];

export type PermissionMatrix = Record<Role, readonly Permission[]>;

export const defaultPermissionMatrix: PermissionMatrix = {
  archiveAdmin: ['customer.read', 'customer.readAll', 'customer.write', 'customer.reveal', 'loan.request', 'loan.handle', 'audit.read', 'backup.run', 'lifecycle.manage'],
  consultant: ['customer.read', 'customer.write', 'loan.request'],
  salesManager: ['customer.read', 'customer.readAll', 'customer.write', 'customer.reveal', 'loan.request', 'loan.approve'],
  serviceManager: ['customer.read', 'customer.readAll', 'customer.write', 'customer.reveal', 'loan.request', 'loan.approve'],
  generalManager: ['customer.read', 'customer.readAll', 'customer.reveal', 'loan.request', 'loan.approve', 'audit.read', 'policy.approve'],
  systemAdmin: ['audit.read', 'user.manage', 'role.manage', 'settings.manage', 'backup.run', 'backup.restore'],
};

/**
 * Permissions the system admin role can never lose, so an edit of the matrix cannot lock
 * everybody out of user and role management.
 */
export const lockedGrants: ReadonlyArray<readonly [Role, Permission]> = [
  ['systemAdmin', 'user.manage'],
  ['systemAdmin', 'role.manage'],
];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}

/** The permission matrix in force, with the built-in defaults beside it. */
export interface RoleMatrixView {
  roles: readonly Role[];
  permissions: readonly Permission[];
  matrix: PermissionMatrix;
  defaults: PermissionMatrix;
}
