import type { HandlersOf } from '../rpc/handler';

export const jobsHandlers: HandlersOf<'jobs'> = {
  'jobs.list': (ctx) => ctx.jobs.list(ctx.requireUser().id),
  'jobs.status': (ctx, input) => ctx.jobs.status(input.jobId, ctx.requireUser().id),
  'jobs.cancel': (ctx, input) => ctx.jobs.cancel(input.jobId, ctx.requireUser().id),
};
