import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { KedangError } from '../../../shared/contract/errors';
import { channelKey } from '../../api/queryKey';
import { Alert, Badge, Button, Group, Loader, Progress, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DuplicateFile, DuplicatePair } from '../../../shared/duplicates/duplicateTypes';
import { openConfirm } from '../../dialogs/confirm';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice, errorText } from '../../forms/ErrorNotice';
import { call } from '../../api/kedang';
import { useSession } from '../../api/session';
import { MergeDialog } from '../merges/MergeDialog';
import { formatTime } from '../loans/useLoanFormat';
import { useDismissPair, useDuplicatePairs, useDuplicateStatus, useRunCheck } from './duplicateQueries';
import { useJobProgress, type JobWatch } from './useJobProgress';

interface Props {
  /** The check whose results are shown (kept in the address, so a tab switch or reload finds it again). */
  checkJob: string | null;
  onCheckStarted: (jobId: string) => void;
  onMergeRequested: () => void;
}

/** 查重: when the archive was last checked, the monthly reminder, running a check, and the pairs it found. */
export function DuplicatesPanel({ checkJob, onCheckStarted, onMergeRequested }: Props) {
  const { t } = useTranslation();
  const status = useDuplicateStatus();
  const run = useRunCheck();
  const watch = useJobProgress(checkJob);
  const merging = useDialogState<DuplicatePair>();
  const running = run.isPending || watch.state === 'running';
  // The store's monthly check covers every file: only those who see every file are reminded of it.
  const runsStoreCheck = !!useSession()?.permissions.includes('customer.readAll');
  const queryClient = useQueryClient();
  useEffect(() => {
    if (watch.state === 'succeeded') void queryClient.invalidateQueries({ queryKey: channelKey('duplicates.status') });
  }, [watch.state, queryClient]);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('duplicates.intro')}
      </Text>
      {status.error ? <ErrorNotice error={status.error} /> : null}
      {status.data && (
        <Stack gap={4}>
          <Text size="sm">
            {status.data.last
              ? t('duplicates.last', { at: formatTime(status.data.last.at), by: status.data.last.byName, scanned: status.data.last.scanned, pairs: status.data.last.pairs })
              : t('duplicates.never')}
          </Text>
          {!runsStoreCheck ? null : status.data.due ? (
            <Alert color="orange" variant="light" role="status">
              {t('duplicates.due')}
            </Alert>
          ) : (
            status.data.dueAt && (
              <Text size="sm" c="dimmed">
                {t('duplicates.nextDue', { at: formatTime(status.data.dueAt) })}
              </Text>
            )
          )}
        </Stack>
      )}
      <Group gap="sm">
        <Button
          onClick={() => run.mutate({}, { onSuccess: (job) => onCheckStarted(job.jobId), onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) })}
          loading={running}
          disabled={running}
        >
          {t('duplicates.run')}
        </Button>
        {watch.state === 'running' && checkJob && (
          <Button variant="default" onClick={() => void call('jobs.cancel', { jobId: checkJob })}>
            {t('duplicates.cancel')}
          </Button>
        )}
      </Group>
      <CheckProgress watch={watch} />
      {checkJob && watch.state === 'succeeded' ? (
        <PairsTable jobId={checkJob} onMerge={merging.open} />
      ) : (
        watch.state === 'unknown' && (
          <Text size="sm" c="dimmed">
            {t('duplicates.notRun')}
          </Text>
        )
      )}
      <MergeDialog
        opened={merging.opened}
        pair={merging.value}
        onClose={merging.close}
        onRequested={() => {
          merging.close();
          onMergeRequested();
        }}
      />
    </Stack>
  );
}

