import { describe, expect, it } from 'vitest';
import { defaultPermissionMatrix, roles, type Role } from '../../../shared/roles/permissions';
import { secrecyLevels, type SecrecyLevel } from '../../../shared/customers/vocabularies';
import { canSee, scopeOf } from './customerScope';

const user = (role: Role, id = 10) => ({ id, username: role, displayName: role, role, permissions: [...defaultPermissionMatrix[role]] });

/** Written out by hand from the store's rules: which level each role sees at all. */
const clearance: Record<Role, SecrecyLevel[]> = {
  archiveAdmin: ['normal', 'secret', 'confidential', 'topSecret'],
  consultant: ['normal'],
  salesManager: ['normal', 'secret'],
  serviceManager: ['normal', 'secret', 'confidential'],
  generalManager: ['normal', 'secret', 'confidential'],
  systemAdmin: [],
};

describe('the one visibility rule: role × level × owner', () => {
  const cases = roles.flatMap((role) => secrecyLevels.flatMap((level) => [10, 11, null].map((ownerId) => ({ role, level, ownerId }))));
  it.each(cases)('$role, a $level file owned by $ownerId', ({ role, level, ownerId }) => {
    const scope = scopeOf(user(role));
    const ownOnly = !defaultPermissionMatrix[role].includes('customer.readAll');
    expect(canSee(scope, { secrecy: level, ownerId, status: 'active' })).toBe(clearance[role].includes(level) && (!ownOnly || ownerId === 10));
    // 封存: hidden from everyone but whoever manages the lifecycle (the archive admin by default).
    expect(canSee(scope, { secrecy: level, ownerId, status: 'restricted' })).toBe(role === 'archiveAdmin' && clearance[role].includes(level));
  });

  it('机密 files are opened in the archive room by everyone who sees them but the archive admin', () => {
    expect(scopeOf(user('serviceManager')).archiveRoomLevels).toEqual(['confidential']);
    expect(scopeOf(user('generalManager')).archiveRoomLevels).toEqual(['confidential']);
    expect(scopeOf(user('archiveAdmin')).archiveRoomLevels).toEqual([]);
    expect(scopeOf(user('salesManager')).archiveRoomLevels).toEqual([]);
  });
});
