import { z } from 'zod';
import { id } from '../validation/schemaParts';
import { channel, empty, type ChannelDef } from '../contract/channel';
import { delegationInputSchema, type Delegation } from './approvalTypes';

/** Approval delegations (委托书): who signs for whom, and until when. */
export const approvalsChannels = {
  'approvals.delegations': channel<Delegation[]>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'Delegations the caller gave or holds, newest first.',
  }),
  'approvals.delegate': channel<Delegation>()({
    kind: 'command',
    access: 'loan.approve',
    input: delegationInputSchema,
    summary: 'While away, the caller lets a named deputy sign approvals for the caller’s role for a period (销售客户档案管理制度 七.3); every approval made under it names it.',
  }),
  'approvals.revokeDelegation': channel<Delegation>()({
    kind: 'command',
    access: 'loan.approve',
    input: z.object({ id }).strict(),
    summary: 'Ends a delegation the caller gave, at once.',
  }),
} as const satisfies Record<string, ChannelDef>;
