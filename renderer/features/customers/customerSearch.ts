import { z } from 'zod';
import type { ChannelInput } from '../../../shared/contract/channels';
import { searchQuerySchema } from '../../../shared/customers/customerSchemas';
import { categories, grades, secrecyLevels } from '../../../shared/customers/vocabularies';
import { listedStatuses } from '../../../shared/customers/customerSchemas';
import { flagParam, idParam, oneOf, textParam } from '../../routing/searchFields';

export type ListFilters = Omit<ChannelInput<'customers.search'>, 'offset' | 'limit'>;
export const emptyFilters: ListFilters = { query: '', status: 'active' };

export const listSorts = searchQuerySchema.shape.sort.unwrap().options;

/** #/customers?q=王&category=deal&sort=name: the list's search, filters and sort live in the address. */
export const customerListSearch = z.object({
  q: textParam(60),
  category: oneOf(categories),
  grade: oneOf(grades),
  ownerId: idParam(),
  region: textParam(60),
  secrecy: oneOf(secrecyLevels),
  status: oneOf(listedStatuses),
  sort: oneOf(listSorts),
  overdue: flagParam(),
});
export type CustomerListSearch = z.infer<typeof customerListSearch>;

export function filtersOf(search: CustomerListSearch): ListFilters {
  return {
    query: search.q ?? '',
    status: search.status ?? 'active',
    ...(search.category ? { category: search.category } : {}),
    ...(search.grade ? { grade: search.grade } : {}),
    ...(search.ownerId ? { ownerId: search.ownerId } : {}),
    ...(search.region ? { region: search.region } : {}),
    ...(search.secrecy ? { secrecy: search.secrecy } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(search.overdue ? { overdue: true } : {}),
  };
}

/** Only what differs from the plain list goes into the address. */
export function searchOf(filters: ListFilters): CustomerListSearch {
  return {
    q: filters.query || undefined,
    category: filters.category,
    grade: filters.grade,
    ownerId: filters.ownerId,
    region: filters.region || undefined,
    secrecy: filters.secrecy,
    status: filters.status === 'active' ? undefined : filters.status,
    sort: filters.sort,
    overdue: filters.overdue || undefined,
  };
}

export const cardTabs = ['overview', 'vehicles', 'intentions', 'contacts', 'services', 'feedback', 'attachments', 'consents', 'history'] as const;
export type CardTab = (typeof cardTabs)[number];

/** #/customers/12?tab=vehicles: which tab of the card is open. */
export const customerCardSearch = z.object({ tab: oneOf(cardTabs) });

export function parseCustomerId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || String(id) !== raw) throw new Error('not a file number');
  return id;
}
