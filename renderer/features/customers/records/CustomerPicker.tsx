import { useState, type ReactNode } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../shared/customers/customerTypes';
import { mandatory } from '../../../forms/mandatory';
import { useCustomerSearch } from '../customerQueries';

export type PickedCustomer = Pick<CustomerRow, 'id' | 'archiveNo' | 'name'>;

const optionLabel = (row: PickedCustomer) => `${row.archiveNo} ${row.name}`;

/** One searchable box over the files the user may see; the search itself runs in core (pinyin, phone digits, plates). */
export function CustomerPicker({ label, value, onChange, excludeId, error, autoFocus }: { label: string; value: PickedCustomer | null; onChange: (row: PickedCustomer | null) => void; excludeId: number; error?: ReactNode; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  // Once a file is picked the box shows its label; that text is not a new search.
  const query = value && debounced === optionLabel(value) ? '' : debounced.trim().slice(0, 60);
  const results = useCustomerSearch(query);
  const rows: PickedCustomer[] = (results.data?.rows ?? []).filter((row) => row.id !== excludeId && row.id !== value?.id);
  const options = [...(value ? [value] : []), ...rows];

  return (
    <Select
      label={label}
      {...mandatory}
      searchable
      clearable
      data-autofocus={autoFocus || undefined}
      placeholder={t('customerRecords.transfer.toPlaceholder')}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      // The search runs in core; the list shows its answer unfiltered.
      filter={({ options: all }) => all}
      nothingFoundMessage={query && results.isSuccess ? t('customerRecords.transfer.noMatches') : undefined}
      data={options.map((row) => ({ value: String(row.id), label: optionLabel(row) }))}
      onChange={(id) => onChange(options.find((row) => String(row.id) === id) ?? null)}
      error={error}
    />
  );
}
