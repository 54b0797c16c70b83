import { useEffect, useSyncExternalStore } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useChannelAllowed } from '../api/channelAccess';
import { call } from '../api/kedang';
import { useKedangQuery } from '../api/useKedang';
import { applyJobStatus, jobView, subscribeJobs, trackJob, type JobView } from './jobEvents';

/** While a job runs, how often its status is asked for in case an event was missed (a dropped event stream). */
const STATUS_POLL_MS = 2000;

export interface JobControl {
  job: JobView | null;
  /** Stops the job; absent when this screen may not (the job is someone else's, or nobody is logged in and no way was given). */
  cancel?: () => void;
  cancelling: boolean;
  cancelError: Error | null;
}

/**
 * One job as a screen follows it: pushed progress (jobs.event), with jobs.status asked for now and then
 * while it runs, and a way to cancel it. `cancel` replaces jobs.cancel where there is no session (a
 * first-run restore cancels through its own channel).
 */
export function useJob(jobId: string | null, options: { cancel?: (jobId: string) => Promise<unknown> } = {}): JobControl {
  const job = useSyncExternalStore(subscribeJobs, () => jobView(jobId));
  const running = job?.state === 'running';
  const status = useKedangQuery(
    'jobs.status',
    { jobId: jobId ?? '' },
    { enabled: jobId !== null && running, staleTime: 0, refetchInterval: (query) => (query.state.error ? false : STATUS_POLL_MS) },
  );
  useEffect(() => {
    if (status.data) applyJobStatus(status.data);
  }, [status.data]);

  const mayCancel = useChannelAllowed('jobs.cancel');
  const own = options.cancel;
  const cancel = useMutation({
    mutationFn: async (id: string) => {
      if (own) await own(id);
      else applyJobStatus(await call('jobs.cancel', { jobId: id }));
    },
  });
  const canCancel = jobId !== null && running && (own !== undefined || mayCancel);
  return {
    job,
    cancel: canCancel ? () => cancel.mutate(jobId) : undefined,
    // Asked and not yet ended: the job is undoing its work.
    cancelling: running && (cancel.isPending || cancel.isSuccess),
    cancelError: cancel.error,
  };
}

/** Marks a job this screen has just started as running, so its progress shows before the first report. */
export function startedJob(handle: { jobId: string; kind: string }): string {
  trackJob(handle.jobId, handle.kind);
  return handle.jobId;
}

/**
 * A job of one of these kinds the user started earlier that still runs: a screen left and opened
 * again picks up its progress. A job this page has already seen end is never taken up again.
 */
export function useRunningJob(kinds: readonly string[]): string | null {
  const list = useKedangQuery('jobs.list', {}, { staleTime: 0 });
  const running = list.data?.find((job) => kinds.includes(job.kind) && job.state === 'running' && (jobView(job.jobId)?.state ?? 'running') === 'running');
  useEffect(() => {
    if (running) applyJobStatus(running);
  }, [running]);
  return running?.jobId ?? null;
}
