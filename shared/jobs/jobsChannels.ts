import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import type { JobStatus } from './jobTypes';

const jobId = z.string().uuid();

/** Long work beside the call queue: its state, cancelling it, collecting what it made. Progress arrives as `jobs.event`. */
export const jobsChannels = {
  'jobs.list': channel<JobStatus[]>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'The caller’s recent jobs (backup, restore, import, big reports) and where each stands.',
  }),
  'jobs.status': channel<JobStatus>()({
    kind: 'query',
    access: 'session',
    input: z.object({ jobId }).strict(),
    summary: 'Where one of the caller’s jobs stands; someone else’s job answers like one that does not exist.',
  }),
  // A query: it changes no archive data and needs no write lock (a job may hold it); the job audits its own end.
  'jobs.cancel': channel<JobStatus>()({
    kind: 'query',
    access: 'session',
    input: z.object({ jobId }).strict(),
    summary: 'Stops one of the caller’s jobs; the job undoes what it started and leaves nothing half-written.',
  }),
} as const satisfies Record<string, ChannelDef>;
