import { z } from 'zod';
import { id } from '../validation/schemaParts';
import { channel, empty, type ChannelDef } from '../contract/channel';
import { loanPolicySchema } from './loanPolicy';
import { loanCreateSchema, loanDecideSchema, loanListSchema, loanSettingsSchema, type LoanRequest, type LoanRules } from './loanTypes';
import { signOffSchema } from '../signOff/signOff';

/** Loan, view and copy requests and the register. */
export const loansChannels = {
  'loans.create': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: loanCreateSchema,
    summary: 'Asks to view, check out or copy files; the policy decides whether it may be asked at all, for how long and who approves.',
  }),
  'loans.submit': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: z.object({ id }).strict(),
    summary: 'Submits a draft request for approval.',
  }),
  'loans.decide': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: loanDecideSchema,
    summary: 'Signs the step of a request now waiting (approve or reject); the approver signs with their own password, never the requester; a deputy under a delegation signs for the delegator’s role.',
  }),
  'loans.checkout': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.handle',
    input: z.object({ id, receiver: signOffSchema }).strict(),
    summary: 'The archive admin hands over the paper files of an approved checkout; the requester signs for them with their own password (时间、经办人、签收人 recorded).',
  }),
  'loans.return': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.handle',
    input: z.object({ id, condition: z.string().trim().max(300).default('') }).strict(),
    summary: 'The archive admin records the files coming back, with notes on their condition.',
  }),
  'loans.cancel': channel<LoanRequest>()({
    kind: 'command',
    access: 'loan.request',
    input: z.object({ id }).strict(),
    summary: 'The requester withdraws a request that has not been handed over.',
  }),
  'loans.list': channel<LoanRequest[]>()({
    kind: 'query',
    access: 'loan.request',
    input: loanListSchema,
    summary: 'The register (外借登记册): out now, overdue, pending, or history by person, file, period and status.',
  }),
  'loans.rules': channel<LoanRules>()({
    kind: 'query',
    access: 'session',
    input: empty,
    summary: 'The loan policy (who may view, borrow or copy which level, for how long, approved by whom) and the reminder settings.',
  }),
  'loans.updateRules': channel<LoanRules>()({
    kind: 'command',
    access: 'settings.manage',
    input: z.object({ policy: loanPolicySchema, settings: loanSettingsSchema, signOff: signOffSchema }).strict(),
    summary: 'Replaces the loan policy table and the reminder settings; countersigned by a second person holding policy.approve, audited cell by cell.',
  }),
} as const satisfies Record<string, ChannelDef>;
