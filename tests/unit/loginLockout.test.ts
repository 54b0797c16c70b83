import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockoutStore } from '../../electron/core/auth/lockout';
import { ManualClock } from '../../electron/core/clock';

const fixed = { now: () => new Date('2026-11-23T09:00:00+08:00') };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function dir() {
  const d = mkdtempSync(join(tmpdir(), 'kedang-lockout-'));
  dirs.push(d);
  return d;
}

describe('login lockout', () => {
  it('locks a name after five failures in a row, for five minutes, even across a restart', () => {
    const d = dir();
    const clock = new ManualClock(fixed);
    const store = new LockoutStore(d, clock);
    for (let i = 0; i < 4; i += 1) expect(store.recordFailure('Admin').locked).toBe(false);
    const fifth = store.recordFailure('admin');
    expect(fifth.locked).toBe(true);
    expect(fifth.until!.getTime() - clock.now().getTime()).toBe(5 * 60_000);
    expect(new LockoutStore(d, clock).status('ADMIN').locked).toBe(true);
    clock.advance(5 * 60_000);
    expect(new LockoutStore(d, clock).status('admin').locked).toBe(false);
  });

  it('a success resets the count', () => {
    const store = new LockoutStore(dir(), new ManualClock(fixed));
    for (let i = 0; i < 4; i += 1) store.recordFailure('li');
    store.recordSuccess('li');
    expect(store.recordFailure('li').locked).toBe(false);
    expect(store.status('li').failures).toBe(1);
  });

  it('after a lock expires the count starts again from zero', () => {
    const clock = new ManualClock(fixed);
    const store = new LockoutStore(dir(), clock);
    for (let i = 0; i < 5; i += 1) store.recordFailure('li');
    clock.advance(5 * 60_000 + 1);
    expect(store.recordFailure('li').locked).toBe(false);
  });

  it('keeps the events for the audit log until they are drained, once', () => {
    const d = dir();
    const clock = new ManualClock(fixed);
    const store = new LockoutStore(d, clock);
    for (let i = 0; i < 5; i += 1) store.recordFailure('wang');
    store.status('wang');
    const events = new LockoutStore(d, clock).drainEvents();
    expect(events.map((e) => e.kind)).toEqual(['failure', 'failure', 'failure', 'failure', 'failure', 'lockout', 'lockedAttempt']);
    expect(new LockoutStore(d, clock).drainEvents()).toEqual([]);
  });
});
