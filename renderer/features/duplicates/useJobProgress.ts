import { useEffect, useState } from 'react';
import type { JobEvent, JobProgress, JobState } from '../../../shared/jobs/jobTypes';
import type { ErrorPayload } from '../../../shared/contract/errors';
import { call } from '../../api/kedang';

export interface JobWatch {
  state: JobState | 'unknown';
  progress: JobProgress | null;
  error: ErrorPayload | null;
}

/**
 * Follows one job: its jobs.event pushes as they come, and one jobs.status read at the start (a
 * job that ended before the screen listened still shows its end). Kept small on purpose — a shared
 * progress component may replace it.
 */
export function useJobProgress(jobId: string | null): JobWatch {
  const [watch, setWatch] = useState<JobWatch>({ state: 'unknown', progress: null, error: null });
  useEffect(() => {
    if (!jobId) return undefined;
    let live = true;
    setWatch({ state: 'running', progress: null, error: null });
    const apply = (event: JobEvent) => {
      if (!live || event.jobId !== jobId) return;
      if (event.type === 'progress') setWatch({ state: 'running', progress: event.progress, error: null });
      else if (event.type === 'failed') setWatch((w) => ({ ...w, state: 'failed', error: event.error }));
      else setWatch((w) => ({ ...w, state: event.type }));
    };
    const unsubscribe = window.kedang?.onEvent('jobs.event', apply);
    void call('jobs.status', { jobId })
      .then((status) => {
        if (live && status.state !== 'running') setWatch({ state: status.state, progress: status.progress, error: status.error });
      })
      // A job from before a restart is gone: nothing to show.
      .catch(() => live && setWatch({ state: 'unknown', progress: null, error: null }));
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [jobId]);
  return watch;
}
