import { useState } from 'react';
import { Badge, Grid, Select, Table, Text, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contactInputSchema } from '../../../../shared/customers/customerSchemas';
import type { CustomerCard } from '../../../../shared/customers/customerTypes';
import { contactMethods, type ContactMethod } from '../../../../shared/customers/vocabularies';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { AppDialog } from '../../../dialogs/AppDialog';
import { RecordForm } from './RecordForm';
import { formatDateTime, fromPicker, nowForPicker, pickerDisplay } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';
import { mandatory } from '../../../forms/mandatory';

/** 联系记录: every call, visit and message, newest first; a new one also moves the file's follow-up date. */
export function ContactsTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const contacts = [...card.contacts].sort((a, b) => dayjs(b.at).valueOf() - dayjs(a.at).valueOf() || b.id - a.id);
  const columns = ['at', 'method', 'content', 'feedback', 'next', 'by'].map((c) => t(`customerRecords.contacts.columns.${c}`));
  return (
    <>
      <RecordTabHeader summary={t('customerRecords.contacts.summary', { count: contacts.length })} addLabel={t('customerRecords.contacts.add')} onAdd={() => setAdding(true)} canWrite={canWrite} />
      <RecordTable label={t('customerRecords.contacts.label')} columns={columns} empty={t('customerRecords.contacts.empty')} count={contacts.length} minWidth={900}>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(contact.at)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color="gray" tt="none">
                {t(`customers.vocab.contactMethod.${contact.method}`)}
              </Badge>
            </Table.Td>
            <Table.Td maw={360}>
              <TextCell value={contact.content} />
            </Table.Td>
            <Table.Td maw={240}>
              <TextCell value={contact.feedback} />
            </Table.Td>
            <Table.Td maw={240}>
              <TextCell value={contact.nextStep} />
              {contact.nextAt && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('customerRecords.contacts.nextAtShort', { at: formatDateTime(contact.nextAt) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{contact.byName}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <AppDialog opened={adding} onClose={() => setAdding(false)} title={t('customerRecords.contacts.addTitle')}>
        <ContactForm card={card} onClose={() => setAdding(false)} />
      </AppDialog>
    </>
  );
}

interface ContactValues {
  method: ContactMethod;
  /** DateTimePicker's local values. */
  at: string | null;
  content: string;
  feedback: string;
  nextStep: string;
  nextAt: string | null;
}
const contactFields = ['at', 'method', 'content', 'feedback', 'nextStep', 'nextAt'] as const;

const toRecord = (v: ContactValues): Partial<z.input<typeof contactInputSchema>> => ({ ...v, at: fromPicker(v.at) ?? undefined, nextAt: fromPicker(v.nextAt) });

function ContactForm({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCardCommand('customers.addRecord');
  const form = useForm<ContactValues>({
    mode: 'controlled',
    initialValues: { method: 'phone', at: nowForPicker(), content: '', feedback: '', nextStep: '', nextAt: null },
    validate: (values) => {
      const errors = schemaErrors(contactInputSchema, toRecord(values));
      if (values.at && values.nextAt && !dayjs(values.nextAt).isAfter(dayjs(values.at))) errors.nextAt ??= t('customerRecords.contacts.nextBeforeAt');
      return errors;
    },
  });
  const label = (name: string) => t(`customerRecords.contacts.fields.${name}`);
  const submit = form.onSubmit((values) =>
    add.mutate(
      { type: 'contact', customerId: card.customer.id, record: contactInputSchema.parse(toRecord(values)) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.contacts.added', { name: card.customer.name }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, contactFields, 'record.')),
      },
    ),
  );
  return (
    <RecordForm onSubmit={submit} saving={add.isPending} error={add.error} fields={contactFields} prefix="record.">
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={label('method')}
            {...mandatory}
            allowDeselect={false}
            data-autofocus
            data={contactMethods.map((m) => ({ value: m, label: t(`customers.vocab.contactMethod.${m}`) }))}
            {...form.getInputProps('method')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateTimePicker label={label('at')} withAsterisk valueFormat={pickerDisplay} {...form.getInputProps('at')} />
        </Grid.Col>
      </Grid>
      <Textarea label={label('content')} {...mandatory} autosize minRows={3} maxLength={2000} {...form.getInputProps('content')} />
      <Textarea label={label('feedback')} autosize minRows={2} maxLength={1000} {...form.getInputProps('feedback')} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <TextInput label={label('nextStep')} maxLength={500} {...form.getInputProps('nextStep')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <DateTimePicker label={label('nextAt')} clearable valueFormat={pickerDisplay} {...form.getInputProps('nextAt')} />
        </Grid.Col>
      </Grid>
    </RecordForm>
  );
}
