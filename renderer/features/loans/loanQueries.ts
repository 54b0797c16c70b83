import { useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../../../shared/app/status';
import type { ChannelInput } from '../../../shared/contract/channels';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

export type LoanListInput = ChannelInput<'loans.list'>;

export function useLoans(input: LoanListInput, options: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useKedangQuery('loans.list', input, options);
}

const POLL_MS = 60_000;

/**
 * What waits for this user, polled every minute: requests whose open step they may sign (approvers,
 * and the archive admin for the archive side's steps), approved checkouts to hand over (the archive
 * room), and files overdue. The header's bell and the loans screen's landing tab read the same lists.
 */
export function useLoanWork(user: SessionUser) {
  const signs = user.permissions.includes('loan.approve') || user.permissions.includes('loan.handle');
  const handles = user.permissions.includes('loan.handle');
  const pending = useLoans({ view: 'pending' }, { enabled: signs, refetchInterval: POLL_MS });
  const handover = useLoans({ view: 'handover' }, { enabled: handles, refetchInterval: POLL_MS });
  const overdue = useLoans({ view: 'overdue' }, { refetchInterval: POLL_MS });
  return {
    signs,
    handles,
    pending: signs ? (pending.data?.length ?? 0) : 0,
    handover: handles ? (handover.data?.length ?? 0) : 0,
    overdue: overdue.data?.length ?? 0,
    /** The counts a landing decision needs have arrived. */
    ready: (!signs || pending.data !== undefined || pending.isError) && (!handles || handover.data !== undefined || handover.isError),
  };
}

export type LoanWork = ReturnType<typeof useLoanWork>;

/** Where the loans screen opens when the address names no tab: on what waits for this user. */
export function landingTab(work: LoanWork): 'pending' | 'handover' | 'register' | 'new' {
  if (work.pending > 0) return 'pending';
  if (work.handover > 0) return 'handover';
  return work.handles ? 'register' : 'new';
}

/** The policy table and reminder settings in force (the request form's hint follows them). */
export function useLoanRules() {
  return useKedangQuery('loans.rules', {}, { staleTime: 60_000 });
}

type LoanCommand = 'loans.create' | 'loans.submit' | 'loans.decide' | 'loans.checkout' | 'loans.return' | 'loans.cancel';

/** Every loan command changes the register, and checkout/return change who holds a file on its card. */
export function useLoanCommand<C extends LoanCommand>(channel: C) {
  const queryClient = useQueryClient();
  return useKedangMutation(channel, {
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: channelKey('loans.list') }), queryClient.invalidateQueries({ queryKey: channelKey('customers.get') })]),
  });
}
