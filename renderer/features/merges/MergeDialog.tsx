import { useState } from 'react';
import { Alert, Button, Center, Loader, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DuplicatePair } from '../../../shared/duplicates/duplicateTypes';
import type { MergeChoices, MergeField, MergeFileView, MergePreview, MergeSide } from '../../../shared/merges/mergeTypes';
import { AppDialog, DialogBody, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useMergeCommand, useMergePreview } from './mergeQueries';

interface Props {
  opened: boolean;
  pair: DuplicatePair | null;
  onClose: () => void;
  onRequested: () => void;
}

/** 合并档案: both files side by side; for each field that differs, which file's value the survivor keeps. */
export function MergeDialog({ opened, pair, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={t('merges.dialog.title')} size="62rem">
      {pair && <MergeForm pair={pair} onRequested={onRequested} />}
    </AppDialog>
  );
}

/** Coded values (gender, source, category) in words; the rest as stored, phones and ID numbers already masked. */
function shownValue(t: TFunction, field: MergeField, value: string | null): string {
  if (value === null || value === '') return t('merges.dialog.empty');
  if (field === 'gender') return t(`customers.vocab.gender.${value}`);
  if (field === 'sourceChannel') return t(`customers.vocab.sourceChannel.${value}`);
  if (field === 'category') {
    const [category, grade] = value.split(':');
    return grade ? `${t(`customers.vocab.category.${category}`)} · ${t(`customers.vocab.grade.${grade}`)}` : t(`customers.vocab.category.${category}`);
  }
  return value;
}

function suggested(preview: MergePreview): MergeChoices {
  const choices: MergeChoices = {};
  for (const field of preview.differing) {
    const mine = preview.survivor.values[field];
    const theirs = preview.merged.values[field];
    choices[field] = (mine === null || mine === '') && theirs !== null && theirs !== '' ? 'merged' : 'survivor';
  }
  return choices;
}

function MergeForm({ pair, onRequested }: { pair: DuplicatePair; onRequested: () => void }) {
  const { t } = useTranslation();
  // The older file survives unless the user says otherwise.
  const [survivorId, setSurvivorId] = useState(pair.a.id);
  const mergedId = survivorId === pair.a.id ? pair.b.id : pair.a.id;
  const preview = useMergePreview(survivorId, mergedId);
  if (preview.error) {
    return (
      <DialogBody>
        <ErrorNotice error={preview.error} />
      </DialogBody>
    );
  }
  if (!preview.data) {
    return (
      <DialogBody>
        <Center py="xl">
          <Loader size="sm" aria-label={t('merges.dialog.loading')} />
        </Center>
      </DialogBody>
    );
  }
  return <Picker key={survivorId} preview={preview.data} onSwap={() => setSurvivorId(mergedId)} onRequested={onRequested} />;
}

function FileHeading({ file, label }: { file: MergeFileView; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} ff="monospace">
        {file.archiveNo}
      </Text>
      <Text size="xs" c="dimmed">
        {t('merges.dialog.phones')}：{file.phones.join('、') || t('merges.dialog.empty')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('merges.dialog.recordCounts', file.records)}
      </Text>
    </Stack>
  );
}

function Picker({ preview, onSwap, onRequested }: { preview: MergePreview; onSwap: () => void; onRequested: () => void }) {
  const { t } = useTranslation();
  const request = useMergeCommand('merges.request');
  const [choices, setChoices] = useState<MergeChoices>(() => suggested(preview));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { survivor, merged } = preview;
  useUnsavedChangesGuard(() => reason.trim() !== '');

  const submit = () => {
    if (!reason.trim()) {
      setReasonError(t('fieldIssues.required'));
      return;
    }
    request.mutate(
      { survivorId: survivor.id, mergedId: merged.id, choices, reason: reason.trim() },
      {
        onSuccess: (merge) => {
          notifications.show({ color: 'green', message: t('merges.dialog.requested', { id: merge.id }) });
          onRequested();
        },
      },
    );
  };

  return (
    <DialogForm
      onSubmit={(event) => {
        event?.preventDefault();
        submit();
      }}
      saving={request.isPending}
      error={request.error}
      disabled={preview.blocked !== null}
      submitLabel={t('merges.dialog.submit')}
    >
      <Text size="sm">{t('merges.dialog.intro')}</Text>
      {preview.blocked && (
        <Alert color="orange" variant="light">
          {t(`errors.${preview.blocked}`)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing={4}>
        <Text size="sm" fw={600} visibleFrom="sm">
          {t('merges.dialog.field')}
        </Text>
        <FileHeading file={survivor} label={t('merges.dialog.survivor')} />
        <Stack gap={2}>
          <FileHeading file={merged} label={t('merges.dialog.merged')} />
          <Button size="compact-xs" variant="subtle" onClick={onSwap} style={{ alignSelf: 'flex-start' }}>
            {t('merges.dialog.swap', { archiveNo: merged.archiveNo })}
          </Button>
        </Stack>
      </SimpleGrid>
      {preview.differing.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('merges.dialog.same')}
        </Text>
      )}
      {preview.differing.map((field) => {
        const side = choices[field] ?? 'survivor';
        const pick = (next: MergeSide) => setChoices((c) => ({ ...c, [field]: next }));
        const label = t('merges.dialog.pick', { field: t(`merges.fields.${field}`) });
        // Native radios sharing a name: arrow keys move between the two files' values.
        return (
          <SimpleGrid key={field} role="radiogroup" aria-label={label} cols={3} spacing="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 6 }}>
            <Text size="sm" fw={500}>
              {t(`merges.fields.${field}`)}
            </Text>
            {(['survivor', 'merged'] as const).map((s) => (
              <Radio
                key={s}
                name={`merge-${field}`}
                value={s}
                checked={side === s}
                onChange={() => pick(s)}
                label={shownValue(t, field, (s === 'survivor' ? survivor : merged).values[field])}
                styles={{ label: { wordBreak: 'break-word' } }}
              />
            ))}
          </SimpleGrid>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('merges.dialog.secrecy', { level: t(`customers.vocab.secrecy.${preview.secrecy}`) })}
      </Text>
      <Textarea
        label={t('merges.dialog.reason')}
        placeholder={t('merges.dialog.reasonPlaceholder')}
        required
        autosize
        minRows={2}
        maxLength={300}
        value={reason}
        error={reasonError}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setReasonError(null);
        }}
      />
      <Text size="xs" c="dimmed">
        {t('merges.dialog.signers')}
      </Text>
    </DialogForm>
  );
}
