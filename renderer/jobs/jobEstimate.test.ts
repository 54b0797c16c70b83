import { describe, expect, it } from 'vitest';
import { estimateJob, secondsLeft, type JobPhases } from './jobEstimate';

const backup: JobPhases = [
  ['snapshot', 0],
  ['write', 50],
  ['verify', 45],
  ['integrity', 5],
];

describe('how far a job is', () => {
  it('before its first report it is nowhere yet, without saying how far', () => {
    expect(estimateJob(null, backup)).toEqual({ fraction: 0, indeterminate: true, step: null });
  });

  it('half-way through writing a backup is a quarter of the whole, on step 2 of 4', () => {
    expect(estimateJob({ done: 50, total: 100, unit: 'bytes', phase: 'write' }, backup)).toEqual({ fraction: 0.25, indeterminate: false, step: { index: 2, count: 4 } });
  });

  it('the read-back counts the writing as done', () => {
    expect(estimateJob({ done: 0, total: 100, unit: 'bytes', phase: 'verify' }, backup).fraction).toBeCloseTo(0.5);
  });

  it('a phase with no total keeps what came before and moves without a number', () => {
    expect(estimateJob({ done: 0, total: null, unit: 'steps', phase: 'integrity' }, backup)).toEqual({ fraction: 0.95, indeterminate: true, step: { index: 4, count: 4 } });
  });

  it('a job without phases, or in a phase nobody listed, is its own progress', () => {
    expect(estimateJob({ done: 3, total: 4, unit: 'items' }).fraction).toBe(0.75);
    expect(estimateJob({ done: 3, total: 4, unit: 'items', phase: 'later' }, backup)).toEqual({ fraction: 0.75, indeterminate: false, step: null });
  });

  it('never goes past the end when a phase overshoots its total', () => {
    expect(estimateJob({ done: 120, total: 100, unit: 'bytes', phase: 'integrity' }, backup).fraction).toBe(1);
  });
});

describe('how long a job has left', () => {
  const start = { fraction: 0, atMs: 0 };
  it('is the time so far scaled by what remains', () => {
    expect(secondsLeft(start, { fraction: 0.25, atMs: 10_000 })).toBe(30);
  });

  it('measures from when the screen first saw the job, not from its start', () => {
    expect(secondsLeft({ fraction: 0.5, atMs: 0 }, { fraction: 0.75, atMs: 10_000 })).toBe(10);
  });

  it('says nothing in the first second, before a twentieth is done, or once done', () => {
    expect(secondsLeft(start, { fraction: 0.5, atMs: 900 })).toBeNull();
    expect(secondsLeft(start, { fraction: 0.04, atMs: 60_000 })).toBeNull();
    expect(secondsLeft(start, { fraction: 1, atMs: 60_000 })).toBeNull();
  });

  it('never says zero while the job still runs', () => {
    expect(secondsLeft(start, { fraction: 0.999, atMs: 2000 })).toBe(1);
  });
});
