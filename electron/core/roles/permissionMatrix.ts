import type Database from 'better-sqlite3';
import {
  defaultPermissionMatrix,
  isPermission,
  isRole,
  lockedGrants,
  permissions,
  roles,
  type Permission,
  type PermissionMatrix,
  type Role,
} from '../../../shared/roles/permissions';
import { KedangError } from '../../../shared/contract/errors';

/** Defaults from shared/, overlaid with the edits stored in role_grants. */
export function effectiveMatrix(db: Database.Database): PermissionMatrix {
  const sets = {} as Record<Role, Set<Permission>>;
  for (const r of roles) sets[r] = new Set(defaultPermissionMatrix[r]);
  const rows = db.prepare('SELECT role, permission, granted FROM role_grants').all() as Array<{ role: string; permission: string; granted: number }>;
  for (const row of rows) {
    if (!isRole(row.role) || !isPermission(row.permission)) continue;
    if (row.granted) sets[row.role].add(row.permission);
    else sets[row.role].delete(row.permission);
  }
  const matrix = {} as Record<Role, Permission[]>;
  for (const r of roles) matrix[r] = permissions.filter((p) => sets[r].has(p));
  return matrix;
}

export function setGrant(
  db: Database.Database,
  change: { role: Role; permission: Permission; granted: boolean; changedBy: number; approvedBy: number },
  now: Date,
): void {
  if (!change.granted && lockedGrants.some(([r, p]) => r === change.role && p === change.permission)) {
    throw new KedangError('FORBIDDEN', `${change.role} must keep ${change.permission}`, { details: { role: change.role, permission: change.permission } });
  }
  db.prepare(
    `INSERT INTO role_grants (role, permission, granted, changed_at, changed_by, approved_by)
     VALUES (@role, @permission, @granted, @changedAt, @changedBy, @approvedBy)
     ON CONFLICT(role, permission) DO UPDATE SET granted = excluded.granted, changed_at = excluded.changed_at,
       changed_by = excluded.changed_by, approved_by = excluded.approved_by`,
  ).run({ ...change, granted: change.granted ? 1 : 0, changedAt: now.toISOString() });
}
