import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { CustomerCard } from '../../../shared/customers/customerTypes';
import { call } from '../../api/kedang';

export const cardQueryKey = (id: number) => ['customers.get', id] as const;

export function useCustomerCard(id: number) {
  return useQuery({ queryKey: cardQueryKey(id), queryFn: () => call('customers.get', { id }) });
}

export function useCustomerHistory(id: number) {
  return useQuery({ queryKey: ['customers.history', id], queryFn: () => call('customers.history', { id }) });
}

/** Every command that answers with the updated card. */
export type CardCommand =
  | 'customers.create'
  | 'customers.update'
  | 'customers.setGrade'
  | 'customers.moveFile'
  | 'customers.addRecord'
  | 'customers.updateFeedback'
  | 'customers.withdrawConsent'
  | 'vehicles.save'
  | 'attachments.add';

/**
 * Runs a command on a file. The answer is the card as core now has it, so the card shows it at
 * once; lists, follow-ups and the card's history are fetched again because the change may move them.
 */
export function useCardCommand<C extends CardCommand>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input) as Promise<CustomerCard>,
    onSuccess: (card) => {
      queryClient.setQueryData(cardQueryKey(card.customer.id), card);
      return Promise.all([
        queryClient.invalidateQueries({ predicate: (q) => ['customers.search', 'customers.followUps', 'customers.history'].includes(String(q.queryKey[0])) }),
      ]);
    },
  });
}

/** Commands on a file whose answer is not the card (a vehicle moved away): refetch everything about files. */
export function useArchiveCommand<C extends 'vehicles.transfer'>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('customers.') || String(q.queryKey[0]).startsWith('vehicles.') }),
  });
}

/** Consultants and sales managers, for the owner picker and the list's filter. */
export function useStaff() {
  return useQuery({ queryKey: ['users.staff'], queryFn: () => call('users.staff', {}), staleTime: 60_000 });
}
