import { channel, empty, type ChannelDef } from '../contract/channel';
import { z } from 'zod';
import { auditQuerySchema, type AuditPage, type AuditVerifyResult } from './auditEntry';
import { anchorSchema, type AnchorVerifyResult, type AuditAnchor } from './auditAnchor';

/** The audit log. */
export const auditChannels = {
  'audit.list': channel<AuditPage>()({
    kind: 'query',
    access: 'audit.read',
    input: auditQuerySchema,
    summary: 'Audit entries, newest first, filtered by actor (id or name), action, file (archive number), target and period, with the chain head; a file’s name only for readers who may see it.',
  }),
  'audit.verify': channel<AuditVerifyResult>()({
    kind: 'query',
    access: 'audit.read',
    input: empty,
    summary: 'Recomputes the hash chain; names the first broken sequence number if any entry was altered.',
  }),
  'audit.anchor': channel<AuditAnchor & { text: string }>()({
    kind: 'command',
    access: 'audit.read',
    input: z.object({ purpose: z.enum(['screen', 'print', 'backup']).default('screen') }).strict(),
    summary: 'The chain’s head as a short code to copy or print (sequence + first 16 hex of its hash); records that it was issued.',
  }),
  'audit.verifyAnchor': channel<AnchorVerifyResult>()({
    kind: 'query',
    access: 'audit.read',
    input: z.object({ anchors: z.array(anchorSchema).min(1).max(50) }).strict(),
    summary: 'Whether the chain still holds each anchored entry with that hash; with several anchors, the range where a change lies.',
  }),
} as const satisfies Record<string, ChannelDef>;
