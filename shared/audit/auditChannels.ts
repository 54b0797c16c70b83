import { channel, empty, type ChannelDef } from '../contract/channel';
import { auditQuerySchema, type AuditPage, type AuditVerifyResult } from './auditEntry';

/** The audit log. */
export const auditChannels = {
  'audit.list': channel<AuditPage>()({
    kind: 'query',
    access: 'audit.read',
    input: auditQuerySchema,
    summary: 'Audit entries, newest first, filtered by actor, action, target and period, with the chain head.',
  }),
  'audit.verify': channel<AuditVerifyResult>()({
    kind: 'query',
    access: 'audit.read',
    input: empty,
    summary: 'Recomputes the hash chain; names the first broken sequence number if any entry was altered.',
  }),
} as const satisfies Record<string, ChannelDef>;
