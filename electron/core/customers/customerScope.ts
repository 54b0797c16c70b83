import type { SessionUser } from '../../../shared/app/status';
import { defaultSecrecyClearance, levelsUpTo, readsInArchiveRoomOnly } from '../../../shared/customers/access';
import type { CustomerStatus, SecrecyLevel } from '../../../shared/customers/vocabularies';

/**
 * Which customer files a user may see at all: consultants only their own (unless their role holds
 * customer.readAll), and never a file above their role's secrecy clearance. Pure: the one rule every
 * channel that takes a file's id applies before doing anything.
 */
export interface CustomerScope {
  ownerOnly: number | null;
  levels: SecrecyLevel[];
  canReveal: boolean;
  /** Levels this user sees in lists but opens only in the archive room, with the archive admin's countersignature. */
  archiveRoomLevels: SecrecyLevel[];
  /** 封存 files: kept because the law or a dispute requires it, seen only by whoever manages the lifecycle (the archive admin). */
  restricted: boolean;
}

export function scopeOf(user: SessionUser): CustomerScope {
  const levels = levelsUpTo(defaultSecrecyClearance[user.role]);
  return {
    ownerOnly: user.permissions.includes('customer.readAll') ? null : user.id,
    levels,
    canReveal: user.permissions.includes('customer.reveal'),
    archiveRoomLevels: levels.filter((level) => readsInArchiveRoomOnly(level, user.role)),
    restricted: user.permissions.includes('lifecycle.manage'),
  };
}

export function canSee(scope: CustomerScope, file: { ownerId: number | null; secrecy: SecrecyLevel; status: CustomerStatus }): boolean {
  if (file.status === 'restricted' && !scope.restricted) return false;
  return scope.levels.includes(file.secrecy) && (scope.ownerOnly === null || file.ownerId === scope.ownerOnly);
}
