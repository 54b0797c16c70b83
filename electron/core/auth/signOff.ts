import type { Permission } from '../../../shared/roles/permissions';
import type { SignOff } from '../../../shared/users/users';
import { KedangError } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import { effectiveMatrix } from '../roles/permissionMatrix';
import { findUserByUsername, type UserRecord } from '../users/userStore';
import { checkPassword } from './passwordCheck';

export interface SignOffRequest {
  /** Who asked for the thing being approved; they may never approve it themselves. */
  requesterId: number;
  /** What the approver's role must hold. */
  permission: Permission;
  /** Audit wording: what was approved, on what. */
  action: string;
  targetType: string;
  targetId: string | number | null;
}

/**
 * The second-person sign-off: the approver types their own username and password on this PC.
 * Accepted only for an active user other than the requester whose role holds the permission;
 * every refusal is audited, and wrong passwords count towards the approver's lockout.
 */
export async function acceptSignOff(ctx: CoreContext, signOff: SignOff, request: SignOffRequest): Promise<UserRecord> {
  const refuse = (code: 'SIGNOFF_INVALID' | 'SIGNOFF_SELF' | 'SIGNOFF_NOT_PERMITTED' | 'AUTH_LOCKED_OUT', why: string): never => {
    ctx.auditOnFailure({ action: 'signoff.refused', targetType: request.targetType, targetId: request.targetId, summary: `${request.action}：${why}（审批人 ${signOff.username}）` });
    throw new KedangError(code, why);
  };
  const db = ctx.archive().db.sqlite;
  const approver = findUserByUsername(db, signOff.username);
  if (approver && approver.id === request.requesterId) refuse('SIGNOFF_SELF', '申请人不能为自己签字');
  let proven: { userId: number };
  try {
    proven = await checkPassword(ctx, signOff.username, signOff.password, 'SIGNOFF_INVALID');
  } catch (err) {
    if (err instanceof KedangError && err.code === 'AUTH_LOCKED_OUT') refuse('AUTH_LOCKED_OUT', '审批人账号已锁定');
    if (err instanceof KedangError && err.code === 'SIGNOFF_INVALID') refuse('SIGNOFF_INVALID', '审批人密码错误');
    throw err;
  }
  if (!approver || proven.userId !== approver.id) refuse('SIGNOFF_INVALID', '审批人不存在');
  const user = approver as UserRecord;
  if (!user.active) refuse('SIGNOFF_NOT_PERMITTED', '审批人账号已停用');
  if (!effectiveMatrix(db)[user.role].includes(request.permission)) refuse('SIGNOFF_NOT_PERMITTED', `审批人没有 ${request.permission} 权限`);
  ctx.audit({ actor: { id: user.id, name: user.displayName }, action: 'signoff.accepted', targetType: request.targetType, targetId: request.targetId, summary: request.action });
  return user;
}
