import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';

let t: TestCore | undefined;
afterEach(() => t?.dispose());

function auditActions(t: TestCore): string[] {
  return (t.core.openArchive!.db.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').all() as Array<{ action: string }>).map((r) => r.action);
}

describe('first-run setup', () => {
  it('creates the store and logs the admin in, but only once', async () => {
    t = makeCore();
    expect((await t.call('app.status', {})).phase).toBe('setup');
    const sheet = await t.call('setup.initialize', { store: { name: '朝阳4S店', address: '' }, admin: ADMIN });
    expect(sheet.recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(sheet.confirmGroups).toHaveLength(2);
    const status = await t.call('app.status', {});
    expect(status).toMatchObject({ phase: 'ready', storeName: '朝阳4S店', recoveryPending: true, user: { username: 'admin', role: 'systemAdmin' } });
    expect((await t.fail('setup.initialize', { store: { name: 'x', address: '' }, admin: ADMIN })).code).toBe('SETUP_ALREADY_DONE');
  });

  it('the recovery sheet counts as kept only when the asked groups are typed back right', async () => {
    t = makeCore();
    const sheet = await t.call('setup.initialize', { store: { name: '店', address: '' }, admin: ADMIN });
    const raw = sheet.recoveryCode.replace(/-/g, '');
    const wrong = await t.fail('setup.confirmRecovery', { groups: sheet.confirmGroups.map((index) => ({ index, value: 'ZZZZ' })) });
    expect(wrong.code).toBe('RECOVERY_CONFIRM_MISMATCH');
    expect((await t.call('app.status', {})).recoveryPending).toBe(true);
    await t.call('setup.confirmRecovery', { groups: sheet.confirmGroups.map((index) => ({ index, value: raw.slice(index * 4, index * 4 + 4).toLowerCase() })) });
    expect((await t.call('app.status', {})).recoveryPending).toBe(false);
    expect(auditActions(t)).toEqual(['setup.initialize', 'auth.login', 'recovery.confirmFailed', 'recovery.confirmed']);
  });
});

describe('login and lockout', () => {
  it('five wrong passwords lock the account for five minutes, across a restart, and the attempts reach the audit log', async () => {
    t = makeCore();
    await setUpStore(t);
    await t.call('auth.logout', {});
    for (let i = 0; i < 4; i += 1) expect((await t.fail('auth.login', { username: ADMIN.username, password: 'Wrong1234' })).code).toBe('AUTH_INVALID_CREDENTIALS');
    const fifth = await t.fail('auth.login', { username: ADMIN.username, password: 'Wrong1234' });
    expect(fifth.code).toBe('AUTH_LOCKED_OUT');
    expect(fifth.details?.lockedUntil).toBeTruthy();

    t = t.restart();
    expect((await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password })).code).toBe('AUTH_LOCKED_OUT');
    t.clock.advance(5 * 60_000 + 1_000);
    await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const actions = auditActions(t);
    expect(actions.filter((a) => a === 'auth.failure')).toHaveLength(5);
    expect(actions).toContain('auth.lockout');
    expect(actions).toContain('auth.lockedAttempt');
    expect(actions.at(-1)).toBe('auth.login');
  });

  it('a disabled account cannot log in', async () => {
    t = makeCore();
    await setUpStore(t);
    const user = await addUser(t, 'li', 'consultant', '李顾问');
    await t.call('users.update', { id: user.id, active: false });
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: 'li', password: passwordOf('li') })).code).toBe('AUTH_USER_INACTIVE');
    expect((await t.call('app.status', {})).phase).toBe('locked');
  });
});

describe('recovery code', () => {
  it('resets a forgotten password, logs the user in and rotates the code', async () => {
    t = makeCore();
    const first = await setUpStore(t);
    await t.call('auth.logout', {});
    expect((await t.fail('auth.recover', { username: ADMIN.username, recoveryCode: '0000-0000-0000-0000-0000-0000-0000-0000', newPassword: 'Fresh12345' })).code).toBe('AUTH_RECOVERY_INVALID');
    const result = await t.call('auth.recover', { username: ADMIN.username, recoveryCode: first.recoveryCode.toLowerCase(), newPassword: 'Fresh12345' });
    expect(result.user.username).toBe(ADMIN.username);
    expect(result.recoveryCode).not.toBe(first.recoveryCode);
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password })).code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.call('auth.login', { username: ADMIN.username, password: 'Fresh12345' });
    await t.call('auth.logout', {});
    expect((await t.fail('auth.recover', { username: ADMIN.username, recoveryCode: first.recoveryCode, newPassword: 'Other12345' })).code).toBe('AUTH_RECOVERY_INVALID');
  });
});

