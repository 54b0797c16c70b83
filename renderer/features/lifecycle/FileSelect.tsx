import { useState, type ReactNode } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { mandatory } from '../../forms/mandatory';
import { useCustomerSearch } from '../customers/customerQueries';

/** A file the user names by archive number (or name, phone …): the one search box core answers, one pick. */
export interface PickedFile {
  customerId: number;
  archiveNo: string;
  name: string;
}

interface Props {
  label: string;
  value: PickedFile | null;
  onChange: (file: PickedFile | null) => void;
  error?: ReactNode;
}

export function FileSelect({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useCustomerSearch(debounced);
  const rows = (results.data?.rows ?? []).map((row) => ({ customerId: row.id, archiveNo: row.archiveNo, name: row.name }));
  // The picked file stays an option while the search box shows something else.
  const options = value && !rows.some((row) => row.customerId === value.customerId) ? [value, ...rows] : rows;
  return (
    <Select
      label={label}
      placeholder={t('lifecycle.fileSelect.placeholder')}
      {...mandatory}
      searchable
      data-autofocus
      searchValue={search}
      onSearchChange={setSearch}
      // The search runs in core (pinyin, phone digits, archive numbers); the list shows its answer unfiltered.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.trim() && results.isSuccess ? t('lifecycle.fileSelect.noMatches') : undefined}
      data={options.map((row) => ({ value: String(row.customerId), label: `${row.archiveNo} ${row.name}` }))}
      value={value ? String(value.customerId) : null}
      onChange={(id) => onChange(options.find((row) => String(row.customerId) === id) ?? null)}
      error={error}
    />
  );
}
