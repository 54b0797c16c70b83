import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { KedangError, type ErrorPayload } from '../../../shared/contract/errors';
import type { EventSink } from '../../../shared/contract/events';
import type { JobProgress, JobStatus } from '../../../shared/jobs/jobTypes';
import type { Clock } from '../clock';
import { toErrorPayload } from '../rpc/errorPayload';
import { closeArchiveDb, type ArchiveDb } from '../db/database';
import { appendAudit, type AuditInput } from '../audit/auditLog';
import { runWorker } from '../workers/runWorker';

/** What a job's body gets: a cancel signal, a progress reporter, and the clock. */
export interface JobContext {
  readonly signal: AbortSignal;
  readonly clock: Clock;
  /** Reports how far the job is; throttled, and always in order. */
  progress(progress: JobProgress): void;
  /** Throws JOB_CANCELLED when the job was cancelled: call it between steps. */
  throwIfCancelled(): void;
  /** A connection of the job's own to the open archive, closed when the job ends. */
  connect(): Database.Database;
  /**
   * Runs a worker thread (workers/runWorker.ts) that opens the archive on a connection of its own:
   * its workerData gets `path` and `keyHex` besides `data`; its progress messages become the job's;
   * cancelling the job ends the thread.
   */
  runOnArchive<T>(modulePath: string, data: Record<string, unknown>): Promise<T>;
  /** Writes an audit entry now, in a short transaction of its own (the job's calls are long over). */
  audit(note: AuditInput): void;
}

export interface JobSpec<R> {
  kind: string;
  /** Who started it: only they may cancel it or collect its result; the job's entries name them. */
  ownerId: number;
  ownerName?: string;
  /** Jobs in the same group cannot run at the same time (e.g. 'archive': backup, restore, import). */
  exclusive?: string;
  run(job: JobContext): Promise<R>;
}

/** What handlers may do with jobs: start one (it runs beside the call queue), and see, cancel or collect their own. */
export interface JobStarter {
  start<R>(spec: JobSpec<R>): { jobId: string; kind: string };
  status(jobId: string, userId: number): JobStatus;
  list(userId: number): JobStatus[];
  cancel(jobId: string, userId: number): JobStatus;
  result(jobId: string, userId: number): unknown;
}

interface RunningJob {
  status: JobStatus;
  ownerId: number;
  ownerName: string;
  exclusive: string | undefined;
  controller: AbortController;
  done: Promise<void>;
  result: unknown;
  lastEmitMs: number;
}

const PROGRESS_INTERVAL_MS = 100;
const KEEP_FINISHED = 20;

/**
 * Long work runs here, off core's call queue: a job starts, returns its id at once, pushes progress
 * events in order, and ends with a result or a typed error. Cancel aborts its signal; the job's body
 * owns undoing what it did (its own transaction, temp files), so cancel leaves nothing half-written.
 */
