import { useState } from 'react';
import { Grid, NumberInput, Table, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { intentionInputSchema } from '../../../../shared/customers/customerSchemas';
import type { CustomerCard, Intention } from '../../../../shared/customers/customerTypes';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { AppDialog } from '../../../dialogs/AppDialog';
import { RecordForm } from './RecordForm';
import { formatDate, formatDateTime, numberOrNull, yuanText } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';
import { mandatory } from '../../../forms/mandatory';

/** 购车意向: which model, the budget in whole 元, when, what matters to the customer and any car to trade in. */
export function IntentionsTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const columns = ['model', 'budget', 'expectedDate', 'focus', 'tradeIn', 'createdAt'].map((c) => t(`customerRecords.intentions.columns.${c}`));
  return (
    <>
      <RecordTabHeader summary={t('customerRecords.intentions.summary', { count: card.intentions.length })} addLabel={t('customerRecords.intentions.add')} onAdd={() => setAdding(true)} canWrite={canWrite} />
      <RecordTable label={t('customerRecords.intentions.label')} columns={columns} empty={t('customerRecords.intentions.empty')} count={card.intentions.length}>
        {card.intentions.map((intention) => (
          <Table.Tr key={intention.id}>
            <Table.Td>
              <TextCell value={intention.model} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <BudgetText intention={intention} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(intention.expectedDate) ?? t('customerRecords.common.none')}</Table.Td>
            <Table.Td>
              <TextCell value={intention.focus} />
            </Table.Td>
            <Table.Td>
              <TextCell value={intention.tradeIn} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm">{formatDateTime(intention.createdAt)}</Text>
              <Text size="xs" c="dimmed">
                {intention.byName}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <AppDialog opened={adding} onClose={() => setAdding(false)} title={t('customerRecords.intentions.addTitle')}>
        <IntentionForm card={card} onClose={() => setAdding(false)} />
      </AppDialog>
    </>
  );
}

function BudgetText({ intention }: { intention: Intention }) {
  const { t } = useTranslation();
  const min = yuanText(intention.budgetMin);
  const max = yuanText(intention.budgetMax);
  if (min && max) return <>{t('customerRecords.intentions.budgetRange', { min, max })}</>;
  if (min) return <>{t('customerRecords.intentions.budgetFrom', { min })}</>;
  if (max) return <>{t('customerRecords.intentions.budgetUpTo', { max })}</>;
  return <>{t('customerRecords.common.none')}</>;
}

interface IntentionValues {
  model: string;
  budgetMin: number | string;
  budgetMax: number | string;
  expectedDate: string | null;
  focus: string;
  tradeIn: string;
}
const intentionFields = ['model', 'budgetMin', 'budgetMax', 'expectedDate', 'focus', 'tradeIn'] as const;

const toRecord = (v: IntentionValues): z.input<typeof intentionInputSchema> => ({ ...v, budgetMin: numberOrNull(v.budgetMin), budgetMax: numberOrNull(v.budgetMax) });

function IntentionForm({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCardCommand('customers.addRecord');
  const form = useForm<IntentionValues>({
    mode: 'controlled',
    initialValues: { model: '', budgetMin: '', budgetMax: '', expectedDate: null, focus: '', tradeIn: '' },
    validate: (values) => schemaErrors(intentionInputSchema, toRecord(values)),
  });
  const label = (name: string) => t(`customerRecords.intentions.fields.${name}`);
  const submit = form.onSubmit((values) =>
    add.mutate(
      { type: 'intention', customerId: card.customer.id, record: toRecord(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.intentions.added', { model: values.model.trim() }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, intentionFields, 'record.')),
      },
    ),
  );
  return (
    <RecordForm onSubmit={submit} saving={add.isPending} error={add.error} fields={intentionFields} prefix="record.">
      <TextInput label={label('model')} {...mandatory} data-autofocus maxLength={80} {...form.getInputProps('model')} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput label={label('budgetMin')} min={0} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('budgetMin')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput label={label('budgetMax')} min={0} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('budgetMax')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <DateInput label={label('expectedDate')} valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('expectedDate')} />
        </Grid.Col>
      </Grid>
      <Textarea label={label('focus')} placeholder={t('customerRecords.intentions.focusPlaceholder')} autosize minRows={2} maxLength={200} {...form.getInputProps('focus')} />
      <TextInput label={label('tradeIn')} placeholder={t('customerRecords.intentions.tradeInPlaceholder')} maxLength={200} {...form.getInputProps('tradeIn')} />
    </RecordForm>
  );
}
