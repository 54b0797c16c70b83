import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setUpStore, addUser, type TestCore } from './support/testCore';

let t: TestCore | undefined;
afterEach(() => t?.dispose());

describe('audit log', () => {
  it('refuses UPDATE and DELETE even from inside the app', async () => {
    t = makeCore();
    await setUpStore(t);
    const db = t.core.openArchive!.db.sqlite;
    expect(() => db.prepare(`UPDATE audit_log SET summary = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
  });

  it('verify names the sequence number of a row changed behind the app’s back', async () => {
    t = makeCore();
    await setUpStore(t);
    for (const name of ['a1', 'a2', 'a3', 'a4']) await addUser(t, name, 'consultant');
    const good = await t.call('audit.verify', {});
    expect(good).toMatchObject({ ok: true });
    const checked = good.ok ? good.checked : 0;
    expect(checked).toBeGreaterThanOrEqual(6);

    // An attacker with the master key, raw SQL and the triggers dropped.
    const db = t.core.openArchive!.db.sqlite;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 4`).run();
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: false, brokenSeq: 4 });
  });

  it('verify also catches a deleted row and a re-hashed row whose successor no longer links', async () => {
    t = makeCore();
    await setUpStore(t);
    for (const name of ['b1', 'b2', 'b3']) await addUser(t, name, 'consultant');
    const db = t.core.openArchive!.db.sqlite;
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: false, brokenSeq: 3 });
  });

  it('entries never hold a plaintext phone or ID number, whatever the summary says', async () => {
    t = makeCore();
    await setUpStore(t);
    await t.call('settings.update', { storeAddress: '电话 13900174321 身份证 110105199003072345' });
    const rows = t.core.openArchive!.db.sqlite.prepare('SELECT * FROM audit_log').all();
    const text = JSON.stringify(rows);
    expect(text).not.toContain('13900174321');
    expect(text).not.toContain('110105199003072345');
  });

  it('filters by actor, action, target and period, newest first, with paging and the chain head', async () => {
    // A day passes between the two batches; the idle lock is set long enough not to interfere.
    t = makeCore(undefined, undefined, { idleLockSeconds: 7 * 86_400 });
    await setUpStore(t);
    const c1 = await addUser(t, 'c1', 'consultant');
    t.clock.advance(86_400_000);
    const from = t.clock.now().toISOString();
    await addUser(t, 'c2', 'consultant');
    await t.call('users.update', { id: c1.id, displayName: '改名' });
    const byAction = await t.call('audit.list', { action: 'users.create' });
    expect(byAction.entries.map((e) => e.summary.split(' ')[0])).toEqual(['c2', 'c1']);
    const byPeriod = await t.call('audit.list', { from });
    expect(byPeriod.entries.map((e) => e.action)).toEqual(['users.update', 'users.create']);
    const byTarget = await t.call('audit.list', { targetType: 'user', targetId: String(c1.id) });
    expect(byTarget.entries.map((e) => e.action)).toEqual(['users.update', 'users.create']);
    const byActor = await t.call('audit.list', { actorId: 1, limit: 2 });
    expect(byActor.entries).toHaveLength(2);
    expect(byActor.hasMore).toBe(true);
    const next = await t.call('audit.list', { actorId: 1, limit: 2, beforeSeq: byActor.entries[1]!.seq });
    expect(next.entries[0]!.seq).toBeLessThan(byActor.entries[1]!.seq);
    expect(byActor.head?.seq).toBe(byActor.entries[0]!.seq);
  });

  it('every successful command leaves exactly its entry', async () => {
    t = makeCore();
    await setUpStore(t);
    const count = () => (t!.core.openArchive!.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    let n = count();
    await addUser(t, 'd1', 'consultant');
    expect(count()).toBe(++n);
    await t.call('settings.update', { idleLockMinutes: 15 });
    expect(count()).toBe(++n);
    await t.call('users.list', {});
    expect(count()).toBe(n);
  });
});
