import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, setUpStore, addUser, type TestCore } from './support/testCore';
import { rewriteFrom } from './support/auditTamper';

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
    expect((await t.call('audit.list', { actorName: '改名' })).entries).toEqual([]);
    expect((await t.call('audit.list', { actorName: '王管理' })).entries.map((e) => e.actorName)).toContain('王管理');
    expect(new Set((await t.call('audit.list', { actorName: '王管理' })).entries.map((e) => e.actorName))).toEqual(new Set(['王管理']));
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

describe('anchors kept outside the database', () => {
  it('a row edited and the chain recomputed passes verify, but not an anchor taken before; two anchors name the range', async () => {
    t = makeCore();
    await setUpStore(t);
    for (const name of ['e1', 'e2']) await addUser(t, name, 'consultant');
    const first = await t.call('audit.anchor', { purpose: 'print' });
    expect(first.text).toMatch(/^#\d+ · [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    const edited = first.seq + 2;
    for (const name of ['e3', 'e4']) await addUser(t, name, 'consultant');
    const second = await t.call('audit.anchor', {});
    for (const name of ['e5']) await addUser(t, name, 'consultant');
    // Untouched: every anchor still holds.
    const clean = await t.call('audit.verifyAnchor', { anchors: [first, second].map(({ seq, hash }) => ({ seq, hash })) });
    expect(clean).toMatchObject({ chainOk: true, changedRange: null });
    expect(clean.anchors.every((a) => a.matches)).toBe(true);

    await rewriteFrom(t, edited, '无事发生');
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
    const after = await t.call('audit.verifyAnchor', { anchors: [{ seq: second.seq, hash: second.hash }, { seq: first.seq, hash: first.hash }] });
    expect(after.chainOk).toBe(true);
    expect(after.anchors.map((a) => [a.seq, a.matches])).toEqual([
      [first.seq, true],
      [second.seq, false],
    ]);
    expect(after.changedRange).toEqual({ afterSeq: first.seq, upToSeq: second.seq });
    expect(edited).toBeGreaterThan(first.seq);
    expect(edited).toBeLessThanOrEqual(second.seq);
    // Issuing an anchor is itself recorded.
    expect((await t.call('audit.list', { action: 'audit.anchor' })).entries).toHaveLength(2);
  });

  it('an anchor typed back from paper reads in any spacing; a number past the end is missing', async () => {
    const { parseAnchor, formatAnchor } = await import('../../shared/audit/auditAnchor');
    expect(parseAnchor('#1234 · 3f9a 0c1d 77e2 b845')).toEqual({ seq: 1234, hash: '3f9a0c1d77e2b845' });
    expect(parseAnchor(' 1234 3F9A-0C1D-77E2-B845 ')).toEqual({ seq: 1234, hash: '3f9a0c1d77e2b845' });
    expect(parseAnchor('#１２３４ · 3f9a 0c1d 77e2 b845')).toEqual({ seq: 1234, hash: '3f9a0c1d77e2b845' });
    expect(parseAnchor('#12 · 3f9a')).toBeNull();
    expect(formatAnchor({ seq: 7, hash: 'ABCDEF0123456789ffff' })).toBe('#7 · abcd ef01 2345 6789');
    t = makeCore();
    await setUpStore(t);
    const result = await t.call('audit.verifyAnchor', { anchors: [{ seq: 9999, hash: '0123456789abcdef' }] });
    expect(result.anchors[0]).toMatchObject({ matches: false, problem: 'missing' });
  });
});

describe('what a reader sees', () => {
  it('a customer’s name only where the reader may see the file; the system admin sees archive numbers; the log itself never stores the name', async () => {
    t = makeCore(undefined, undefined, { idleLockSeconds: 7 * 86_400 });
    await setUpStore(t);
    await addUser(t, 'keeper', 'archiveAdmin');
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: 'keeper', password: 'keeperPass123' });
    const card = await t.call('customers.create', { customer: { kind: 'person', name: '欧阳明月', sourceChannel: 'showroom', category: 'potential' } });
    const archiveNo = card.customer.archiveNo;
    const asKeeper = await t.call('audit.list', { archiveNo });
    expect(asKeeper.entries[0]).toMatchObject({ action: 'customers.create', files: [{ id: card.customer.id, archiveNo, name: '欧阳明月' }] });
    expect(JSON.parse(asKeeper.entries[0]!.params!)).toEqual({ file: card.customer.id });
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: 'admin', password: 'Admin1234' });
    const asAdmin = await t.call('audit.list', { archiveNo: archiveNo.toLowerCase() });
    expect(asAdmin.entries[0]!.files).toEqual([{ id: card.customer.id, archiveNo, name: null }]);
    expect(JSON.stringify(asAdmin)).not.toContain('欧阳明月');
    const stored = JSON.stringify(t.core.openArchive!.db.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(stored).not.toContain('欧阳明月');
    expect((await t.call('audit.list', { archiveNo: 'KD0000000000' })).entries).toEqual([]);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('parameters are masked like summaries and covered by the hash', async () => {
    t = makeCore();
    await setUpStore(t);
    const card = await t.call('customers.create', { customer: { kind: 'person', name: '参数', sourceChannel: 'showroom', category: 'potential' } }).catch(() => null);
    expect(card).toBeNull(); // the system admin reads no files
    await t.call('settings.update', { storeName: '电话 137.1234.5678 店' });
    const row = t.core.openArchive!.db.sqlite.prepare(`SELECT params, summary FROM audit_log WHERE action = 'settings.update'`).get() as { params: string; summary: string };
    expect(row.summary).not.toMatch(/1234.?5678/);
    const db = t.core.openArchive!.db.sqlite;
    db.exec('DROP TRIGGER audit_log_no_update');
    const seq = db.prepare(`SELECT seq FROM audit_log WHERE action = 'settings.update'`).pluck().get() as number;
    db.prepare('UPDATE audit_log SET params = ? WHERE seq = ?').run('{"fields":["idleLockMinutes"]}', seq);
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: false, brokenSeq: seq });
  });

  it('a move, a settings change and a refused channel keep what a reader needs to say them in English', async () => {
    t = makeCore(undefined, undefined, { idleLockSeconds: 7 * 86_400 });
    await setUpStore(t);
    await t.call('settings.update', { staleDays: 45 });
    expect(JSON.parse((await t.call('audit.list', { action: 'settings.update', limit: 1 })).entries[0]!.params!)).toEqual({ fields: ['staleDays'], from: ['90'], to: ['45'] });
    await addUser(t, 'keeper', 'archiveAdmin');
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: 'keeper', password: 'keeperPass123' });
    const card = await t.call('customers.create', { customer: { kind: 'person', name: '移档', sourceChannel: 'showroom', category: 'potential', location: { room: '档案室', cabinet: 'C', shelf: '4', box: '13', folder: '85' } } });
    await t.call('customers.moveFile', { id: card.customer.id, location: { room: '档案室', cabinet: 'D', shelf: '1', box: '2', folder: '3' }, reason: '整理档案柜' });
    const move = (await t.call('customers.history', { id: card.customer.id }))[0]!;
    expect(move.action).toBe('customers.moveFile');
    expect(JSON.parse(move.params!)).toEqual({
      file: card.customer.id,
      from: '档案室 C柜 4架 13盒 85卷',
      to: '档案室 D柜 1架 2盒 3卷',
      fromParts: ['档案室', 'C', '4', '13', '85'],
      toParts: ['档案室', 'D', '1', '2', '3'],
      reason: '整理档案柜',
    });
    await t.fail('users.list', {});
    const denied = (await t.call('audit.list', { action: 'access.denied', limit: 1 })).entries[0]!;
    expect(JSON.parse(denied.params!)).toEqual({ channel: 'users.list', permission: 'user.manage', role: 'archiveAdmin' });
  });
});
