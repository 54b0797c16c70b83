import type Database from 'better-sqlite3';
import { defaultPermissionMatrix, permissions, roles, type RoleMatrixView } from '../../../shared/roles/permissions';
import { roleLabels } from '../../../shared/users/users';
import type { HandlersOf } from '../rpc/handler';
import { countersign } from '../approvals/approvalWorkflow';
import { effectiveMatrix, setGrant } from './permissionMatrix';

function view(db: Database.Database): RoleMatrixView {
  return { roles, permissions, matrix: effectiveMatrix(db), defaults: defaultPermissionMatrix };
}

export const rolesHandlers: HandlersOf<'roles'> = {
  'roles.matrix': (ctx) => view(ctx.db),

  /** A change to who may do what is countersigned by a second person (总经理 by default). */
  'roles.setGrant': async (ctx, input) => {
    const caller = ctx.requireUser();
    const what = `${input.granted ? '授予' : '收回'}${roleLabels[input.role].zh} ${input.permission} 权限`;
    const approver = await countersign(ctx, { type: 'role', id: input.role, label: what }, { kind: 'countersign', roles: [], permission: 'policy.approve' }, input.signOff);
    setGrant(ctx.db, { role: input.role, permission: input.permission, granted: input.granted, changedBy: caller.id, approvedBy: approver.id }, ctx.clock.now());
    ctx.audit({ action: 'roles.setGrant', targetType: 'role', targetId: input.role, summary: `${what}；会签人 ${approver.displayName}`, params: { role: input.role, permission: input.permission, granted: input.granted, countersigner: approver.id } });
    return view(ctx.db);
  },
};
