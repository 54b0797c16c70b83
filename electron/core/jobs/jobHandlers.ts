import type { HandlersOf } from '../rpc/handler';

export const jobsHandlers: HandlersOf<'jobs'> = {
  'jobs.list': (ctx) => ctx.jobs.list(ctx.requireUser().id),
  'jobs.status': (ctx, input) => ctx.jobs.status(input.jobId, ctx.requireUser().id),
  'jobs.cancel': (ctx, input) => {
    const status = ctx.jobs.cancel(input.jobId, ctx.requireUser().id);
    ctx.audit({ action: 'jobs.cancel', targetType: 'job', targetId: input.jobId, summary: `取消后台任务（${status.kind}）`, params: { kind: status.kind } });
    return status;
  },
};
