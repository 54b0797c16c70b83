import { Alert, Badge, Button, Group, Rating, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FeedbackEntry } from '../../../../shared/customers/customerTypes';
import { useDialogState } from '../../../dialogs/useDialogState';
import { FeedbackDialog } from './FeedbackForm';
import { formatDateTime } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';

const isOpenComplaint = (entry: FeedbackEntry) => entry.kind === 'complaint' && !entry.closedAt;
const kindColors = { complaint: 'red', suggestion: 'blue', praise: 'green', inquiry: 'gray' } as const;

/** 反馈投诉: suggestions, praise, complaints and inquiries; open complaints come first, in red, until they are closed. */
export function FeedbackTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const dialog = useDialogState<{ entry: FeedbackEntry | null }>();
  const entries = [...card.feedback].sort(
    (a, b) => Number(isOpenComplaint(b)) - Number(isOpenComplaint(a)) || dayjs(b.receivedAt).valueOf() - dayjs(a.receivedAt).valueOf() || b.id - a.id,
  );
  const open = entries.filter(isOpenComplaint).length;
  const columns = ['kind', 'receivedAt', 'content', 'handling', 'result', 'closedAt', 'satisfaction', ...(canWrite ? ['actions'] : [])].map((c) => t(`customerRecords.feedback.columns.${c}`));
  const snippet = (content: string) => (content.length > 16 ? `${content.slice(0, 16)}…` : content);

  return (
    <>
      <RecordTabHeader summary={t('customerRecords.feedback.summary', { count: entries.length })} addLabel={t('customerRecords.feedback.add')} onAdd={() => dialog.open({ entry: null })} canWrite={canWrite} />
      {open > 0 && (
        <Alert color="red" variant="light" role="status" py="xs" mb="sm">
          {t('customerRecords.feedback.openComplaints', { count: open })}
        </Alert>
      )}
      <RecordTable label={t('customerRecords.feedback.label')} columns={columns} empty={t('customerRecords.feedback.empty')} count={entries.length} minWidth={1000}>
        {entries.map((entry) => {
          const openComplaint = isOpenComplaint(entry);
          const kind = t(`customers.vocab.feedbackKind.${entry.kind}`);
          return (
            <Table.Tr key={entry.id} bg={openComplaint ? 'var(--mantine-color-red-light)' : undefined} data-open-complaint={openComplaint || undefined}>
              <Table.Td>
                <Badge color={kindColors[entry.kind]} variant={openComplaint ? 'filled' : 'light'} tt="none">
                  {kind}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.receivedAt)}</Table.Td>
              <Table.Td maw={320}>
                <TextCell value={entry.content} />
              </Table.Td>
              <Table.Td maw={260}>
                <TextCell value={entry.handling} />
              </Table.Td>
              <Table.Td maw={220}>
                <TextCell value={entry.result} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {entry.closedAt ? (
                  formatDateTime(entry.closedAt)
                ) : (
                  <Badge color={openComplaint ? 'red' : 'gray'} variant="outline" tt="none">
                    {t('customerRecords.feedback.notClosed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {entry.satisfaction ? (
                  <Rating value={entry.satisfaction} readOnly size="sm" role="img" aria-label={t('customerRecords.feedback.satisfactionOf', { value: entry.satisfaction })} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('customerRecords.common.none')}
                  </Text>
                )}
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant={openComplaint ? 'filled' : 'light'}
                      color={openComplaint ? 'red' : undefined}
                      aria-label={t('customerRecords.feedback.handleOf', { kind, content: snippet(entry.content) })}
                      onClick={() => dialog.open({ entry })}
                    >
                      {t('customerRecords.feedback.handle')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </RecordTable>
      <FeedbackDialog opened={dialog.opened} card={card} entry={dialog.value?.entry ?? null} onClose={dialog.close} />
    </>
  );
}
