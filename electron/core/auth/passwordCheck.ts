import { KedangError } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import { Vault } from '../vault/vault';

/**
 * Proves a password through the vault (the KDF unwraps the master key), with the lockout rule:
 * 5 failures lock the name for 5 minutes, across restarts. Used by login, unlock and sign-off.
 */
export async function checkPassword(ctx: CoreContext, username: string, password: string, failure: 'AUTH_INVALID_CREDENTIALS' | 'SIGNOFF_INVALID') {
  const lockout = ctx.core.lockout;
  const status = lockout.status(username);
  if (status.locked) {
    throw new KedangError('AUTH_LOCKED_OUT', 'Too many failed attempts', { details: { lockedUntil: status.until?.toISOString() ?? null } });
  }
  const vault = ctx.core.openArchive?.vault ?? Vault.load(ctx.core.dataDir, { cost: ctx.core.kdfCost, clock: ctx.clock });
  const unlocked = await vault.unlockWithPassword(username, password);
  if (!unlocked) {
    const after = lockout.recordFailure(username);
    if (after.locked) {
      throw new KedangError('AUTH_LOCKED_OUT', 'Too many failed attempts', { details: { lockedUntil: after.until?.toISOString() ?? null } });
    }
    throw new KedangError(failure, 'Wrong username or password');
  }
  lockout.recordSuccess(username);
  return { ...unlocked, vault };
}
