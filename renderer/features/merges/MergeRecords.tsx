import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MergeStatus, MergeView } from '../../../shared/merges/mergeTypes';
import { openConfirm } from '../../dialogs/confirm';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { formatTime } from '../loans/useLoanFormat';
import { MergeDecideDialog } from './MergeDecideDialog';
import { usePrint } from '../documents/PrintDialog';
import { call } from '../../api/kedang';
import { useMergeCommand, useMerges } from './mergeQueries';

const statusColors: Record<MergeStatus, string> = { pending: 'orange', merged: 'green', rejected: 'red', undone: 'gray' };

function files(merge: MergeView) {
  return {
    merged: `${merge.merged.archiveNo} ${merge.merged.name ?? ''}`.trim(),
    survivor: `${merge.survivor.archiveNo} ${merge.survivor.name ?? ''}`.trim(),
  };
}

/** 合并记录: every merge of files the user may see, with its sign-offs; sign, undo within 30 days, print the record. */
export function MergeRecords() {
  const { t } = useTranslation();
  const merges = useMerges();
  const deciding = useDialogState<MergeView>();
  const printer = usePrint();
  const undo = useMergeCommand('merges.undo');

  const askUndo = (merge: MergeView) =>
    openConfirm({
      title: t('merges.undo.title'),
      message: t('merges.undo.body', { merged: merge.merged.archiveNo, survivor: merge.survivor.archiveNo }),
      confirmLabel: t('merges.undo.confirm'),
      color: 'orange',
      onConfirm: async () => {
        await undo.mutateAsync({ id: merge.id });
        notifications.show({ color: 'green', message: t('merges.undo.done', { id: merge.id }) });
      },
    });

  if (merges.error) return <ErrorNotice error={merges.error} />;
  if (!merges.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('merges.list.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('merges.list.id')}</Table.Th>
              <Table.Th>{t('merges.list.files')}</Table.Th>
              <Table.Th>{t('merges.list.status')}</Table.Th>
              <Table.Th>{t('merges.list.steps')}</Table.Th>
              <Table.Th>{t('merges.list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {merges.data.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('merges.list.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {merges.data.map((merge) => {
              const names = files(merge);
              return (
                <Table.Tr key={merge.id}>
                  <Table.Td ff="monospace">#{merge.id}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('merges.list.into', names)}</Text>
                    <Text size="xs" c="dimmed" lineClamp={1} title={merge.reason}>
                      {merge.requestedByName} · {formatTime(merge.requestedAt)} · {merge.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[merge.status]} variant="light">
                      {t(`merges.status.${merge.status}`)}
                    </Badge>
                    {merge.undoUntil && (
                      <Text size="xs" c="dimmed">
                        {t('merges.list.undoUntil', { at: formatTime(merge.undoUntil) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {(merge.approval?.steps ?? []).map((step) => (
                        <Text key={step.position} size="xs" c={step.status === 'waiting' ? 'dimmed' : undefined}>
                          {t(`merges.steps.${step.kind}`)}：{step.decidedByName ?? t('merges.list.waiting')}
                          {step.status === 'rejected' ? ` ✗` : step.status === 'approved' ? ' ✓' : ''}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {merge.status === 'pending' && (
                        <Button size="xs" onClick={() => deciding.open(merge)} aria-label={`${t('merges.list.sign')} #${merge.id}`}>
                          {t('merges.list.sign')}
                        </Button>
                      )}
                      {merge.canUndo && (
                        <Button size="xs" variant="default" color="orange" onClick={() => askUndo(merge)} aria-label={`${t('merges.list.undo')} #${merge.id}`}>
                          {t('merges.list.undo')}
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => printer.print({ title: t('merges.print.title', { id: merge.id }), start: () => call('documents.printMergeRecord', { id: merge.id }) })} aria-label={`${t('merges.list.print')} #${merge.id}`}>
                        {t('common.print')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MergeDecideDialog opened={deciding.opened} merge={deciding.value} onClose={deciding.close} />
      {printer.dialog}
    </>
  );
}
