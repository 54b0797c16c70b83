import type { SignOff } from '../../../shared/signOff/signOff';
import { KedangError, type ErrorCode } from '../../../shared/contract/errors';
import type { HandlerContext } from '../rpc/handler';
import { findUserByUsername, type UserRecord } from '../users/userStore';

export interface SignOffRequest {
  /** What the signature is for, in the audit's words (an entry is written only when it is refused). */
  action: string;
  targetType: string;
  targetId: string | number | null;
  /** Someone who may never sign this (the requester of an approval). */
  notBy?: number;
  /** The one person who must sign (the receiver of a paper file signs for it). */
  onlyBy?: number;
}

type Refusal = Extract<ErrorCode, 'SIGNOFF_INVALID' | 'SIGNOFF_SELF' | 'SIGNOFF_NOT_PERMITTED' | 'SIGNOFF_WRONG_PERSON' | 'AUTH_LOCKED_OUT'>;

/**
 * A second person proves who they are on this PC by typing their own username and password. Only an
 * active account passes; every refusal is audited, and wrong passwords count towards that person's
 * lockout. What the person may sign (roles, delegations) is the caller's rule, not this one's.
 */
export async function proveSignOff(ctx: HandlerContext, signOff: SignOff, request: SignOffRequest): Promise<UserRecord> {
  const refuse = (code: Refusal, why: string): never => {
    ctx.auditOnFailure({ action: 'signoff.refused', targetType: request.targetType, targetId: request.targetId, summary: `${request.action}：${why}（签字人 ${signOff.username}）`, params: { code, signer: signOff.username } });
    throw new KedangError(code, why);
  };
  const signer = findUserByUsername(ctx.db, signOff.username);
  if (signer && request.notBy !== undefined && signer.id === request.notBy) refuse('SIGNOFF_SELF', '申请人不能为自己签字');
  if (signer && request.onlyBy !== undefined && signer.id !== request.onlyBy) refuse('SIGNOFF_WRONG_PERSON', '须由本人签字');
  let proven: { userId: number };
  try {
    proven = await ctx.keys.checkPassword(signOff.username, signOff.password, 'SIGNOFF_INVALID');
  } catch (err) {
    if (err instanceof KedangError && err.code === 'AUTH_LOCKED_OUT') refuse('AUTH_LOCKED_OUT', '签字人账号已锁定');
    if (err instanceof KedangError && err.code === 'SIGNOFF_INVALID') refuse('SIGNOFF_INVALID', '签字人密码错误');
    throw err;
  }
  if (!signer || proven.userId !== signer.id) return refuse('SIGNOFF_INVALID', '签字人不存在');
  if (!signer.active) refuse('SIGNOFF_NOT_PERMITTED', '签字人账号已停用');
  return signer;
}
