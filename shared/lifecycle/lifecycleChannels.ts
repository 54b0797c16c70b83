import { z } from 'zod';
import { channel, empty, type ChannelDef } from '../contract/channel';
import { signOffSchema } from '../signOff/signOff';
import { id } from '../validation/schemaParts';
import { lifecycleKinds, lifecycleRequestSchema, lifecycleStatuses, restrictSchema, retentionPolicySchema, retentionRuleCodes, type LifecycleCandidate, type LifecycleRequest, type RestrictedFile, type RetentionPolicy } from './lifecycleTypes';

const page = { offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(500).default(100) };

/** Cleanup (清理), destruction (销毁) and restriction (封存): each approved, each leaving a record. */
export const lifecycleChannels = {
  'lifecycle.rules': channel<RetentionPolicy>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'The retention rules in force (which files become candidates, for cleanup or destruction) and who approves each kind.',
  }),
  'lifecycle.updateRules': channel<RetentionPolicy>()({
    kind: 'command',
    access: 'settings.manage',
    input: z.object({ policy: retentionPolicySchema, signOff: signOffSchema }).strict(),
    summary: 'Replaces the retention rules; a second person holding policy.approve countersigns; audited rule by rule.',
  }),
  'lifecycle.candidates': channel<{ candidates: LifecycleCandidate[]; total: number }>()({
    kind: 'query',
    access: 'lifecycle.manage',
    input: z.object({ rule: z.enum(retentionRuleCodes), ...page }).strict(),
    summary: 'Files a rule proposes today, oldest first, that the caller may see and that no open request holds.',
  }),
  'lifecycle.request': channel<LifecycleRequest>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: lifecycleRequestSchema,
    summary: 'Asks to clean up or destroy one or many files, with the reason; the approvers the rules name sign in turn.',
  }),
  'lifecycle.decide': channel<LifecycleRequest>()({
    kind: 'command',
    access: 'session',
    input: z.object({ id, step: z.number().int().min(0).max(8).optional(), approve: z.boolean(), note: z.string().trim().max(300).default(''), signOff: signOffSchema }).strict(),
    summary: 'The approver of the waiting step signs (their own password); the request is approved when the last step is signed.',
  }),
  'lifecycle.cancel': channel<LifecycleRequest>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: z.object({ id }).strict(),
    summary: 'Withdraws a request not yet carried out.',
  }),
  'lifecycle.execute': channel<LifecycleRequest>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: z.object({ id }).strict(),
    summary: 'Carries out an approved request in one transaction: the files’ personal data is erased (overwritten), tombstones and the record remain.',
  }),
  'lifecycle.confirmShredding': channel<LifecycleRequest>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: z.object({ id, shredder: signOffSchema, witness: signOffSchema }).strict(),
    summary: '销毁: the paper files were shredded, by whom and witnessed by whom (each signs with their password), after the electronic erase.',
  }),
  'lifecycle.requests': channel<{ requests: LifecycleRequest[]; total: number }>()({
    kind: 'query',
    access: 'session',
    input: z.object({ kind: z.enum(lifecycleKinds).optional(), status: z.enum(lifecycleStatuses).optional(), waitingForMe: z.boolean().default(false), ...page }).strict(),
    summary: 'Requests and executed records, newest first: all of them for the archive room, those waiting for or signed by the caller for approvers.',
  }),
  'lifecycle.restrict': channel<RestrictedFile>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: restrictSchema,
    summary: '封存: keeps a file the law or a dispute requires, hidden from search, lists and follow-ups, seen only by the archive admin.',
  }),
  'lifecycle.unrestrict': channel<{ id: number }>()({
    kind: 'command',
    access: 'lifecycle.manage',
    input: z.object({ id, reason: z.string().trim().min(4, 'REASON_TOO_SHORT').max(500) }).strict(),
    summary: 'Lifts a restriction: the file returns to the status it had.',
  }),
  'lifecycle.restricted': channel<RestrictedFile[]>()({
    kind: 'query',
    access: 'lifecycle.manage',
    input: empty,
    summary: 'Restricted files with reason and review date, those due for review first.',
  }),
} as const satisfies Record<string, ChannelDef>;
