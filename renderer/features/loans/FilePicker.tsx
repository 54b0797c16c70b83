import { useState } from 'react';
import { Badge, CloseButton, Group, Input, Paper, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/customers/customerTypes';
import { SecrecyBadge } from './LoanBadges';
import { useCustomerSearch } from '../customers/customerQueries';

export type PickedFile = Pick<CustomerRow, 'id' | 'archiveNo' | 'name' | 'secrecy'>;

/** One search box over the files the caller may see; every pick becomes a chip with its archive number and level. */
export function FilePicker({ value, onChange, error }: { value: PickedFile[]; onChange: (files: PickedFile[]) => void; error?: ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useCustomerSearch(debounced);
  const rows = (results.data?.rows ?? []).filter((row) => !value.some((file) => file.id === row.id));

  return (
    <Input.Wrapper label={t('loans.form.files')} withAsterisk error={error}>
      <Stack gap="xs" mt={4}>
        <Select
          aria-label={t('loans.form.filesSearch')}
          placeholder={t('loans.form.filesSearchPlaceholder')}
          searchable
          value={null}
          searchValue={search}
          onSearchChange={setSearch}
          // The search runs in core (pinyin, phone digits, plates); the list shows its answer unfiltered.
          filter={({ options }) => options}
          nothingFoundMessage={debounced.trim() && results.isSuccess ? t('loans.form.noMatches') : undefined}
          data={rows.map((row) => ({ value: String(row.id), label: `${row.archiveNo} ${row.name} · ${t(`loans.secrecy.${row.secrecy}`)}` }))}
          onChange={(id) => {
            const row = rows.find((candidate) => String(candidate.id) === id);
            if (row) onChange([...value, { id: row.id, archiveNo: row.archiveNo, name: row.name, secrecy: row.secrecy }]);
            setSearch('');
          }}
        />
        <Paper withBorder p="xs" mih={42}>
          {value.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('loans.form.filesEmpty')}
            </Text>
          ) : (
            <Group gap="xs" role="list" aria-label={t('loans.form.files')}>
              {value.map((file) => (
                <Badge
                  key={file.id}
                  role="listitem"
                  size="lg"
                  variant="light"
                  color="gray"
                  tt="none"
                  fw={500}
                  pr={3}
                  rightSection={
                    <CloseButton size="xs" aria-label={t('loans.form.removeFile', { name: file.name })} onClick={() => onChange(value.filter((f) => f.id !== file.id))} />
                  }
                >
                  <Group gap={6} wrap="nowrap">
                    <Text span size="sm" ff="monospace">
                      {file.archiveNo}
                    </Text>
                    <Text span size="sm">
                      {file.name}
                    </Text>
                    <SecrecyBadge level={file.secrecy} size="xs" />
                  </Group>
                </Badge>
              ))}
            </Group>
          )}
        </Paper>
      </Stack>
    </Input.Wrapper>
  );
}
