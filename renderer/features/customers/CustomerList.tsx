import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Badge, Box, Button, Checkbox, Group, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/customers/customerTypes';
import { categories, grades, secrecyLevels, customerStatuses } from '../../../shared/customers/vocabularies';
import { useKedangQueries, useKedangQuery } from '../../api/useKedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useStaff } from './customerQueries';
import { FollowUpBadge } from './CustomerBadges';
import { emptyFilters, listSorts as sorts, type ListFilters } from './customerSearch';

const PAGE = 100;
const ROW_HEIGHT = 48;
const columns = '150px minmax(140px, 1.4fr) 120px 110px 140px 100px minmax(190px, 1fr)';
/** A match on the name or the archive number shows in the row itself; these say what else was matched. */
const shownMatches: ReadonlyArray<NonNullable<CustomerRow['matched']>['field']> = ['phone', 'plate', 'vin', 'pinyin'];

/** The element the search box renders, so Ctrl+K anywhere in the app can focus it. */
export const SEARCH_INPUT_ID = 'customer-search';

interface Props {
  filters: ListFilters;
  onFilters: (filters: ListFilters) => void;
  /** Opens a file; `query` is what the search box holds, which the address may not have caught up with. */
  onOpen: (id: number, query: string) => void;
  /** False while a card covers the list: nothing typed earlier may navigate away from the card. */
  active: boolean;
}

/**
 * One search box over the archive with filters and sort, and a virtualised list as long as the number
 * of matching files: only the rows on screen are in the DOM and only their pages of 100 are fetched,
 * so 100,000 files scroll (or jump) as smoothly as 100.
 */
export function CustomerList({ filters, onFilters, onOpen: openFile, active }: Props) {
  const { t } = useTranslation();
  const staff = useStaff();
  // The box answers every keystroke; the address (and so the search) follows 200 ms after typing stops.
  const [text, setText] = useState(filters.query ?? '');
  const [typed] = useDebouncedValue(text, 200);
  const current = filters.query ?? '';
  const onOpen = (id: number) => openFile(id, text);
  useEffect(() => {
    if (active && typed !== current) onFilters({ ...filters, query: typed });
    // Only a settled change of what was typed writes the address.
  }, [typed]);
  useEffect(() => {
    // The address changed by itself (back, a link, 清除筛选 elsewhere): the box shows it.
    if (current !== typed) setText(current);
  }, [current]);
  const input = { ...filters, query: current.trim() };
  // Page 0 says how many files match; the list is that long, and each page of 100 is asked for when
  // it scrolls into view, so dragging the scrollbar to file 90,000 fetches only the pages shown there.
  const pageInput = (page: number) => ({ ...input, offset: page * PAGE, limit: PAGE });
  const firstPage = useKedangQuery('customers.search', pageInput(0), { staleTime: 30_000, placeholderData: keepPreviousData });
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
  const laterPages = useKedangQueries('customers.search', shownPages.map(pageInput), { staleTime: 30_000 });
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
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
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
                  <Stack role="cell" gap={0} style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate>
                        {row.name}
                      </Text>
                      {/* The name gives way, never the badges: 单位 and 秘密 are read whole. */}
                      {row.kind === 'company' && (
                        <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
                          {t('customers.vocab.kind.company')}
                        </Badge>
                      )}
                      {row.secrecy !== 'normal' && (
                        <Badge size="xs" color="red" variant="light" style={{ flexShrink: 0 }}>
                          {t(`customers.vocab.secrecy.${row.secrecy}`)}
                        </Badge>
                      )}
                    </Group>
                    {/* Why the search found it, where the row does not already show it (another phone, a second car). */}
                    {row.matched && shownMatches.includes(row.matched.field) && (
                      <Text size="xs" c="dimmed" truncate>
                        {t(`customers.list.matched.${row.matched.field}`, { value: row.matched.value })}
                      </Text>
                    )}
                  </Stack>
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
                  <Group role="cell" gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
                    <FollowUpBadge followUp={row.followUp} />
                    {row.stale && (
                      <Badge size="xs" color="gray" variant="light" style={{ flexShrink: 0 }}>
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
