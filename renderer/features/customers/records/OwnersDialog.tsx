import { Badge, Loader, Modal, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';
import { call } from '../../../api/kedang';
import { ErrorNotice } from '../../../forms/ErrorNotice';
import { formatDateTime, vehicleName } from './recordFormat';
import { RecordTable, TextCell } from './RecordTable';

/** 车主记录: every customer who has owned this car in the store, oldest first, with how it changed hands. */
export function OwnersDialog({ vehicle, onClose }: { vehicle: Vehicle; onClose: () => void }) {
  const { t } = useTranslation();
  const owners = useQuery({ queryKey: ['vehicles.owners', vehicle.id], queryFn: () => call('vehicles.owners', { vehicleId: vehicle.id }) });
  const columns = ['customer', 'from', 'to', 'reason'].map((c) => t(`customerRecords.owners.${c}`));

  return (
    <Modal opened onClose={onClose} title={t('customerRecords.owners.title', { vehicle: vehicleName(vehicle) })} size="xl">
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
    </Modal>
  );
}
