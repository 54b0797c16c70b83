import type { Handler } from '../rpc/handler';
import { listAudit, verifyAudit } from './auditLog';

export const list: Handler<'audit.list'> = (ctx, input) => listAudit(ctx.archive().db.sqlite, input);

export const verify: Handler<'audit.verify'> = (ctx) => verifyAudit(ctx.archive().db.sqlite);
