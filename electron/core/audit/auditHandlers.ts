import { formatAnchor, ANCHOR_HASH_LENGTH } from '../../../shared/audit/auditAnchor';
import { KedangError } from '../../../shared/contract/errors';
import type { HandlersOf } from '../rpc/handler';
import { auditHead, verifyAnchors, verifyAudit } from './auditLog';
import { auditPage } from './auditReading';

const purposeNames = { screen: '屏幕抄录', print: '打印', backup: '备份' } as const;

export const auditHandlers: HandlersOf<'audit'> = {
  'audit.list': (ctx, input) => auditPage(ctx, input),

  'audit.verify': (ctx) => verifyAudit(ctx.db),

  /** The head as it is now, before the entry that records this anchor was issued. */
  'audit.anchor': (ctx, input) => {
    const head = auditHead(ctx.db);
    if (!head) throw new KedangError('NOT_FOUND', 'The audit log is empty');
    const anchor = { seq: head.seq, hash: head.hash.slice(0, ANCHOR_HASH_LENGTH) };
    const text = formatAnchor(anchor);
    ctx.audit({ action: 'audit.anchor', targetType: 'audit', targetId: head.seq, summary: `发出审计锚点 ${text}（${purposeNames[input.purpose]}）`, params: { seq: anchor.seq, hash: anchor.hash, purpose: input.purpose } });
    return { ...anchor, text };
  },

  'audit.verifyAnchor': (ctx, input) => verifyAnchors(ctx.db, input.anchors),
};
