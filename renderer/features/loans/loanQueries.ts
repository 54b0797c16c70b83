import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import { call } from '../../api/kedang';

export type LoanListInput = ChannelInput<'loans.list'>;

export const loansQueryKey = ['loans.list'] as const;

export function useLoans(input: LoanListInput, options: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({ queryKey: [...loansQueryKey, input], queryFn: () => call('loans.list', input), ...options });
}

export const loanRulesQueryKey = ['loans.rules'] as const;

/** The policy table and reminder settings in force (the request form's hint follows them). */
export function useLoanRules() {
  return useQuery({ queryKey: loanRulesQueryKey, queryFn: () => call('loans.rules', {}), staleTime: 60_000 });
}

/** Customer files the caller may see, for picking what to borrow; nothing is asked before the first letter. */
export function useCustomerSearch(query: string) {
  const text = query.trim();
  return useQuery({
    queryKey: ['customers.search', 'loans', text],
    queryFn: () => call('customers.search', { query: text, limit: 20 }),
    enabled: text.length > 0,
    staleTime: 10_000,
  });
}

type LoanCommand = 'loans.create' | 'loans.submit' | 'loans.decide' | 'loans.checkout' | 'loans.return' | 'loans.cancel';

/** Every loan command changes the register, and checkout/return change who holds a file on its card. */
export function useLoanCommand<C extends LoanCommand>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: loansQueryKey }),
        queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'customers.get' }),
      ]),
  });
}
