import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

export type LoanListInput = ChannelInput<'loans.list'>;

export function useLoans(input: LoanListInput, options: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useKedangQuery('loans.list', input, options);
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
