import { Divider, Grid, NumberInput, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { vehicleInputSchema, type VehicleInput } from '../../../../shared/vehicles/vehicleSchemas';
import type { CustomerCard } from '../../../../shared/customers/customerTypes';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';
import { paymentMethods, type PaymentMethod } from '../../../../shared/customers/vocabularies';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { useCardCommand } from '../customerQueries';
import { renamedErrors } from './formErrors';
import { AppDialog } from '../../../dialogs/AppDialog';
import { RecordForm } from './RecordForm';
import { yuanToCents } from './recordFormat';
import { mandatory } from '../../../forms/mandatory';
import { openConfirm } from '../../../dialogs/confirm';
import { FileMatches, useFileMatches } from '../FileMatches';
import { useNavigate } from '@tanstack/react-router';

interface VehicleFormValues {
  vin: string;
  plate: string;
  brand: string;
  series: string;
  model: string;
  config: string;
  colour: string;
  engineNo: string;
  displacement: string;
  purchaseDate: string | null;
  registrationDate: string | null;
  contractNo: string;
  /** 元, as typed; core keeps cents. */
  price: number | string;
  paymentMethod: PaymentMethod | null;
  deliveryDate: string | null;
  insurer: string;
}

/** The fields core may name in a field-level error (after `vehicle.`). */
const vehicleFields = [
  'vin', 'plate', 'brand', 'series', 'model', 'config', 'colour', 'engineNo', 'displacement',
  'purchaseDate', 'registrationDate', 'contractNo', 'priceCents', 'paymentMethod', 'deliveryDate', 'insurer',
] as const;
const formNames = { priceCents: 'price' };

function initialValues(vehicle: Vehicle | null): VehicleFormValues {
  return {
    vin: vehicle?.vin ?? '',
    plate: vehicle?.plate ?? '',
    brand: vehicle?.brand ?? '',
    series: vehicle?.series ?? '',
    model: vehicle?.model ?? '',
    config: vehicle?.config ?? '',
    colour: vehicle?.colour ?? '',
    engineNo: vehicle?.engineNo ?? '',
    displacement: vehicle?.displacement ?? '',
    purchaseDate: vehicle?.purchaseDate ?? null,
    registrationDate: vehicle?.registrationDate ?? null,
    contractNo: vehicle?.contractNo ?? '',
    price: vehicle?.priceCents == null ? '' : vehicle.priceCents / 100,
    paymentMethod: vehicle?.paymentMethod ?? null,
    deliveryDate: vehicle?.deliveryDate ?? null,
    insurer: vehicle?.insurer ?? '',
  };
}

function toInput({ price, ...values }: VehicleFormValues): VehicleInput {
  return { ...values, priceCents: yuanToCents(price) };
}

/** 登记/编辑车辆: every field of the vehicle file; the VIN's check digit and the plate are checked as core checks them. */
export function VehicleDialog({ opened, card, vehicle, onClose }: { opened: boolean; card: CustomerCard; vehicle: Vehicle | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={vehicle ? t('customerRecords.vehicles.editTitle', { vin: vehicle.vin }) : t('customerRecords.vehicles.addTitle')} size="56rem">
      <VehicleForm card={card} vehicle={vehicle} onClose={onClose} />
    </AppDialog>
  );
}

function VehicleForm({ card, vehicle, onClose }: { card: CustomerCard; vehicle: Vehicle | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useCardCommand('vehicles.save');
  const form = useForm<VehicleFormValues>({
    mode: 'controlled',
    initialValues: initialValues(vehicle),
    validate: (values) => renamedErrors(schemaErrors(vehicleInputSchema, toInput(values)), formNames),
  });
  const label = (name: string) => t(`customerRecords.vehicles.fields.${name}`);
  const navigate = useNavigate();
  // 一车一档: a VIN on another file is that car's file; say so while typing, before core refuses it.
  const vinMatches = useFileMatches({ phones: [], idType: null, idNumber: '', vins: [form.getValues().vin], excludeId: card.customer.id });
  const openFile = (id: number) => {
    const go = () => void navigate({ to: '/customers/$customerId', params: { customerId: id }, search: {} });
    if (!form.isDirty()) return go();
    openConfirm({ title: t('dialogs.discardTitle'), message: t('customers.matches.discardToOpen'), confirmLabel: t('dialogs.discard'), cancelLabel: t('dialogs.keepEditing'), color: 'red', onConfirm: go });
  };
  const submit = form.onSubmit((values) => {
    const input = toInput(values);
    const vin = vehicleInputSchema.parse(input).vin;
    save.mutate(
      { customerId: card.customer.id, ...(vehicle ? { vehicleId: vehicle.id } : {}), vehicle: input },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t(vehicle ? 'customerRecords.vehicles.saved' : 'customerRecords.vehicles.added', { vin }) });
          onClose();
        },
        onError: (error) => form.setErrors(renamedErrors(serverFieldErrors(error, vehicleFields, 'vehicle.'), formNames)),
      },
    );
  });
  const text = (name: Exclude<keyof VehicleFormValues, 'price' | 'paymentMethod' | 'purchaseDate' | 'registrationDate' | 'deliveryDate'>, span = 4) => (
    <Grid.Col span={{ base: 12, sm: span }}>
      <TextInput label={label(name)} {...form.getInputProps(name)} />
    </Grid.Col>
  );
  const date = (name: 'purchaseDate' | 'registrationDate' | 'deliveryDate') => (
    <Grid.Col span={{ base: 12, sm: 4 }}>
      <DateInput label={label(name)} valueFormat="YYYY-MM-DD" clearable {...form.getInputProps(name)} />
    </Grid.Col>
  );

  return (
    <RecordForm
      onSubmit={submit}
      saving={save.isPending}
      error={save.error}
      fields={vehicleFields}
      prefix="vehicle."
    >
      <Divider label={t('customerRecords.vehicles.sections.identity')} labelPosition="left" />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={label('vin')}
            description={t('customerRecords.vehicles.vinHint')}
            {...mandatory}
            data-autofocus
            maxLength={30}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
            {...form.getInputProps('vin')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={label('plate')} description={t('customerRecords.vehicles.plateHint')} maxLength={20} autoComplete="off" {...form.getInputProps('plate')} />
        </Grid.Col>
        {vinMatches.length > 0 && (
          <Grid.Col span={12}>
            <FileMatches matches={vinMatches} refused={false} onOpen={openFile} instead={t('customerRecords.vehicles.vinOnFile')} />
          </Grid.Col>
        )}
        {text('brand')}
        {text('series')}
        {text('model')}
        {text('config')}
        {text('colour')}
        {text('displacement')}
        {text('engineNo')}
        {date('registrationDate')}
        {text('insurer')}
      </Grid>
      <Divider label={t('customerRecords.vehicles.sections.purchase')} labelPosition="left" />
      <Grid>
        {date('purchaseDate')}
        {date('deliveryDate')}
        {text('contractNo')}
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput label={label('price')} min={0} decimalScale={2} thousandSeparator="," hideControls {...form.getInputProps('price')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={label('paymentMethod')}
            clearable
            data={paymentMethods.map((m) => ({ value: m, label: t(`customers.vocab.paymentMethod.${m}`) }))}
            {...form.getInputProps('paymentMethod')}
          />
        </Grid.Col>
      </Grid>
    </RecordForm>
  );
}
