import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/kedang';
import { channelKey } from '../../api/queryKey';
import { usePrint } from './PrintDialog';

/** 档案目录: files by region and archive-number range with where the paper is kept, bound 50 to a batch. */
export function ArchiveIndexPrint() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const printer = usePrint(() => void queryClient.invalidateQueries({ queryKey: channelKey('documents.list') }));
  const [region, setRegion] = useState('');
  const [fromNo, setFromNo] = useState('');
  const [toNo, setToNo] = useState('');
  const print = () => {
    const chosen = { region: region.trim(), fromNo: fromNo.trim().toUpperCase(), toNo: toNo.trim().toUpperCase() };
    const range = chosen.fromNo || chosen.toNo ? `${chosen.fromNo || '…'}–${chosen.toNo || '…'}` : '';
    const subject = [chosen.region, range].filter(Boolean).join(' ') || t('documents.index.all');
    const input = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== ''));
    printer.print({ title: t('documents.index.title', { subject }), start: () => call('documents.printIndex', input) });
  };
  return (
    <Stack maw={760}>
      <Text size="sm">{t('documents.index.intro')}</Text>
      <form
        noValidate
        aria-label={t('documents.page.tabs.index')}
        onSubmit={(event) => {
          event.preventDefault();
          print();
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput label={t('documents.index.region')} placeholder={t('documents.index.regionPlaceholder')} w={160} maxLength={60} value={region} onChange={(event) => setRegion(event.currentTarget.value)} />
          <TextInput label={t('documents.index.fromNo')} w={180} maxLength={40} value={fromNo} onChange={(event) => setFromNo(event.currentTarget.value)} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          <TextInput label={t('documents.index.toNo')} w={180} maxLength={40} value={toNo} onChange={(event) => setToNo(event.currentTarget.value)} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          <Button type="submit">{t('documents.index.print')}</Button>
        </Group>
      </form>
      {printer.dialog}
    </Stack>
  );
}
