import { useState } from 'react';
import { Badge, Grid, NumberInput, Select, Table, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { serviceInputSchema } from '../../../../shared/customers/customerSchemas';
import type { CustomerCard } from '../../../../shared/customers/customerTypes';
import { serviceKinds, type ServiceKind } from '../../../../shared/customers/vocabularies';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { renamedErrors } from './formErrors';
import { AppDialog } from '../../../dialogs/AppDialog';
import { RecordForm } from './RecordForm';
import { centsToYuanText, formatDate, numberOrNull, vehicleName, yuanToCents } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';
import { mandatory } from '../../../forms/mandatory';

/** 售后服务: first service, maintenance, warranty and repairs, newest first, each on the car it was done to when known. */
export function ServicesTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const none = t('customerRecords.common.none');
  const services = [...card.services].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const vehicleOf = (id: number | null) => card.vehicles.find((v) => v.id === id);
  const columns = ['kind', 'date', 'vehicle', 'mileage', 'items', 'cost', 'technician'].map((c) => t(`customerRecords.services.columns.${c}`));
  return (
    <>
      <RecordTabHeader summary={t('customerRecords.services.summary', { count: services.length })} addLabel={t('customerRecords.services.add')} onAdd={() => setAdding(true)} canWrite={canWrite} />
      <RecordTable label={t('customerRecords.services.label')} columns={columns} empty={t('customerRecords.services.empty')} count={services.length} minWidth={900}>
        {services.map((service) => {
          const vehicle = vehicleOf(service.vehicleId);
          const cost = centsToYuanText(service.costCents);
          return (
            <Table.Tr key={service.id}>
              <Table.Td>
                <Badge variant="light" tt="none">
                  {t(`customers.vocab.serviceKind.${service.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(service.date)}</Table.Td>
              <Table.Td>
                {vehicle ? (
                  <Text size="sm" ff="monospace">
                    {vehicleName(vehicle)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {service.vehicleId === null ? none : t('customerRecords.services.vehicleGone')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} ta="right">
                {service.mileage === null ? none : t('customerRecords.services.km', { mileage: service.mileage.toLocaleString('zh-CN') })}
              </Table.Td>
              <Table.Td maw={360}>
                <TextCell value={service.items} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} ta="right">
                {cost ? t('customerRecords.common.money', { amount: cost }) : none}
              </Table.Td>
              <Table.Td>{service.technician ?? none}</Table.Td>
            </Table.Tr>
          );
        })}
      </RecordTable>
      <AppDialog opened={adding} onClose={() => setAdding(false)} title={t('customerRecords.services.addTitle')}>
        <ServiceForm card={card} onClose={() => setAdding(false)} />
      </AppDialog>
    </>
  );
}

interface ServiceValues {
  kind: ServiceKind;
  date: string | null;
  /** The Select's value: a vehicle id as text, or null for none. */
  vehicleId: string | null;
  mileage: number | string;
  items: string;
  /** 元, as typed; core keeps cents. */
  cost: number | string;
  technician: string;
}
const serviceFields = ['vehicleId', 'kind', 'date', 'mileage', 'items', 'costCents', 'technician'] as const;
const formNames = { costCents: 'cost' };

const toRecord = ({ cost, ...v }: ServiceValues): Partial<z.input<typeof serviceInputSchema>> => ({
  ...v,
  date: v.date ?? undefined,
  vehicleId: v.vehicleId ? Number(v.vehicleId) : null,
  mileage: numberOrNull(v.mileage),
  costCents: yuanToCents(cost),
});

function ServiceForm({ card, onClose }: { card: CustomerCard; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useCardCommand('customers.addRecord');
  const form = useForm<ServiceValues>({
    mode: 'controlled',
    initialValues: {
      kind: 'maintenance',
      date: dayjs().format('YYYY-MM-DD'),
      vehicleId: card.vehicles.length === 1 ? String(card.vehicles[0]!.id) : null,
      mileage: '',
      items: '',
      cost: '',
      technician: '',
    },
    validate: (values) => renamedErrors(schemaErrors(serviceInputSchema, toRecord(values)), formNames),
  });
  const label = (name: string) => t(`customerRecords.services.fields.${name}`);
  const submit = form.onSubmit((values) =>
    add.mutate(
      { type: 'service', customerId: card.customer.id, record: serviceInputSchema.parse(toRecord(values)) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.services.added', { kind: t(`customers.vocab.serviceKind.${values.kind}`) }) });
          onClose();
        },
        onError: (error) => form.setErrors(renamedErrors(serverFieldErrors(error, serviceFields, 'record.'), formNames)),
      },
    ),
  );
  return (
    <RecordForm onSubmit={submit} saving={add.isPending} error={add.error} fields={serviceFields} prefix="record.">
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={label('kind')}
            {...mandatory}
            allowDeselect={false}
            data-autofocus
            data={serviceKinds.map((k) => ({ value: k, label: t(`customers.vocab.serviceKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateInput label={label('date')} {...mandatory} valueFormat="YYYY-MM-DD" {...form.getInputProps('date')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Select
            label={label('vehicle')}
            clearable
            placeholder={t('customerRecords.services.noVehicle')}
            data={card.vehicles.map((v) => ({ value: String(v.id), label: vehicleName(v) }))}
            nothingFoundMessage={t('customerRecords.services.noVehicles')}
            {...form.getInputProps('vehicleId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput label={label('mileage')} min={0} allowDecimal={false} thousandSeparator="," hideControls {...form.getInputProps('mileage')} />
        </Grid.Col>
      </Grid>
      <Textarea label={label('items')} {...mandatory} autosize minRows={2} maxLength={1000} {...form.getInputProps('items')} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <NumberInput label={label('cost')} min={0} decimalScale={2} thousandSeparator="," hideControls {...form.getInputProps('cost')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={label('technician')} maxLength={40} {...form.getInputProps('technician')} />
        </Grid.Col>
      </Grid>
    </RecordForm>
  );
}
