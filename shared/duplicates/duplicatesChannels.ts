import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import type { JobHandle } from '../jobs/jobTypes';
import { dismissSchema, type DuplicateCheckStatus, type DuplicateResult } from './duplicateTypes';

const jobId = z.string().uuid();

/** 查重: the monthly duplicate check over the files the caller may see, and pairs judged not to be one customer. */
export const duplicatesChannels = {
  'duplicates.status': channel<DuplicateCheckStatus>()({
    kind: 'query',
    access: 'customer.write',
    input: empty,
    summary: 'When the archive was last checked for duplicates, by whom, what it found, and whether the monthly check is due.',
  }),
  'duplicates.run': channel<JobHandle>()({
    kind: 'command',
    access: 'customer.write',
    input: empty,
    summary: 'Runs the duplicate check as a job over the active files the caller may see; progress as jobs.event; the run is recorded (duplicate_checks) and audited.',
  }),
  'duplicates.pairs': channel<DuplicateResult>()({
    kind: 'query',
    access: 'customer.write',
    input: z.object({ jobId }).strict(),
    summary: 'The pairs a finished check of the caller found, best first, without pairs dismissed or merged since and without files the caller may no longer see.',
  }),
  'duplicates.dismiss': channel<{ dismissed: true }>()({
    kind: 'command',
    access: 'customer.write',
    input: dismissSchema,
    summary: 'Records that two files the caller may see are not one customer, so later checks do not offer the pair again.',
  }),
} as const satisfies Record<string, ChannelDef>;