export class JobRunner implements JobStarter {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly clock: Clock,
    private readonly emit: EventSink,
    private readonly connectArchive: () => ArchiveDb,
    private readonly archiveForWorker: () => { path: string; masterKey: Buffer },
  ) {}

  start<R>(spec: JobSpec<R>): { jobId: string; kind: string } {
    if (spec.exclusive) {
      const busy = [...this.jobs.values()].find((j) => j.status.state === 'running' && j.exclusive === spec.exclusive);
      if (busy) throw new KedangError('JOB_CONFLICT', `A ${busy.status.kind} job is running`, { details: { runningKind: busy.status.kind } });
    }
    const jobId = randomUUID();
    const controller = new AbortController();
    const status: JobStatus = { jobId, kind: spec.kind, state: 'running', progress: null, startedAt: this.clock.now().toISOString(), endedAt: null, error: null };
    const job: RunningJob = { status, ownerId: spec.ownerId, ownerName: spec.ownerName ?? '', exclusive: spec.exclusive, controller, done: Promise.resolve(), result: undefined, lastEmitMs: 0 };
    const connections: ArchiveDb[] = [];
    const context: JobContext = {
      connect: () => {
        const connection = this.connectArchive();
        connections.push(connection);
        return connection.sqlite;
      },
      runOnArchive: <T>(modulePath: string, data: Record<string, unknown>) => {
        const { path, masterKey } = this.archiveForWorker();
        return runWorker<T>(modulePath, { ...data, path, keyHex: masterKey.toString('hex') }, { signal: controller.signal, onProgress: (progress) => context.progress(progress as JobProgress) });
      },
      signal: controller.signal,
      clock: this.clock,
      progress: (progress) => {
        const newPhase = job.status.progress?.phase !== progress.phase;
        job.status.progress = progress;
        const now = Date.now();
        const finished = progress.total !== null && progress.done >= progress.total;
        // Throttled, but a new phase and the end of one always show.
        if (now - job.lastEmitMs < PROGRESS_INTERVAL_MS && !finished && !newPhase) return;
        job.lastEmitMs = now;
        this.emit('jobs.event', { type: 'progress', jobId, kind: spec.kind, progress });
      },
      audit: (note) => this.writeAudit(note),
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new KedangError('JOB_CANCELLED', 'Cancelled');
      },
    };
    this.jobs.set(jobId, job);
    // The body starts on the next turn, so the call that started it answers first.
    const releaseConnections = () => {
      for (const connection of connections.splice(0)) {
        if (connection.sqlite.open && connection.sqlite.inTransaction) connection.sqlite.exec('ROLLBACK');
        closeArchiveDb(connection);
      }
    };
    // The body starts on the next turn, so the call that started it answers first. Its connections are
    // rolled back and closed before its end is recorded, so a cancelled job has undone its work by then.
    job.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => spec.run(context))
      .then(
        (result) => {
          releaseConnections();
          if (controller.signal.aborted) return this.finish(job, 'cancelled', null);
          job.result = result;
          return this.finish(job, 'succeeded', null);
        },
        (err: unknown) => {
          releaseConnections();
          if (controller.signal.aborted) return this.finish(job, 'cancelled', null);
          return this.finish(job, 'failed', toErrorPayload(err));
        },
      );
    this.prune();
    return { jobId, kind: spec.kind };
  }

  /** On a connection of its own, so it never lands inside a call's transaction on the main one. */
  private writeAudit(note: AuditInput): void {
    const connection = this.connectArchive();
    try {
      connection.sqlite.transaction(() => appendAudit(connection.sqlite, note, this.clock.now())).immediate();
    } finally {
      closeArchiveDb(connection);
    }
  }

  private finish(job: RunningJob, state: 'succeeded' | 'failed' | 'cancelled', error: ErrorPayload | null): void {
    job.status = { ...job.status, state, error, endedAt: this.clock.now().toISOString() };
    // A job that did not finish says so in the log, once it has undone its work (if the archive is still open).
    if (state !== 'succeeded') {
      try {
        this.writeAudit({
          actorId: job.ownerId,
          actorName: job.ownerName,
          action: state === 'cancelled' ? 'jobs.cancelled' : 'jobs.failed',
          targetType: 'job',
          targetId: job.status.jobId,
          summary: `后台任务${state === 'cancelled' ? '已取消' : `失败（${error?.code ?? ''}）`}：${job.status.kind}`,
          params: { kind: job.status.kind, ...(error ? { code: error.code } : {}) },
        });
      } catch {
        // The archive closed first (logout): the logout entry covers it.
      }
    }
    const { jobId, kind } = job.status;
    if (state === 'failed' && error) this.emit('jobs.event', { type: 'failed', jobId, kind, error });
    else if (state === 'succeeded') this.emit('jobs.event', { type: 'succeeded', jobId, kind });
    else this.emit('jobs.event', { type: 'cancelled', jobId, kind });
  }

  /** A job of someone else's answers exactly like a job that does not exist. */
  private owned(jobId: string, userId: number): RunningJob {
    const job = this.jobs.get(jobId);
    if (!job || job.ownerId !== userId) throw new KedangError('NOT_FOUND', 'No such job');
    return job;
  }

  status(jobId: string, userId: number): JobStatus {
    return this.owned(jobId, userId).status;
  }

  list(userId: number): JobStatus[] {
    return [...this.jobs.values()].filter((j) => j.ownerId === userId).map((j) => j.status);
  }

  /** Asks the job to stop; its body notices at its next step and undoes what it started. */
  cancel(jobId: string, userId: number): JobStatus {
    const job = this.owned(jobId, userId);
    if (job.status.state === 'running') job.controller.abort();
    return job.status;
  }

  /** The value a finished job produced, once; a job still running answers JOB_RUNNING. */
  result(jobId: string, userId: number): unknown {
    const job = this.owned(jobId, userId);
    if (job.status.state === 'running') throw new KedangError('JOB_RUNNING', 'The job has not finished');
    if (job.status.state !== 'succeeded') throw new KedangError('NOT_FOUND', 'The job produced nothing');
    return job.result;
  }

  /** Waits for a job to end (tests, shutdown). */
  async settle(jobId: string): Promise<JobStatus | null> {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    await job.done;
    return job.status;
  }

  /** Tells every running job to stop (the archive is about to close); each undoes its own work. */
  abortAll(): void {
    for (const job of this.jobs.values()) if (job.status.state === 'running') job.controller.abort();
  }

  /** Cancels every running job and waits for each to undo itself: before the archive closes. */
  async stopAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.status.state === 'running');
    for (const job of running) job.controller.abort();
    await Promise.all(running.map((j) => j.done));
  }

  get running(): number {
    return [...this.jobs.values()].filter((j) => j.status.state === 'running').length;
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.status.jobId);
  }
}
