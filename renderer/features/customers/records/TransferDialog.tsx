import { Alert, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../../shared/contract/channels';
import type { CustomerCard } from '../../../../shared/customers/customerTypes';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';
import { AppDialog } from '../../../dialogs/AppDialog';
import { openConfirm } from '../../../dialogs/confirm';
import { DialogForm } from '../../../dialogs/DialogForm';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
import { mandatory } from '../../../forms/mandatory';
import { useArchiveCommand } from '../customerQueries';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker';
import { renamedErrors } from './formErrors';
import { vehicleName } from './recordFormat';

const transferSchema = channels['vehicles.transfer'].input.omit({ vehicleId: true });
const transferFields = ['toCustomerId', 'reason'] as const;
const formNames = { toCustomerId: 'to' };

interface TransferValues {
  to: PickedCustomer | null;
  reason: string;
}

/** 过户: the new owner and the reason, then one more look before the car leaves this file; its owner history stays. */
export function TransferDialog({ opened, card, vehicle, onClose }: { opened: boolean; card: CustomerCard; vehicle: Vehicle | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={vehicle ? t('customerRecords.transfer.title', { vehicle: vehicleName(vehicle) }) : ''}>
      {vehicle && <TransferForm card={card} vehicle={vehicle} onDone={onClose} />}
    </AppDialog>
  );
}

function TransferForm({ card, vehicle, onDone }: { card: CustomerCard; vehicle: Vehicle; onDone: () => void }) {
  const { t } = useTranslation();
  const transfer = useArchiveCommand('vehicles.transfer');
  const form = useForm<TransferValues>({
    mode: 'controlled',
    initialValues: { to: null, reason: '' },
    validate: (values) => renamedErrors(schemaErrors(transferSchema, { toCustomerId: values.to?.id, reason: values.reason }), formNames),
  });
  const values = form.getValues();
  const from = `${card.customer.archiveNo} ${card.customer.name}`;

  // The second look is the app's confirmation; a field core refuses sends the user back to the form.
  const confirm = ({ to, reason }: TransferValues) => {
    if (!to) return;
    const toName = `${to.archiveNo} ${to.name}`;
    openConfirm({
      title: t('customerRecords.transfer.confirmTitle'),
      message: (
        <Alert color="orange" variant="light" role="status">
          <Stack gap={4}>
            <Text size="sm">{t('customerRecords.transfer.confirm', { vehicle: vehicleName(vehicle), from, to: toName })}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('customerRecords.transfer.confirmReason', { reason: reason.trim() })}
            </Text>
          </Stack>
        </Alert>
      ),
      confirmLabel: t('customerRecords.transfer.ok'),
      cancelLabel: t('customerRecords.transfer.back'),
      color: 'orange',
      onConfirm: async () => {
        try {
          await transfer.mutateAsync({ vehicleId: vehicle.id, toCustomerId: to.id, reason: reason.trim() });
        } catch (error) {
          const errors = renamedErrors(serverFieldErrors(error, transferFields), formNames);
          if (Object.keys(errors).length === 0) throw error;
          form.setErrors(errors);
          return;
        }
        notifications.show({ color: 'green', message: t('customerRecords.transfer.done', { vehicle: vehicle.vin, to: toName }) });
        onDone();
      },
    });
  };

  return (
    <DialogForm onSubmit={form.onSubmit(confirm)} saving={transfer.isPending} error={transfer.error} fields={transferFields} submitLabel={t('customerRecords.transfer.next')}>
      <Text size="sm">{t('customerRecords.transfer.intro', { from })}</Text>
      <CustomerPicker label={t('customerRecords.transfer.to')} value={values.to} onChange={(row) => form.setFieldValue('to', row)} excludeId={card.customer.id} error={form.errors.to} autoFocus />
      <Textarea
        label={t('customerRecords.transfer.reason')}
        placeholder={t('customerRecords.transfer.reasonPlaceholder')}
        {...mandatory}
        autosize
        minRows={2}
        maxLength={200}
        {...form.getInputProps('reason')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
    </DialogForm>
  );
}
