import { describe, expect, it } from 'vitest';
import { ownsFiles, takesLastAdmin } from './adminRule';

const admin = { role: 'systemAdmin' as const, active: true };

describe('the last active system admin stays', () => {
  it.each([
    ['a new role', { role: 'consultant' as const }],
    ['deactivation', { active: false }],
    ['deletion', { deleted: true }],
  ])('%s of the last one is refused', (_what, change) => {
    expect(takesLastAdmin(admin, change, 0)).toBe(true);
    expect(takesLastAdmin(admin, change, 1)).toBe(false);
  });

  it('changes that keep the admin an active admin, or concern someone else, are fine', () => {
    expect(takesLastAdmin(admin, { role: 'systemAdmin' }, 0)).toBe(false);
    expect(takesLastAdmin(admin, { active: true }, 0)).toBe(false);
    expect(takesLastAdmin({ role: 'consultant', active: true }, { deleted: true }, 0)).toBe(false);
    expect(takesLastAdmin({ role: 'systemAdmin', active: false }, { deleted: true }, 0)).toBe(false);
  });
});

describe('who may own customer files', () => {
  it('active consultants and sales managers, nobody deleted', () => {
    expect(ownsFiles({ role: 'consultant', active: true, deletedAt: null })).toBe(true);
    expect(ownsFiles({ role: 'salesManager', active: true, deletedAt: null })).toBe(true);
    expect(ownsFiles({ role: 'archiveAdmin', active: true, deletedAt: null })).toBe(false);
    expect(ownsFiles({ role: 'consultant', active: false, deletedAt: null })).toBe(false);
    expect(ownsFiles({ role: 'consultant', active: true, deletedAt: '2026-01-01' })).toBe(false);
  });
});
