import type { Handler } from '../rpc/handler';

export const appStatus: Handler<'app.status'> = (ctx) => ctx.core.status();
