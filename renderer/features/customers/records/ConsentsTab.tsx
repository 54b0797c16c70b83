import { useState } from 'react';
import { Alert, Badge, Button, Grid, Select, Table, Text, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { channels } from '../../../../shared/contract/channels';
import { consentInputSchema } from '../../../../shared/customers/customerSchemas';
import type { Consent, CustomerCard } from '../../../../shared/customers/customerTypes';
import { consentChannels, consentKinds, type ConsentChannel, type ConsentKind } from '../../../../shared/customers/vocabularies';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { AppDialog } from '../../../dialogs/AppDialog';
import { useDialogState } from '../../../dialogs/useDialogState';
import { RecordForm } from './RecordForm';
import { formatDateTime, fromPicker, nowForPicker, pickerDisplay } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';
import { mandatory } from '../../../forms/mandatory';

/** 授权同意 (个人信息保护法): what the customer agreed to, when and how; a withdrawal is dated and the consent kept. */
export function ConsentsTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const withdrawing = useDialogState<Consent>();
  const consents = [...card.consents].sort((a, b) => Number(!!a.withdrawnAt) - Number(!!b.withdrawnAt) || dayjs(b.givenAt).valueOf() - dayjs(a.givenAt).valueOf() || b.id - a.id);
  const columns = ['kind', 'givenAt', 'channel', 'state', 'note', ...(canWrite ? ['actions'] : [])].map((c) => t(`customerRecords.consents.columns.${c}`));
  return (
    <>
      <RecordTabHeader summary={t('customerRecords.consents.summary', { count: consents.filter((c) => !c.withdrawnAt).length })} addLabel={t('customerRecords.consents.add')} onAdd={() => setAdding(true)} canWrite={canWrite} />
      <RecordTable label={t('customerRecords.consents.label')} columns={columns} empty={t('customerRecords.consents.empty')} count={consents.length}>
        {consents.map((consent) => {
          const kind = t(`customers.vocab.consentKind.${consent.kind}`);
          return (
            <Table.Tr key={consent.id} c={consent.withdrawnAt ? 'dimmed' : undefined}>
              <Table.Td>{kind}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(consent.givenAt)}</Table.Td>
              <Table.Td>{t(`customers.vocab.consentChannel.${consent.channel}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {consent.withdrawnAt ? (
                  <Text size="sm">{t('customerRecords.consents.withdrawnAt', { at: formatDateTime(consent.withdrawnAt) })}</Text>
                ) : (
                  <Badge color="green" variant="light" tt="none">
                    {t('customerRecords.consents.valid')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td maw={320}>
                <TextCell value={consent.note} />
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  {!consent.withdrawnAt && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('customerRecords.consents.withdrawOf', { kind, at: formatDateTime(consent.givenAt) })}
                      onClick={() => withdrawing.open(consent)}
                    >
                      {t('customerRecords.consents.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </RecordTable>
      <AppDialog opened={adding} onClose={() => setAdding(false)} title={t('customerRecords.consents.addTitle')}>
        <ConsentForm card={card} onClose={() => setAdding(false)} />
      </AppDialog>
      <AppDialog
        opened={withdrawing.opened}
        onClose={withdrawing.close}
        title={withdrawing.value ? t('customerRecords.consents.withdrawTitle', { kind: t(`customers.vocab.consentKind.${withdrawing.value.kind}`) }) : ''}
        size="md"
      >
        {withdrawing.value && <WithdrawForm consent={withdrawing.value} onClose={withdrawing.close} />}
      </AppDialog>
    </>
  );
}

interface ConsentValues {
  kind: ConsentKind | null;
  givenAt: string | null;
  channel: ConsentChannel;
  note: string;
}
const consentFields = ['kind', 'givenAt', 'channel', 'note'] as const;
const toRecord = (v: ConsentValues): Partial<z.input<typeof consentInputSchema>> => ({ ...v, kind: v.kind ?? undefined, givenAt: fromPicker(v.givenAt) ?? undefined });

function ConsentForm({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCardCommand('customers.addRecord');
  const form = useForm<ConsentValues>({
    mode: 'controlled',
    initialValues: { kind: null, givenAt: nowForPicker(), channel: 'paper', note: '' },
    validate: (values) => schemaErrors(consentInputSchema, toRecord(values)),
  });
  const label = (name: string) => t(`customerRecords.consents.fields.${name}`);
  const submit = form.onSubmit((values) => {
    const record = consentInputSchema.parse(toRecord(values));
    add.mutate(
      { type: 'consent', customerId: card.customer.id, record },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.consents.added', { kind: t(`customers.vocab.consentKind.${record.kind}`) }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, consentFields, 'record.')),
      },
    );
  });
  return (
    <RecordForm onSubmit={submit} saving={add.isPending} error={add.error} fields={consentFields} prefix="record.">
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select label={label('kind')} {...mandatory} data-autofocus data={consentKinds.map((k) => ({ value: k, label: t(`customers.vocab.consentKind.${k}`) }))} {...form.getInputProps('kind')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={label('channel')}
            {...mandatory}
            allowDeselect={false}
            data={consentChannels.map((c) => ({ value: c, label: t(`customers.vocab.consentChannel.${c}`) }))}
            {...form.getInputProps('channel')}
          />
        </Grid.Col>
      </Grid>
      <DateTimePicker label={label('givenAt')} withAsterisk valueFormat={pickerDisplay} {...form.getInputProps('givenAt')} />
      <TextInput label={label('note')} maxLength={200} {...form.getInputProps('note')} />
    </RecordForm>
  );
}

const withdrawSchema = channels['customers.withdrawConsent'].input.omit({ id: true });

/** 撤回同意: asked once more, with the date the customer withdrew it (now unless told otherwise). */
function WithdrawForm({ consent, onClose }: { consent: Consent; onClose: () => void }) {
  const { t } = useTranslation();
  const withdraw = useCardCommand('customers.withdrawConsent');
  const kind = t(`customers.vocab.consentKind.${consent.kind}`);
  const form = useForm<{ at: string | null }>({
    mode: 'controlled',
    initialValues: { at: nowForPicker() },
    validate: (values) => {
      const errors = schemaErrors(withdrawSchema, { at: fromPicker(values.at) ?? undefined });
      if (values.at && dayjs(values.at).isBefore(dayjs(consent.givenAt), 'minute')) errors.at ??= t('customerRecords.consents.withdrawBeforeGiven');
      return errors;
    },
  });
  const submit = form.onSubmit((values) =>
    withdraw.mutate(
      { id: consent.id, at: fromPicker(values.at) ?? '' },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.consents.withdrawn', { kind }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, ['at'])),
      },
    ),
  );
  return (
    <RecordForm
      onSubmit={submit}
      saving={withdraw.isPending}
      error={withdraw.error}
      fields={['at']}
      prefix=""
      submitLabel={t('customerRecords.consents.withdrawConfirm')}
      danger
    >
      <Alert color="orange" variant="light">
        {t('customerRecords.consents.withdrawIntro', { kind, at: formatDateTime(consent.givenAt), channel: t(`customers.vocab.consentChannel.${consent.channel}`) })}
      </Alert>
      <DateTimePicker label={t('customerRecords.consents.fields.withdrawnAt')} withAsterisk valueFormat={pickerDisplay} data-autofocus {...form.getInputProps('at')} />
    </RecordForm>
  );
}
