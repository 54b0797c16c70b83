import { useRef, type KeyboardEvent } from 'react';
import { Badge, Box, Button, Checkbox, Group, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { CustomerRow } from '../../../shared/customers/customerTypes';
import { categories, grades, secrecyLevels, customerStatuses } from '../../../shared/customers/vocabularies';
import { call } from '../../api/kedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useStaff } from './customerQueries';
import { FollowUpBadge } from './CustomerBadges';

export type ListFilters = Omit<ChannelInput<'customers.search'>, 'offset' | 'limit'>;
export const emptyFilters: ListFilters = { query: '', status: 'active' };

const PAGE = 100;
const ROW_HEIGHT = 48;
const sorts = ['newest', 'updated', 'name', 'archiveNo', 'lastContact'] as const;
const columns = '150px minmax(140px, 1.4fr) 120px 110px 140px 100px minmax(190px, 1fr)';

/** The element the search box renders, so Ctrl+K anywhere in the app can focus it. */
export const SEARCH_INPUT_ID = 'customer-search';

interface Props {
  filters: ListFilters;
  onFilters: (filters: ListFilters) => void;
  onOpen: (id: number) => void;
}

/**
 * One search box over the archive with filters and sort, and a virtualised list as long as the number
 * of matching files: only the rows on screen are in the DOM and only their pages of 100 are fetched,
 * so 100,000 files scroll (or jump) as smoothly as 100.
 */
export function CustomerList({ filters, onFilters, onOpen }: Props) {
  const { t } = useTranslation();
  const staff = useStaff();
  const [query] = useDebouncedValue(filters.query, 200);
  const input = { ...filters, query: (query ?? '').trim() };
  // Page 0 says how many files match; the list is that long, and each page of 100 is asked for when
  // it scrolls into view, so dragging the scrollbar to file 90,000 fetches only the pages shown there.
  const pageQuery = (page: number) => ({
    queryKey: ['customers.search', 'list', input, page],
    queryFn: () => call('customers.search', { ...input, offset: page * PAGE, limit: PAGE }),
    staleTime: 30_000,
  });
  const firstPage = useQuery({ ...pageQuery(0), placeholderData: keepPreviousData });
  const first = firstPage.data;
  const total = first?.total ?? 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const shownPages = [...new Set(items.map((item) => Math.floor(item.index / PAGE)))].filter((page) => page > 0);
  const laterPages = useQueries({ queries: shownPages.map(pageQuery) });
  const pageRows = new Map<number, CustomerRow[] | undefined>([[0, first?.rows], ...shownPages.map((page, i) => [page, laterPages[i]?.data?.rows] as const)]);
  const rowAt = (index: number) => pageRows.get(Math.floor(index / PAGE))?.[index % PAGE];
  const fetching = firstPage.isFetching || laterPages.some((q) => q.isFetching);
  const error = firstPage.error ?? laterPages.find((q) => q.error)?.error ?? null;

  const set = (patch: Partial<ListFilters>) => onFilters({ ...filters, ...patch });
  const focusRow = (index: number) => {
    if (index < 0) return document.getElementById(SEARCH_INPUT_ID)?.focus();
    if (index >= total) return;
    virtualizer.scrollToIndex(index);
    // The row may still be loading: try for a few frames.
    const focus = (tries: number) => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
      if (row) row.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(30));
  };
  const onRowKey = (event: KeyboardEvent, index: number, row: CustomerRow) => {
    if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else if (event.key === 'Enter') onOpen(row.id);
    else return;
    event.preventDefault();
  };
  const option = (group: string) => (value: string) => ({ value, label: t(`customers.vocab.${group}.${value}`) });

  return (
    <Stack gap="sm">
      <TextInput
        id={SEARCH_INPUT_ID}
        aria-label={t('customers.search.label')}
        placeholder={t('customers.search.placeholder')}
        value={filters.query ?? ''}
        onChange={(event) => set({ query: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            focusRow(0);
          } else if (event.key === 'Enter' && rowAt(0)) onOpen(rowAt(0)!.id);
        }}
        data-autofocus
        size="md"
        autoComplete="off"
      />
      <Group gap="xs" align="flex-end" role="group" aria-label={t('customers.search.filters')}>
        <Select size="xs" w={120} label={t('customers.search.category')} clearable data={categories.map(option('category'))} value={filters.category ?? null} onChange={(v) => set({ category: (v as ListFilters['category']) ?? undefined })} />
        <Select size="xs" w={130} label={t('customers.search.grade')} clearable data={grades.map(option('grade'))} value={filters.grade ?? null} onChange={(v) => set({ grade: (v as ListFilters['grade']) ?? undefined })} />
        <Select
          size="xs"
          w={130}
          label={t('customers.search.owner')}
          clearable
          searchable
          data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.displayName }))}
          value={filters.ownerId ? String(filters.ownerId) : null}
          onChange={(v) => set({ ownerId: v ? Number(v) : undefined })}
        />
        <TextInput size="xs" w={110} label={t('customers.search.region')} value={filters.region ?? ''} onChange={(event) => set({ region: event.currentTarget.value || undefined })} />
        <Select size="xs" w={100} label={t('customers.search.secrecy')} clearable data={secrecyLevels.map(option('secrecy'))} value={filters.secrecy ?? null} onChange={(v) => set({ secrecy: (v as ListFilters['secrecy']) ?? undefined })} />
        <Select size="xs" w={100} label={t('customers.search.status')} allowDeselect={false} data={customerStatuses.map(option('status'))} value={filters.status} onChange={(v) => set({ status: (v as ListFilters['status']) ?? 'active' })} />
        <Select
          size="xs"
          w={120}
          label={t('customers.search.sort')}
          clearable
          data={sorts.map((s) => ({ value: s, label: t(`customers.search.sorts.${s}`) }))}
          value={filters.sort ?? null}
          onChange={(v) => set({ sort: (v as ListFilters['sort']) ?? undefined })}
        />
        <Checkbox size="xs" mb={6} label={t('customers.search.overdueOnly')} checked={!!filters.overdue} onChange={(event) => set({ overdue: event.currentTarget.checked || undefined })} />
        <Button size="xs" variant="subtle" onClick={() => onFilters({ ...emptyFilters, query: filters.query })}>
          {t('customers.search.clear')}
        </Button>
      </Group>
      <Group justify="space-between" h={20}>
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {first && (first.capped ? t('customers.search.totalCapped', { count: first.total }) : t('customers.search.total', { count: first.total }))}
        </Text>
        {fetching && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <ErrorNotice error={error} />
      <Paper withBorder role="table" aria-label={t('customers.list.label')} aria-rowcount={first ? first.total + 1 : undefined}>
        <Box role="rowgroup" bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Box role="row" px="sm" py={6} style={{ display: 'grid', gridTemplateColumns: columns, gap: 8 }}>
            {(['archiveNo', 'name', 'phone', 'plate', 'category', 'owner', 'followUp'] as const).map((key) => (
              <Text key={key} role="columnheader" size="xs" fw={600} c="dimmed">
                {t(`customers.list.${key}`)}
              </Text>
            ))}
          </Box>
        </Box>
        <Box ref={scrollRef} role="rowgroup" style={{ height: 'calc(100vh - 330px)', minHeight: 240, overflowY: 'auto' }}>
          {first && total === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="xl">
              {t('customers.search.none')}
            </Text>
          )}
          <Box style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              const style = { position: 'absolute', top: 0, left: 0, width: '100%', height: item.size, transform: `translateY(${item.start}px)` } as const;
              if (!row) {
                return (
                  <Group key={`pending-${item.index}`} style={style} px="sm" aria-hidden>
                    <Loader size="xs" type="dots" />
                  </Group>
                );
              }
              return (
                <Box
                  key={row.id}
                  role="row"
                  tabIndex={0}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className="kd-list-row"
                  px="sm"
                  onClick={() => onOpen(row.id)}
                  onKeyDown={(event) => onRowKey(event, item.index, row)}
                  style={{ ...style, display: 'grid', gridTemplateColumns: columns, gap: 8, alignItems: 'center', cursor: 'pointer', borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Text role="cell" size="sm" ff="monospace">
                    {row.archiveNo}
                  </Text>
                  <Group role="cell" gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {row.name}
                    </Text>
                    {row.kind === 'company' && (
                      <Badge size="xs" variant="outline">
                        {t('customers.vocab.kind.company')}
                      </Badge>
                    )}
                    {row.secrecy !== 'normal' && (
                      <Badge size="xs" color="red" variant="light">
                        {t(`customers.vocab.secrecy.${row.secrecy}`)}
                      </Badge>
                    )}
                  </Group>
                  <Text role="cell" size="sm" ff="monospace">
                    {row.phone ?? ''}
                  </Text>
                  <Text role="cell" size="sm">
                    {row.plate ?? ''}
                  </Text>
                  <Text role="cell" size="sm">
                    {t(`customers.vocab.category.${row.category}`)}
                    {row.grade ? ` · ${row.grade}` : ''}
                  </Text>
                  <Text role="cell" size="sm" truncate>
                    {row.ownerName ?? ''}
                  </Text>
                  <Group role="cell" gap={4} wrap="nowrap">
                    <FollowUpBadge followUp={row.followUp} />
                    {row.stale && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('customers.list.stale')}
                      </Badge>
                    )}
                  </Group>
                </Box>
              );
            })}
          </Box>
        </Box>
      </Paper>
    </Stack>
  );
}
