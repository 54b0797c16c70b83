import { KedangError } from '../../../shared/contract/errors';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import type { HandlerContext } from '../rpc/handler';
import { findLoanRow, loanSettings, type LoanRow } from './loanStore';
import { toLoan } from './loanView';

/** Requesters see their own requests; approvers and the archive room see everyone's once submitted. */
export function managesLoans(ctx: HandlerContext): boolean {
  const user = ctx.requireUser();
  return user.permissions.includes('loan.approve') || user.permissions.includes('loan.handle');
}

/** A request the caller may see, or NOT_FOUND exactly as for one that does not exist. */
export function visibleLoan(ctx: HandlerContext, id: number): LoanRow {
  const row = findLoanRow(ctx.db, id);
  const user = ctx.requireUser();
  const own = row?.requester_id === user.id;
  if (!row || (!own && (!managesLoans(ctx) || row.status === 'draft'))) throw new KedangError('NOT_FOUND', 'No such loan request');
  return row;
}

export function view(ctx: HandlerContext, row: LoanRow): LoanRequest {
  return toLoan(ctx.db, row, ctx.requireUser(), ctx.clock.now(), loanSettings(ctx.db));
}

export function viewOf(ctx: HandlerContext, id: number): LoanRequest {
  return view(ctx, findLoanRow(ctx.db, id)!);
}
