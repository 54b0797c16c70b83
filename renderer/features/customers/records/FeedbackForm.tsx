import { Grid, Group, Input, Paper, Rating, Select, Stack, Switch, Text, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { feedbackInputSchema } from '../../../../shared/customers/customerSchemas';
import type { CustomerCard, FeedbackEntry } from '../../../../shared/customers/customerTypes';
import { feedbackKinds, type FeedbackKind } from '../../../../shared/customers/vocabularies';
import { FieldIssueText, schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { AppDialog } from '../../../dialogs/AppDialog';
import { RecordForm } from './RecordForm';
import { formatDateTime, fromPicker, nowForPicker, pickerDisplay, toPicker } from './recordFormat';
import { mandatory } from '../../../forms/mandatory';

interface FeedbackValues {
  kind: FeedbackKind;
  /** DateTimePicker's local values. */
  receivedAt: string | null;
  content: string;
  handling: string;
  result: string;
  closed: boolean;
  closedAt: string | null;
  /** 0 = not rated. */
  satisfaction: number;
}
const feedbackFields = ['kind', 'receivedAt', 'content', 'handling', 'result', 'closedAt', 'satisfaction'] as const;

function initialValues(entry: FeedbackEntry | null): FeedbackValues {
  return {
    kind: entry?.kind ?? 'complaint',
    receivedAt: entry ? toPicker(entry.receivedAt) : nowForPicker(),
    content: entry?.content ?? '',
    handling: entry?.handling ?? '',
    result: entry?.result ?? '',
    closed: !!entry?.closedAt,
    closedAt: toPicker(entry?.closedAt ?? null),
    satisfaction: entry?.satisfaction ?? 0,
  };
}

/** The whole record, as both adding and updating send it. */
const toRecord = (v: FeedbackValues): Partial<z.input<typeof feedbackInputSchema>> => ({
  kind: v.kind,
  receivedAt: fromPicker(v.receivedAt) ?? undefined,
  content: v.content,
  handling: v.handling,
  result: v.result,
  closedAt: v.closed ? (fromPicker(v.closedAt) ?? undefined) : null,
  satisfaction: v.satisfaction || null,
});

/** 登记反馈/投诉, or 处理 one already taken. */
export function FeedbackDialog({ opened, card, entry, onClose }: { opened: boolean; card: CustomerCard; entry: FeedbackEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = entry ? t('customerRecords.feedback.handleTitle', { kind: t(`customers.vocab.feedbackKind.${entry.kind}`) }) : t('customerRecords.feedback.addTitle');
  return (
    <AppDialog opened={opened} onClose={onClose} title={title}>
      <FeedbackForm card={card} entry={entry} onClose={onClose} />
    </AppDialog>
  );
}

/**
 * A new feedback or complaint, or the handling of one already taken: what was done, the result, when it
 * was closed and how satisfied the customer was. What the customer said stays as it was received.
 */
function FeedbackForm({ card, entry, onClose }: { card: CustomerCard; entry: FeedbackEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCardCommand('customers.addRecord');
  const update = useCardCommand('customers.updateFeedback');
  const save = entry ? update : add;
  const form = useForm<FeedbackValues>({
    mode: 'controlled',
    initialValues: initialValues(entry),
    validate: (values) => {
      const errors = schemaErrors(feedbackInputSchema, toRecord(values));
      if (values.closed && values.closedAt && values.receivedAt && dayjs(values.closedAt).isBefore(dayjs(values.receivedAt))) {
        errors.closedAt ??= t('customerRecords.feedback.closedBeforeReceived');
      }
      if (values.closed && !values.closedAt) errors.closedAt = <FieldIssueText issue={{ code: 'REQUIRED' }} />;
      return errors;
    },
  });
  const values = form.getValues();
  const label = (name: string) => t(`customerRecords.feedback.fields.${name}`);
  const kindLabel = (kind: FeedbackKind) => t(`customers.vocab.feedbackKind.${kind}`);

  const submit = form.onSubmit((valid) => {
    const record = feedbackInputSchema.parse(toRecord(valid));
    const options = {
      onSuccess: () => {
        const done = entry ? (record.closedAt ? 'closed' : 'updated') : 'added';
        notifications.show({ color: 'green', message: t(`customerRecords.feedback.${done}`, { kind: kindLabel(record.kind) }) });
        onClose();
      },
      onError: (error: Error) => form.setErrors(serverFieldErrors(error, feedbackFields, 'record.')),
    };
    if (entry) update.mutate({ id: entry.id, record }, options);
    else add.mutate({ type: 'feedback', customerId: card.customer.id, record }, options);
  });

  const setClosed = (closed: boolean) => form.setValues({ closed, closedAt: closed ? (values.closedAt ?? nowForPicker()) : null });

  return (
    <RecordForm
      onSubmit={submit}
      saving={save.isPending}
      error={save.error}
      fields={feedbackFields}
      prefix="record."
    >
      {entry ? (
        <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)">
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('customerRecords.feedback.received', { kind: kindLabel(entry.kind), at: formatDateTime(entry.receivedAt) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.content}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={label('kind')} {...mandatory} allowDeselect={false} data-autofocus data={feedbackKinds.map((k) => ({ value: k, label: kindLabel(k) }))} {...form.getInputProps('kind')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <DateTimePicker label={label('receivedAt')} withAsterisk valueFormat={pickerDisplay} {...form.getInputProps('receivedAt')} />
            </Grid.Col>
          </Grid>
          <Textarea label={label('content')} {...mandatory} autosize minRows={3} maxLength={2000} {...form.getInputProps('content')} />
        </>
      )}
      <Textarea label={label('handling')} autosize minRows={2} maxLength={2000} data-autofocus={entry ? true : undefined} {...form.getInputProps('handling')} />
      <Textarea label={label('result')} autosize minRows={2} maxLength={1000} {...form.getInputProps('result')} />
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap={6}>
            <Switch label={label('closed')} checked={values.closed} onChange={(event) => setClosed(event.currentTarget.checked)} />
            {values.closed && <DateTimePicker label={label('closedAt')} withAsterisk valueFormat={pickerDisplay} {...form.getInputProps('closedAt')} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Input.Wrapper label={label('satisfaction')} error={form.errors.satisfaction}>
            <Group gap="xs" mt={4}>
              <Rating
                value={values.satisfaction}
                onChange={(n) => form.setFieldValue('satisfaction', n)}
                allowClear
                getSymbolLabel={(n) => t('customerRecords.feedback.stars', { value: n })}
                aria-label={label('satisfaction')}
              />
              <Text size="sm" c="dimmed">
                {values.satisfaction > 0 ? t('customerRecords.feedback.satisfactionOf', { value: values.satisfaction }) : t('customerRecords.feedback.notRated')}
              </Text>
            </Group>
          </Input.Wrapper>
        </Grid.Col>
      </Grid>
    </RecordForm>
  );
}
