import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobContext } from '../../electron/core/jobs/jobRunner';
import type { JobEvent } from '../../shared/jobs/jobTypes';
import { ADMIN, addUser, makeCore, passwordOf, setUpStore, type TestCore } from './support/testCore';

let t: TestCore;
let adminId: number;

beforeAll(async () => {
  t = makeCore();
  await setUpStore(t);
  await addUser(t, 'keeper', 'archiveAdmin');
  adminId = t.core.session.sessionUser()!.id;
  await t.call('customers.create', { customer: { kind: 'person', name: '搜索对照', sourceChannel: 'phone', category: 'potential' } }).catch(() => undefined);
});
afterAll(() => t.dispose());

const settingsRows = () => t.core.openArchive!.db.sqlite.prepare(`SELECT count(*) FROM settings WHERE key LIKE 'jobtest.%'`).pluck().get() as number;

/**
 * A job shaped like the real ones: it works a step at a time on its own connection (reading, here),
 * reporting each step, and writes what it made in one short transaction at the end, so ordinary calls
 * (commands included) never wait long on it, and a cancel before the end leaves nothing behind.
 */
let runs = 0;
function writingJob(steps: number, gate?: Promise<void>) {
  const run = (runs += 1);
  return async (job: JobContext) => {
    const db = job.connect();
    const made: string[] = [];
    for (let i = 0; i < steps; i += 1) {
      if (i === 3 && gate) await gate;
      job.throwIfCancelled();
      made.push(String(db.prepare('SELECT count(*) FROM customers').pluck().get()));
      job.progress({ done: i + 1, total: steps, unit: 'steps' });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    job.throwIfCancelled();
    db.transaction(() => made.forEach((value, i) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`jobtest.${run}.${i}`, value))).immediate();
    return { written: steps };
  };
}

function jobEvents(jobId: string): JobEvent[] {
  return t.events.filter((e) => e.name === 'jobs.event').map((e) => e.payload as JobEvent).filter((e) => e.jobId === jobId);
}

describe('long jobs beside the call queue', () => {
  it('report progress in order, end with their result, and leave the queue free meanwhile', async () => {
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: 'keeper', password: passwordOf('keeper') });
    const keeperId = t.core.session.sessionUser()!.id;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { jobId } = t.core.jobs.start({ kind: 'test.write', ownerId: keeperId, exclusive: 'archive', run: writingJob(8, gate) });
    // While the job waits mid-way, ordinary calls answer.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await t.call('jobs.status', { jobId })).state).toBe('running');
    const found = await t.call('customers.search', { query: '搜索对照' });
    expect(found.total).toBeGreaterThanOrEqual(0);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    // A second job of the same group is refused while the first runs.
    expect(() => t.core.jobs.start({ kind: 'test.write', ownerId: keeperId, exclusive: 'archive', run: writingJob(1) })).toThrow(expect.objectContaining({ code: 'JOB_CONFLICT' }));
    release();
    const status = await t.core.jobs.settle(jobId);
    expect(status?.state).toBe('succeeded');
    expect(t.core.jobs.result(jobId, keeperId)).toEqual({ written: 8 });
    const events = jobEvents(jobId);
    expect(events.at(-1)).toEqual({ type: 'succeeded', jobId, kind: 'test.write' });
    const done = events.flatMap((e) => (e.type === 'progress' ? [e.progress.done] : []));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(8);
    expect(settingsRows()).toBe(8);
  });

  it('cancelled mid-way, a job leaves the database exactly as it was', async () => {
    const keeperId = t.core.session.sessionUser()!.id;
    const before = settingsRows();
    const auditBefore = (await t.call('audit.verify', {})).checked;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { jobId } = t.core.jobs.start({ kind: 'test.write', ownerId: keeperId, ownerName: 'keeper', exclusive: 'archive', run: writingJob(20, gate) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(jobEvents(jobId).some((e) => e.type === 'progress')).toBe(true);
    expect((await t.call('jobs.cancel', { jobId })).kind).toBe('test.write');
    release();
    expect((await t.core.jobs.settle(jobId))?.state).toBe('cancelled');
    expect(jobEvents(jobId).at(-1)).toEqual({ type: 'cancelled', jobId, kind: 'test.write' });
    expect(settingsRows()).toBe(before);
    // Only the cancellation itself was written, after the job had undone its work.
    expect((await t.call('audit.verify', {})).checked).toBe(auditBefore + 1);
    expect((await t.call('audit.list', { action: 'jobs.cancelled', limit: 1 })).entries[0]).toMatchObject({ targetId: jobId });
  });

  it('someone else’s job answers like a job that does not exist', async () => {
    const { jobId } = t.core.jobs.start({ kind: 'test.write', ownerId: adminId, run: writingJob(1) });
    await t.core.jobs.settle(jobId);
    const theirs = await t.fail('jobs.status', { jobId });
    const none = await t.fail('jobs.status', { jobId: '00000000-0000-4000-8000-000000000000' });
    expect(theirs).toEqual(none);
    expect((await t.fail('jobs.cancel', { jobId })).code).toBe('NOT_FOUND');
    await t.call('auth.logout', {});
    await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.call('jobs.status', { jobId })).state).toBe('succeeded');
  });

  it('logging out stops a running job, which undoes its work', async () => {
    const before = settingsRows();
    const { jobId } = t.core.jobs.start({ kind: 'test.write', ownerId: adminId, run: writingJob(40) });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await t.call('auth.logout', {});
    expect((await t.core.jobs.settle(jobId))?.state).toBe('cancelled');
    await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(settingsRows()).toBe(before);
  });
});
