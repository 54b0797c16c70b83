import { z } from 'zod';
import { loanStatuses } from '../../../shared/loans/loanTypes';
import { dayParam, idParam, oneOf } from '../../routing/searchFields';

export const loanTabs = ['new', 'mine', 'pending', 'handover', 'register'] as const;
export type LoanTab = (typeof loanTabs)[number];
export const registerViews = ['all', 'out', 'overdue', 'history'] as const;
export type RegisterView = (typeof registerViews)[number];

/** #/loans?tab=register&view=out&requester=4&from=2026-01-01: the tab and the register's filters. */
export const loansSearch = z.object({
  tab: oneOf(loanTabs),
  view: oneOf(registerViews),
  requester: idParam(),
  file: idParam(),
  from: dayParam(),
  to: dayParam(),
  status: oneOf(loanStatuses),
});
export type LoansSearch = z.infer<typeof loansSearch>;
