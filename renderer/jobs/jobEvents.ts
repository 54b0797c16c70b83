import type { ErrorPayload } from '../../shared/contract/errors';
import type { JobEvent, JobProgress, JobState, JobStatus } from '../../shared/jobs/jobTypes';

/** What the page knows of one job: where it stands, how far, and why it failed. */
export interface JobView {
  jobId: string;
  kind: string;
  state: JobState;
  progress: JobProgress | null;
  error: ErrorPayload | null;
}

const views = new Map<string, JobView>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** An ended job stays ended: a late progress event or an older status never brings it back to running. */
function put(next: JobView): void {
  const known = views.get(next.jobId);
  if (known && known.state !== 'running' && next.state === 'running') return;
  views.set(next.jobId, next);
  notify();
}

export function applyJobEvent(event: JobEvent): void {
  const known = views.get(event.jobId);
  const base: JobView = known ?? { jobId: event.jobId, kind: event.kind, state: 'running', progress: null, error: null };
  if (event.type === 'progress') put({ ...base, state: 'running', progress: event.progress });
  else if (event.type === 'failed') put({ ...base, state: 'failed', error: event.error });
  else put({ ...base, state: event.type, error: null });
}

/** A status asked for (jobs.status, jobs.list): fills in what a missed event would have said. */
export function applyJobStatus(status: JobStatus): void {
  put({ jobId: status.jobId, kind: status.kind, state: status.state, progress: status.progress ?? views.get(status.jobId)?.progress ?? null, error: status.error });
}

/** A job this page just started: running, with nothing reported yet (unless its events came first). */
export function trackJob(jobId: string, kind: string): void {
  if (!views.has(jobId)) put({ jobId, kind, state: 'running', progress: null, error: null });
}

export function jobView(jobId: string | null): JobView | null {
  return jobId ? (views.get(jobId) ?? null) : null;
}

export function subscribeJobs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Listens to core's `jobs.event` for the page's whole life, from the start: the web harness opens its
 * event stream on the first listener, so a stream opened only when a job starts could miss its first
 * reports. Job events carry codes and byte counts, never archive data, so nothing here needs clearing
 * when a session ends.
 */
export function listenToJobs(): () => void {
  if (!window.kedang) return () => undefined;
  return window.kedang.onEvent('jobs.event', applyJobEvent);
}
