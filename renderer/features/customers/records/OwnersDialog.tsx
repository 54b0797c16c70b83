import { Badge, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';
import { useKedangQuery } from '../../../api/useKedang';
import { AppDialog, DialogBody } from '../../../dialogs/AppDialog';
import { ErrorNotice } from '../../../forms/ErrorNotice';
import { formatDateTime, vehicleName } from './recordFormat';
import { RecordTable, TextCell } from './RecordTable';

/** 车主记录: every customer who has owned this car in the store, oldest first, with how it changed hands. */
export function OwnersDialog({ opened, vehicle, onClose }: { opened: boolean; vehicle: Vehicle | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={vehicle ? t('customerRecords.owners.title', { vehicle: vehicleName(vehicle) }) : ''} size="xl" closeOnClickOutside>
      <DialogBody>{vehicle && <Owners vehicle={vehicle} />}</DialogBody>
    </AppDialog>
  );
}

function Owners({ vehicle }: { vehicle: Vehicle }) {
  const { t } = useTranslation();
  const owners = useKedangQuery('vehicles.owners', { vehicleId: vehicle.id });
  const columns = ['customer', 'from', 'to', 'reason'].map((c) => t(`customerRecords.owners.${c}`));

  return (
    <>
      {owners.error ? (
        <ErrorNotice error={owners.error} />
      ) : !owners.data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <RecordTable label={t('customerRecords.owners.label', { vehicle: vehicle.vin })} columns={columns} empty={t('customerRecords.owners.empty')} count={owners.data.length} minWidth={560}>
          {owners.data.map((owner, index) => (
            <Table.Tr key={`${owner.customerId}-${owner.fromAt}-${index}`}>
              <Table.Td>
                <Text size="sm">
                  <Text span ff="monospace" size="sm">
                    {owner.archiveNo}
                  </Text>{' '}
                  {owner.customerName}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(owner.fromAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {owner.toAt ? (
                  formatDateTime(owner.toAt)
                ) : (
                  <Badge variant="light" color="green" tt="none">
                    {t('customerRecords.owners.current')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <TextCell value={owner.reason} />
              </Table.Td>
            </Table.Tr>
          ))}
        </RecordTable>
      )}
    </>
  );
}
