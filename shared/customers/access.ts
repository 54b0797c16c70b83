import type { Role } from '../roles/permissions';
import { secrecyLevels, type SecrecyLevel } from './vocabularies';

/**
 * The highest secrecy level each role may see at all in the app (data, editable later).
 * 绝密 files are kept by the archive room and never shown to others; 机密 files are read in the
 * archive room under a view approval (loans), so in-app they stay with the archive admin and the
 * managers who approve them.
 */
export const defaultSecrecyClearance: Record<Role, SecrecyLevel | null> = {
  archiveAdmin: 'topSecret',
  consultant: 'normal',
  salesManager: 'secret',
  serviceManager: 'confidential',
  generalManager: 'confidential',
  systemAdmin: null,
};

/** Levels a clearance covers, e.g. 'secret' → ['normal', 'secret']. */
export function levelsUpTo(clearance: SecrecyLevel | null): SecrecyLevel[] {
  if (clearance === null) return [];
  return secrecyLevels.slice(0, secrecyLevels.indexOf(clearance) + 1);
}

/**
 * 机密 files are read in the archive room only (销售客户档案管理制度 七.3): whoever may see one in the
 * lists opens its content only under an approved 查阅 and with the archive admin's countersignature
 * at that moment. The archive admin, who keeps the room, is the exception.
 */
export function readsInArchiveRoomOnly(level: SecrecyLevel, role: Role): boolean {
  return level === 'confidential' && defaultSecrecyClearance[role] !== 'topSecret';
}
