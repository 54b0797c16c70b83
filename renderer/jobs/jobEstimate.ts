import type { JobProgress } from '../../shared/jobs/jobTypes';

/**
 * A job's phases in order, each with its share of the whole (the shares need not add up to 1): a
 * backup spends about as long writing as reading back, and almost nothing on its snapshot.
 */
export type JobPhases = ReadonlyArray<readonly [phase: string, share: number]>;

export interface JobEstimate {
  /** 0…1 of the whole job. */
  fraction: number;
  /** The phase has no total (a snapshot, SQLite's check): the bar moves without saying how far. */
  indeterminate: boolean;
  /** 1-based position of the phase among the known ones, and how many there are; null when unknown. */
  step: { index: number; count: number } | null;
}

/**
 * How far a job is as one number, from its current phase and how far that phase is: the phases
 * before it count whole, the current one by its own fraction. A job without phases is its progress.
 */
export function estimateJob(progress: JobProgress | null, phases: JobPhases = []): JobEstimate {
  if (!progress) return { fraction: 0, indeterminate: true, step: null };
  const own = progress.total && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  const index = phases.findIndex(([phase]) => phase === progress.phase);
  if (index < 0) return { fraction: own ?? 0, indeterminate: own === null, step: null };
  const whole = phases.reduce((sum, [, share]) => sum + share, 0) || 1;
  const before = phases.slice(0, index).reduce((sum, [, share]) => sum + share, 0);
  const share = phases[index]![1];
  return { fraction: Math.min(1, (before + share * (own ?? 0)) / whole), indeterminate: own === null, step: { index: index + 1, count: phases.length } };
}

/** Where a job stood at a moment: its overall fraction and the page's clock. */
export interface JobSample {
  fraction: number;
  atMs: number;
}

/**
 * Seconds left at the pace since `from` (when this screen first saw the job: a screen that comes back
 * to a running job measures from then); null until there is enough to go on, as a guess in the first
 * second, or before a twentieth more is done, jumps about more than it helps.
 */
export function secondsLeft(from: JobSample, now: JobSample): number | null {
  const gained = now.fraction - from.fraction;
  const elapsedMs = now.atMs - from.atMs;
  if (gained < 0.05 || elapsedMs < 1000 || now.fraction >= 1) return null;
  return Math.max(1, Math.round(((elapsedMs / 1000) * (1 - now.fraction)) / gained));
}