function CheckProgress({ watch }: { watch: JobWatch }) {
  const { t } = useTranslation();
  if (watch.state === 'failed') return <ErrorNotice error={watch.error ? KedangError.fromPayload(watch.error) : null} />;
  if (watch.state === 'cancelled') return <Text size="sm">{t('duplicates.cancelled')}</Text>;
  if (watch.state !== 'running') return null;
  const p = watch.progress;
  const total = p?.total ?? null;
  const value = p && total ? Math.round((p.done / total) * 100) : 0;
  const phase = p?.phase === 'compare' ? t('duplicates.phases.compare') : t('duplicates.phases.read');
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{p && total ? t('duplicates.progress', { phase, done: p.done, total }) : t('duplicates.running')}</Text>
      <Progress value={value} animated={!p} aria-label={t('duplicates.running')} />
    </Stack>
  );
}

function fileText(f: DuplicateFile) {
  return `${f.archiveNo} ${f.name}`;
}

function FileCell({ file }: { file: DuplicateFile }) {
  return (
    <Text size="sm">
      <Text span ff="monospace" size="sm">
        {file.archiveNo}
      </Text>{' '}
      {file.name}
      {file.phone && (
        <Text span size="xs" c="dimmed">
          {' '}
          {file.phone}
        </Text>
      )}
      {file.ownerName && (
        <Text span size="xs" c="dimmed">
          {' '}
          · {file.ownerName}
        </Text>
      )}
    </Text>
  );
}

function scoreColor(score: number) {
  return score >= 80 ? 'red' : score >= 50 ? 'orange' : 'gray';
}

function PairsTable({ jobId, onMerge }: { jobId: string; onMerge: (pair: DuplicatePair) => void }) {
  const { t } = useTranslation();
  const result = useDuplicatePairs(jobId);
  const dismiss = useDismissPair();
  const reason = useRef('');

  const askDismiss = (pair: DuplicatePair) => {
    reason.current = '';
    const names = { a: pair.a.archiveNo, b: pair.b.archiveNo };
    openConfirm({
      title: t('duplicates.dismissTitle'),
      message: (
        <Stack gap="xs">
          <Text size="sm">{t('duplicates.dismissBody', names)}</Text>
          <Textarea label={t('duplicates.dismissReason')} maxLength={200} autosize minRows={2} onChange={(event) => (reason.current = event.currentTarget.value)} />
        </Stack>
      ),
      confirmLabel: t('duplicates.dismissConfirm'),
      onConfirm: async () => {
        await dismiss.mutateAsync({ customerIds: [pair.a.id, pair.b.id], reason: reason.current });
        notifications.show({ color: 'green', message: t('duplicates.dismissed', names) });
      },
    });
  };

  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const { pairs } = result.data;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {pairs.length ? t('duplicates.found', { count: pairs.length, scanned: result.data.scanned }) : t('duplicates.none')}
      </Text>
      {result.data.crowdedValues > 0 && (
        <Text size="xs" c="dimmed">
          {t('duplicates.crowded', { count: result.data.crowdedValues })}
        </Text>
      )}
      {pairs.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('duplicates.table.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('duplicates.table.files')}</Table.Th>
                <Table.Th>{t('duplicates.table.score')}</Table.Th>
                <Table.Th>{t('duplicates.table.reasons')}</Table.Th>
                <Table.Th>{t('duplicates.table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairs.map((pair) => (
                <Table.Tr key={`${pair.a.id}-${pair.b.id}`}>
                  <Table.Td>
                    <FileCell file={pair.a} />
                    <FileCell file={pair.b} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={scoreColor(pair.score)} variant="light">
                      {pair.score}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {pair.reasons.map((r) => (
                        <Badge key={r} variant="outline" color={r === 'idNumberDiffers' ? 'gray' : 'indigo'} tt="none">
                          {t(`duplicates.reasons.${r}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" onClick={() => onMerge(pair)} aria-label={t('duplicates.mergeOf', { a: fileText(pair.a), b: fileText(pair.b) })}>
                        {t('duplicates.merge')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => askDismiss(pair)} aria-label={t('duplicates.dismissOf', { a: fileText(pair.a), b: fileText(pair.b) })}>
                        {t('duplicates.dismiss')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
