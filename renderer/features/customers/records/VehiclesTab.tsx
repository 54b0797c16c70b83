import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';
import { useDialogState } from '../../../dialogs/useDialogState';
import { OwnersDialog } from './OwnersDialog';
import { centsToYuanText, formatDate } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';
import { TransferDialog } from './TransferDialog';
import { VehicleDialog } from './VehicleForm';


/** 车辆 (一车一档): the cars on this file, each with its owner history; a car changes hands by transfer, never by a second file. */
export function VehiclesTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const form = useDialogState<{ vehicle: Vehicle | null }>();
  const transfer = useDialogState<Vehicle>();
  const owners = useDialogState<Vehicle>();
  const none = t('customerRecords.common.none');
  const columns = ['vin', 'plate', 'vehicle', 'colour', 'dates', 'price', 'payment', 'actions'].map((c) => t(`customerRecords.vehicles.columns.${c}`));

  return (
    <>
      <RecordTabHeader
        summary={t('customerRecords.vehicles.summary', { count: card.vehicles.length })}
        addLabel={t('customerRecords.vehicles.add')}
        onAdd={() => form.open({ vehicle: null })}
        canWrite={canWrite}
      />
      <RecordTable label={t('customerRecords.vehicles.label')} columns={columns} empty={t('customerRecords.vehicles.empty')} count={card.vehicles.length} minWidth={980}>
        {card.vehicles.map((vehicle) => {
          const price = centsToYuanText(vehicle.priceCents);
          return (
            <Table.Tr key={vehicle.id}>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {vehicle.vin}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{vehicle.plate ?? none}</Table.Td>
              <Table.Td>
                <TextCell value={[vehicle.brand, vehicle.series, vehicle.model].filter(Boolean).join(' / ') || null} none={none} />
                {vehicle.config && (
                  <Text size="xs" c="dimmed">
                    {vehicle.config}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{vehicle.colour ?? none}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {vehicle.purchaseDate || vehicle.deliveryDate ? (
                  <Stack gap={0}>
                    <Text size="sm">{t('customerRecords.vehicles.purchasedOn', { date: formatDate(vehicle.purchaseDate) ?? none })}</Text>
                    <Text size="sm">{t('customerRecords.vehicles.deliveredOn', { date: formatDate(vehicle.deliveryDate) ?? none })}</Text>
                  </Stack>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} ta="right">
                {price ? t('customerRecords.common.money', { amount: price }) : none}
              </Table.Td>
              <Table.Td>{vehicle.paymentMethod ? t(`customers.vocab.paymentMethod.${vehicle.paymentMethod}`) : none}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {canWrite && (
                    <Button size="compact-xs" variant="light" aria-label={t('customerRecords.vehicles.editOf', { vin: vehicle.vin })} onClick={() => form.open({ vehicle })}>
                      {t('customerRecords.vehicles.edit')}
                    </Button>
                  )}
                  {canWrite && (
                    <Button size="compact-xs" variant="light" color="orange" aria-label={t('customerRecords.vehicles.transferOf', { vin: vehicle.vin })} onClick={() => transfer.open(vehicle)}>
                      {t('customerRecords.vehicles.transfer')}
                    </Button>
                  )}
                  <Button size="compact-xs" variant="subtle" aria-label={t('customerRecords.vehicles.ownersOf', { vin: vehicle.vin })} onClick={() => owners.open(vehicle)}>
                    {t('customerRecords.vehicles.owners')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </RecordTable>
      <VehicleDialog opened={form.opened} card={card} vehicle={form.value?.vehicle ?? null} onClose={form.close} />
      <TransferDialog opened={transfer.opened} card={card} vehicle={transfer.value} onClose={transfer.close} />
      <OwnersDialog opened={owners.opened} vehicle={owners.value} onClose={owners.close} />
    </>
  );
}
