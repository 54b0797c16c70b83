import type { Role } from '../../../shared/roles/permissions';

/**
 * There must always be one active system admin: a change that would take the last one away (a new
 * role, deactivation, deletion) is refused. Pure: the caller counts the other active admins.
 */
export function takesLastAdmin(before: { role: Role; active: boolean }, change: { role?: Role; active?: boolean; deleted?: boolean }, otherActiveAdmins: number): boolean {
  if (before.role !== 'systemAdmin' || !before.active) return false;
  const losesAdmin = change.deleted === true || (change.role !== undefined && change.role !== 'systemAdmin') || change.active === false;
  return losesAdmin && otherActiveAdmins === 0;
}

/** Who may own customer files (pickers and filters): active consultants and sales managers. */
export function ownsFiles(u: { role: Role; active: boolean; deletedAt: string | null }): boolean {
  return u.active && !u.deletedAt && (u.role === 'consultant' || u.role === 'salesManager');
}
