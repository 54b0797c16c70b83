import { useQueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../shared/contract/channels';
import type { CustomerCard } from '../../../shared/customers/customerTypes';
import { queryKey } from '../../api/queryKey';
import { useKedangMutation, useKedangQuery } from '../../api/useKedang';

export function useCustomerCard(id: number) {
  return useKedangQuery('customers.get', { id });
}

export function useCustomerHistory(id: number) {
  return useKedangQuery('customers.history', { id });
}

/**
 * Files the caller may see for a picker (a file to borrow, a car's new owner, the register's file
 * filter): the search runs in core (pinyin, phone digits, plates); nothing is asked before the first letter.
 */
export function useCustomerSearch(query: string) {
  const text = query.trim().slice(0, 60);
  return useKedangQuery('customers.search', { query: text, limit: 20 }, { enabled: text.length > 0, staleTime: 10_000 });
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
  | 'customers.openInArchiveRoom'
  | 'vehicles.save'
  | 'attachments.add';

/** What a change to a file may move: lists, follow-ups, its history. */
const fileViews: readonly ChannelName[] = ['customers.search', 'customers.followUps', 'customers.history'];

/**
 * Runs a command on a file. The answer is the card as core now has it, so the card shows it at
 * once; lists, follow-ups and the card's history are fetched again because the change may move them.
 */
export function useCardCommand<C extends CardCommand>(channel: C) {
  const queryClient = useQueryClient();
  return useKedangMutation(channel, {
    onSuccess: (card) => {
      const saved = card as CustomerCard;
      queryClient.setQueryData(queryKey('customers.get', { id: saved.customer.id }), saved);
      return queryClient.invalidateQueries({ predicate: (q) => fileViews.includes(q.queryKey[0] as ChannelName) });
    },
  });
}

/** Commands on a file whose answer is not the card (a vehicle moved away): refetch everything about files. */
export function useArchiveCommand<C extends 'vehicles.transfer'>(channel: C) {
  const queryClient = useQueryClient();
  return useKedangMutation(channel, {
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('customers.') || String(q.queryKey[0]).startsWith('vehicles.') }),
  });
}

/** Consultants and sales managers, for the owner picker and the list's filter. */
export function useStaff() {
  return useKedangQuery('users.staff', {}, { staleTime: 60_000 });
}
