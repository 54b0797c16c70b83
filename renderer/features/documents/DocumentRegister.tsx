import { useState } from 'react';
import { Badge, Button, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { documentKindLabels, documentKinds, type DocumentKind, type DocumentRecord, type DocumentState } from '../../../shared/documents/documentTypes';
import { channelKey } from '../../api/queryKey';
import { useKedangQuery } from '../../api/useKedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { formatTime } from '../loans/useLoanFormat';
import { usePrint } from './PrintDialog';
import { reprintOrder } from './reprintOrder';

const PAGE_SIZE = 20;
const stateColors: Record<DocumentState, string> = { printing: 'blue', printed: 'green', void: 'gray' };
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 打印登记: every document the archive began to print, newest first, by kind, file and day; 重印 makes a 副本. */
export function DocumentRegister({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [archiveNo, setArchiveNo] = useState('');
  const [period, setPeriod] = useState<[string | null, string | null]>([null, null]);
  const [page, setPage] = useState(1);
  const [file] = useDebouncedValue(archiveNo.trim(), 300);
  const input = {
    ...(kind ? { kind } : {}),
    ...(file ? { archiveNo: file } : {}),
    ...(period[0] ? { from: dayjs(period[0]).format('YYYY-MM-DD') } : {}),
    ...(period[1] ? { to: dayjs(period[1]).format('YYYY-MM-DD') } : {}),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
  const list = useKedangQuery('documents.list', input, { placeholderData: keepPreviousData, staleTime: 0 });
  // A reprint adds a line: the register shows it once the print dialog closes.
  const printer = usePrint(() => void queryClient.invalidateQueries({ queryKey: channelKey('documents.list') }));
  const reprint = (record: DocumentRecord, start: NonNullable<ReturnType<typeof reprintOrder>>) =>
    printer.print({ title: t('documents.register.reprintTitle', { title: documentKindLabels[record.kind][locale], serial: record.serial }), start });

  const filtersChanged = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  const records = list.data?.records ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('documents.register.kind')}
          placeholder={t('documents.register.allKinds')}
          w={220}
          clearable
          data={documentKinds.map((k) => ({ value: k, label: documentKindLabels[k][locale] }))}
          value={kind}
          onChange={filtersChanged((value: string | null) => setKind(documentKinds.find((k) => k === value) ?? null))}
        />
        <TextInput label={t('documents.register.archiveNo')} w={180} value={archiveNo} onChange={(event) => filtersChanged(setArchiveNo)(event.currentTarget.value)} />
        <DatePickerInput type="range" label={t('documents.register.period')} w={240} clearable allowSingleDateInRange valueFormat="YYYY-MM-DD" value={period} onChange={filtersChanged(setPeriod)} />
        <Button
          variant="default"
          onClick={() => {
            setKind(null);
            setArchiveNo('');
            setPeriod([null, null]);
            setPage(1);
          }}
        >
          {t('documents.register.clear')}
        </Button>
      </Group>
      <ErrorNotice error={list.error} />
      {list.isPending && !list.error ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('documents.register.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={nowrap}>{t('documents.register.serial')}</Table.Th>
                <Table.Th>{t('documents.register.title')}</Table.Th>
                <Table.Th>{t('documents.register.file')}</Table.Th>
                <Table.Th style={nowrap}>{t('documents.register.by')}</Table.Th>
                <Table.Th style={nowrap}>{t('documents.register.at')}</Table.Th>
                <Table.Th style={nowrap}>{t('documents.register.pages')}</Table.Th>
                <Table.Th style={nowrap}>{t('documents.register.state')}</Table.Th>
                <Table.Th style={nowrap}>{t('documents.register.copyOf')}</Table.Th>
                <Table.Th style={nowrap}>{t('documents.register.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={9}>
                    <Text size="sm" c="dimmed" ta="center" py="sm">
                      {t('documents.register.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {records.map((record) => {
                const start = reprintOrder(record, user.permissions);
                return (
                  <Table.Tr key={record.serial}>
                    <Table.Td ff="monospace" style={nowrap}>
                      {record.serial}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{documentKindLabels[record.kind][locale]}</Text>
                      {record.subject && (
                        <Text size="xs" c="dimmed" lineClamp={1} title={record.subject}>
                          {record.subject}
                        </Text>
                      )}
                      {record.unmasked && (
                        <Badge size="xs" color="orange" variant="light" tt="none">
                          {t('documents.register.unmasked')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {record.archiveNo && (
                        <Text size="sm" style={nowrap}>
                          <Text span ff="monospace" size="sm">
                            {record.archiveNo}
                          </Text>{' '}
                          {record.name ?? ''}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={nowrap}>{record.printedByName}</Table.Td>
                    <Table.Td style={nowrap}>{formatTime(record.printedAt)}</Table.Td>
                    <Table.Td>{record.pages ?? ''}</Table.Td>
                    <Table.Td style={nowrap}>
                      <Badge color={stateColors[record.state]} variant="light" tt="none">
                        {t(`documents.register.states.${record.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ff="monospace" style={nowrap}>
                      {record.reprintOf ?? ''}
                    </Table.Td>
                    <Table.Td>
                      {start && (
                        <Button size="compact-xs" variant="light" onClick={() => reprint(record, start)} aria-label={t('documents.register.reprintOf', { serial: record.serial })}>
                          {t('documents.register.reprint')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > PAGE_SIZE && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('documents.register.range', { from: (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + records.length, total })}
          </Text>
          <Pagination size="sm" total={pages} value={page} onChange={setPage} aria-label={t('documents.register.pagesNav')} />
        </Group>
      )}
      {printer.dialog}
    </Stack>
  );
}
