import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePair } from '../../shared/duplicates/duplicateTypes';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';

/** 每月查重: the check runs as a job over the files the caller may see, is recorded, and remembers dismissals. */
let t: TestCore;
const ids: Record<string, number> = {};

async function as(username: string) {
  await t.call('auth.logout', {});
  await t.call('auth.login', { username, password: username === ADMIN.username ? ADMIN.password : passwordOf(username) });
}

async function file(name: string, ownerId: number | null, extra: Record<string, unknown> = {}) {
  const card = await t.call('customers.create', { customer: { kind: 'person', name, sourceChannel: 'showroom', category: 'potential', ownerId, ...extra }, allowDuplicates: true });
  return card.customer.id;
}

async function runCheck(): Promise<DuplicatePair[]> {
  const { jobId } = await t.call('duplicates.run', {});
  const status = await t.core.jobs.settle(jobId);
  expect(status?.state).toBe('succeeded');
  return (await t.call('duplicates.pairs', { jobId })).pairs;
}

const pairOf = (pairs: DuplicatePair[], a: number, b: number) => pairs.find((p) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a));

beforeAll(async () => {
  t = makeCore(undefined, undefined, { idleLockSeconds: 400 * 86_400 });
  await setUpStore(t);
  for (const [u, role] of [['archivist', 'archiveAdmin'], ['sales_a', 'consultant'], ['sales_b', 'consultant']] as const) ids[u] = (await addUser(t, u, role)).id;
  await as('archivist');
  ids['a1'] = await file('李雷', ids['sales_a']!, { phones: [{ kind: 'mobile', number: '13800138000' }] });
  ids['a2'] = await file('李 雷', ids['sales_a']!, { phones: [{ kind: 'mobile', number: '+86 138-0013-8000' }] });
  ids['b1'] = await file('陳偉', ids['sales_b']!, { birthDate: '1985-03-02' });
  ids['b2'] = await file('陈伟', ids['sales_b']!, { birthDate: '1985-03-02' });
  ids['x1'] = await file('王芳', ids['sales_a']!, { birthDate: '1980-01-01' });
  ids['x2'] = await file('王芳', ids['sales_b']!, { birthDate: '1980-01-01' });
  ids['lonely'] = await file('王芳', null);
});
afterAll(() => t.dispose());

describe('the monthly duplicate check', () => {
  it('is due before it ever ran', async () => {
    expect((await t.call('duplicates.status', {})).due).toBe(true);
  });

  it('finds files of one customer across normalisations, with reasons, and records the run', async () => {
    const pairs = await runCheck();
    expect(pairOf(pairs, ids['a1']!, ids['a2']!)?.reasons).toEqual(['phone', 'sameName']);
    expect(pairOf(pairs, ids['b1']!, ids['b2']!)?.reasons).toEqual(['sameName', 'birthDate']);
    expect(pairOf(pairs, ids['x1']!, ids['x2']!)).toBeDefined();
    expect(pairOf(pairs, ids['x1']!, ids['lonely']!)).toBeUndefined();
    expect(pairs[0]!.a.phone).toBe('138****8000');
    const status = await t.call('duplicates.status', {});
    expect(status).toMatchObject({ due: false, last: { byName: 'archivist', scanned: 7, pairs: pairs.length } });
    const entry = t.core.openArchive!.db.sqlite.prepare(`SELECT summary FROM audit_log WHERE action = 'duplicates.checked'`).pluck().get() as string;
    expect(entry).toBe(`客户信息查重完成：检查 7 份档案，发现 ${pairs.length} 对疑似重复`);
  });

  it('a consultant sees only pairs of their own files, and their check is not the store’s monthly one', async () => {
    await as('sales_a');
    const pairs = await runCheck();
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([[ids['a1'], ids['a2']]]);
    await as('archivist');
    expect((await t.call('duplicates.status', {})).last?.byName).toBe('archivist');
  });

  it('a dismissed pair is not offered again, even by a check that ran before', async () => {
    const { jobId } = await t.call('duplicates.run', {});
    await t.core.jobs.settle(jobId);
    await t.call('duplicates.dismiss', { customerIds: [ids['x2']!, ids['x1']!], reason: '不同人，出生日期巧合' });
    expect(pairOf((await t.call('duplicates.pairs', { jobId })).pairs, ids['x1']!, ids['x2']!)).toBeUndefined();
    expect(pairOf(await runCheck(), ids['x1']!, ids['x2']!)).toBeUndefined();
  });

  it('a consultant cannot dismiss a pair with a file that is not theirs', async () => {
    await as('sales_a');
    expect((await t.fail('duplicates.dismiss', { customerIds: [ids['a1']!, ids['b1']!] })).code).toBe('NOT_FOUND');
  });

  it('runs on a thread of its own: cancelled, it records nothing; its phases reach the job', async () => {
    await as('archivist');
    const checks = () => t.core.openArchive!.db.sqlite.prepare('SELECT count(*) FROM duplicate_checks').pluck().get() as number;
    const before = checks();
    const cancelled = await t.call('duplicates.run', {});
    await t.call('jobs.cancel', { jobId: cancelled.jobId });
    expect((await t.core.jobs.settle(cancelled.jobId))?.state).toBe('cancelled');
    expect(checks()).toBe(before);

    const { jobId } = await t.call('duplicates.run', {});
    const done = await t.core.jobs.settle(jobId);
    expect(done).toMatchObject({ state: 'succeeded', progress: { phase: 'compare' } });
    expect(checks()).toBe(before + 1);
  });

  it('is due again a calendar month after the last full check', async () => {
    await as('archivist');
    t.clock.advance(32 * 86_400_000);
    expect((await t.call('duplicates.status', {})).due).toBe(true);
  });
});
