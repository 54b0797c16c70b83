import { defaultPermissionMatrix, permissions, roles } from '../../../shared/roles/permissions';
import { roleLabels } from '../../../shared/users/users';
import type { RoleMatrixView } from '../../../shared/roles/permissions';
import type Database from 'better-sqlite3';
import type { Handler } from '../rpc/handler';
import { acceptSignOff } from '../auth/signOff';
import { effectiveMatrix, setGrant as storeGrant } from './permissionMatrix';

function view(db: Database.Database): RoleMatrixView {
  return { roles, permissions, matrix: effectiveMatrix(db), defaults: defaultPermissionMatrix };
}

export const matrix: Handler<'roles.matrix'> = (ctx) => view(ctx.archive().db.sqlite);

/** A change to who may do what is countersigned by a second person (总经理 by default). */
export const setGrant: Handler<'roles.setGrant'> = async (ctx, input) => {
  const caller = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const what = `${input.granted ? '授予' : '收回'}${roleLabels[input.role].zh} ${input.permission} 权限`;
  const approver = await acceptSignOff(ctx, input.signOff, { requesterId: caller.id, permission: 'policy.approve', action: what, targetType: 'role', targetId: input.role });
  storeGrant(db, { role: input.role, permission: input.permission, granted: input.granted, changedBy: caller.id, approvedBy: approver.id }, ctx.clock.now());
  ctx.audit({ action: 'roles.setGrant', targetType: 'role', targetId: input.role, summary: `${what}；会签人 ${approver.displayName}` });
  return view(db);
};
