import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../../shared/contract/channels';
import type { CustomerCard } from '../../../../shared/customers/customerTypes';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';
import { ErrorNotice } from '../../../forms/ErrorNotice';
import { schemaErrors, serverFieldErrors } from '../../../forms/fieldIssues';
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
export function TransferDialog({ card, vehicle, onClose }: { card: CustomerCard; vehicle: Vehicle; onClose: () => void }) {
  const { t } = useTranslation();
  const transfer = useArchiveCommand('vehicles.transfer');
  const [confirming, setConfirming] = useState(false);
  const form = useForm<TransferValues>({
    mode: 'controlled',
    initialValues: { to: null, reason: '' },
    validate: (values) => renamedErrors(schemaErrors(transferSchema, { toCustomerId: values.to?.id, reason: values.reason }), formNames),
  });
  const values = form.getValues();
  const from = `${card.customer.archiveNo} ${card.customer.name}`;
  const to = values.to ? `${values.to.archiveNo} ${values.to.name}` : '';
  const close = () => {
    if (!transfer.isPending) onClose();
  };
  const confirm = () => {
    if (!values.to) return;
    transfer.mutate(
      { vehicleId: vehicle.id, toCustomerId: values.to.id, reason: values.reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('customerRecords.transfer.done', { vehicle: vehicle.vin, to }) });
          onClose();
        },
        onError: (error) => {
          const errors = renamedErrors(serverFieldErrors(error, transferFields), formNames);
          form.setErrors(errors);
          if (Object.keys(errors).length > 0) setConfirming(false);
        },
      },
    );
  };

  return (
    <Modal opened onClose={close} title={confirming ? t('customerRecords.transfer.confirmTitle') : t('customerRecords.transfer.title', { vehicle: vehicleName(vehicle) })} size="lg" closeOnClickOutside={false}>
      {confirming ? (
        <Stack>
          <Alert color="orange" variant="light" role="status">
            <Stack gap={4}>
              <Text size="sm">{t('customerRecords.transfer.confirm', { vehicle: vehicleName(vehicle), from, to })}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('customerRecords.transfer.confirmReason', { reason: values.reason.trim() })}
              </Text>
            </Stack>
          </Alert>
          <ErrorNotice error={transfer.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={transfer.isPending}>
              {t('customerRecords.transfer.back')}
            </Button>
            <Button color="orange" onClick={confirm} loading={transfer.isPending} data-autofocus>
              {t('customerRecords.transfer.ok')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form aria-label={t('customerRecords.transfer.title', { vehicle: vehicleName(vehicle) })} noValidate onSubmit={form.onSubmit(() => setConfirming(true))}>
          <Stack>
            <Text size="sm">{t('customerRecords.transfer.intro', { from })}</Text>
            <CustomerPicker label={t('customerRecords.transfer.to')} value={values.to} onChange={(row) => form.setFieldValue('to', row)} excludeId={card.customer.id} error={form.errors.to} autoFocus />
            <Textarea
              label={t('customerRecords.transfer.reason')}
              placeholder={t('customerRecords.transfer.reasonPlaceholder')}
              required
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
            <ErrorNotice error={transfer.error} fields={transferFields} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('customerRecords.transfer.next')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
