import type { ErrorPayload } from '../contract/errors';

/** Long work (backup, restore, import, big reports) runs as a job beside the call queue. */
export interface JobHandle {
  jobId: string;
  kind: string;
}

/** What a progress bar shows: how far, of how much, in what unit, and how fast for bytes. */
export interface JobProgress {
  done: number;
  total: number | null;
  unit: 'bytes' | 'items' | 'steps';
  /** A short code for the phase the job is in (e.g. 'snapshot', 'encrypt', 'verify'); the UI translates it. */
  phase?: string;
  bytesPerSecond?: number;
}

export type JobState = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** The one event stream jobs push to the renderer, in order, per job. */
export type JobEvent =
  | { type: 'progress'; jobId: string; kind: string; progress: JobProgress }
  | { type: 'succeeded'; jobId: string; kind: string }
  | { type: 'failed'; jobId: string; kind: string; error: ErrorPayload }
  | { type: 'cancelled'; jobId: string; kind: string };

export interface JobStatus {
  jobId: string;
  kind: string;
  state: JobState;
  progress: JobProgress | null;
  startedAt: string;
  endedAt: string | null;
  error: ErrorPayload | null;
}