describe('passwords and accounts', () => {
  it('changing a password rewrites only that slot: the old password stops working, others keep theirs', async () => {
    t = makeCore();
    await setUpStore(t);
    await addUser(t, 'zhao', 'archiveAdmin', '赵档案');
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: 'zhao', password: passwordOf('zhao') });
    expect((await t.fail('auth.changePassword', { currentPassword: 'Wrong1234', newPassword: 'Zhao98765' })).code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.call('auth.changePassword', { currentPassword: passwordOf('zhao'), newPassword: 'Zhao98765' });
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: 'zhao', password: passwordOf('zhao') })).code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.call('auth.login', { username: 'zhao', password: 'Zhao98765' });
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
  });

  it('a deleted user loses their key slot but keeps their name in the audit log', async () => {
    t = makeCore();
    await setUpStore(t);
    const user = await addUser(t, 'qian', 'consultant', '钱顾问');
    await t.call('users.delete', { id: user.id });
    expect((await t.call('users.list', {})).map((u) => u.username)).toEqual(['admin']);
    expect((await t.fail('users.create', { username: 'QIAN', displayName: 'x', role: 'consultant', password: 'Qian12345' })).code).toBe('USER_EXISTS');
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: 'qian', password: passwordOf('qian') })).code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const page = await t.call('audit.list', { targetType: 'user', targetId: String(user.id) });
    expect(page.entries.map((e) => e.action)).toEqual(['users.delete', 'users.create']);
  });

  it('the last active system admin can be neither demoted, disabled nor deleted, and nobody deletes themselves', async () => {
    t = makeCore();
    await setUpStore(t);
    expect((await t.fail('users.update', { id: 1, role: 'consultant' })).code).toBe('USER_LAST_ADMIN');
    expect((await t.fail('users.update', { id: 1, active: false })).code).toBe('USER_LAST_ADMIN');
    expect((await t.fail('users.delete', { id: 1 })).code).toBe('USER_SELF_DELETE');
  });

  it('a weak password is refused field by field and nothing is written', async () => {
    t = makeCore();
    await setUpStore(t);
    const before = (await t.call('audit.list', {})).head;
    const error = await t.fail('users.create', { username: 'sun', displayName: '孙', role: 'consultant', password: 'short' });
    expect(error.code).toBe('INVALID_INPUT');
    expect([...new Set(error.fields?.map((f) => f.path))]).toEqual(['password']);
    expect(error.fields?.map((f) => f.code)).toContain('PASSWORD_WEAK');
    expect((await t.call('users.list', {})).map((u) => u.username)).toEqual(['admin']);
    expect((await t.call('audit.list', {})).head).toEqual(before);
  });
});

describe('idle auto-lock', () => {
  it('locks after the idle time, hides everything, and the same password unlocks', async () => {
    t = makeCore(undefined, undefined, { idleLockSeconds: 60 });
    await setUpStore(t);
    t.clock.advance(59_000);
    await t.call('users.list', {});
    t.clock.advance(61_000);
    expect((await t.fail('users.list', {})).code).toBe('SESSION_LOCKED');
    const status = await t.call('app.status', {});
    expect(status.phase).toBe('locked');
    expect(status.user?.username).toBe('admin');
    expect((await t.fail('auth.unlock', { password: 'Wrong1234' })).code).toBe('AUTH_INVALID_CREDENTIALS');
    await t.call('auth.unlock', { password: ADMIN.password });
    await t.call('users.list', {});
    const actions = auditActions(t);
    expect(actions.slice(-3)).toEqual(['auth.autoLock', 'auth.unlockFailed', 'auth.unlock']);
  });
});

describe('schema versions', () => {
  it('an archive written by a newer app refuses to open with a clear error', async () => {
    t = makeCore();
    await setUpStore(t);
    t.core.openArchive!.db.sqlite.pragma('user_version = 999');
    await t.call('auth.logout', {});
    t = t.restart();
    const error = await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(error.code).toBe('DB_SCHEMA_TOO_NEW');
    expect(error.details).toMatchObject({ schemaVersion: 999 });
  });
});
