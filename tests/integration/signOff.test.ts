import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, makeCore, passwordOf, setUpStore, ADMIN, type TestCore } from './support/testCore';

let t: TestCore;
beforeAll(async () => {
  t = makeCore();
  await setUpStore(t);
  await addUser(t, 'gm', 'generalManager', '周总');
  await addUser(t, 'sm', 'salesManager', '吴经理');
});
afterAll(() => t.dispose());

const change = { role: 'consultant', permission: 'customer.reveal', granted: true } as const;

function lastActions(n: number): string[] {
  return (t.core.openArchive!.db.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT ?').all(n) as Array<{ action: string }>).map((r) => r.action).reverse();
}

describe('second-person sign-off on a permission change', () => {
  it('the requester cannot countersign their own change', async () => {
    expect((await t.fail('roles.setGrant', { ...change, signOff: { username: ADMIN.username, password: ADMIN.password } })).code).toBe('SIGNOFF_SELF');
    expect(lastActions(1)).toEqual(['signoff.refused']);
  });

  it('a wrong approver password is refused', async () => {
    expect((await t.fail('roles.setGrant', { ...change, signOff: { username: 'gm', password: 'Wrong1234' } })).code).toBe('SIGNOFF_INVALID');
  });

  it('an approver whose role may not approve is refused', async () => {
    expect((await t.fail('roles.setGrant', { ...change, signOff: { username: 'sm', password: passwordOf('sm') } })).code).toBe('SIGNOFF_NOT_PERMITTED');
    expect((await t.call('roles.matrix', {})).matrix.consultant).not.toContain('customer.reveal');
  });

  it('the general manager’s own password countersigns it, and both names are recorded', async () => {
    const view = await t.call('roles.setGrant', { ...change, signOff: { username: 'gm', password: passwordOf('gm') } });
    expect(view.matrix.consultant).toContain('customer.reveal');
    // One entry per transition: the change, naming who countersigned it.
    expect(lastActions(2)).toEqual(['signoff.refused', 'roles.setGrant']);
    const page = await t.call('audit.list', { action: 'roles.setGrant' });
    expect(page.entries[0]).toMatchObject({ actorName: ADMIN.displayName, targetId: 'consultant' });
    expect(page.entries[0]?.summary).toContain('周总');
  });

  it('the system admin can never lose user management', async () => {
    const error = await t.fail('roles.setGrant', { role: 'systemAdmin', permission: 'user.manage', granted: false, signOff: { username: 'gm', password: passwordOf('gm') } });
    expect(error.code).toBe('FORBIDDEN');
    expect((await t.call('roles.matrix', {})).matrix.systemAdmin).toContain('user.manage');
  });
});
