import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerFile } from '../../../shared/customers/customerTypes';
import { useChannelAllowed } from '../../api/channelAccess';
import { useDialogState } from '../../dialogs/useDialogState';
import { RestrictDialog, UnrestrictDialog } from './RestrictDialogs';

/** 封存 / 解除封存 on a customer card, for the archive admin: the same dialogs as the restricted-files tab. */
export function FileRestriction({ customer }: { customer: Pick<CustomerFile, 'id' | 'archiveNo' | 'name' | 'status'> }) {
  const { t } = useTranslation();
  const allowed = useChannelAllowed('lifecycle.restrict');
  const restricting = useDialogState();
  const lifting = useDialogState();
  const file = { customerId: customer.id, archiveNo: customer.archiveNo, name: customer.name };
  if (!allowed) return null;
  if (customer.status === 'restricted') {
    return (
      <>
        <Button variant="default" color="orange" onClick={() => lifting.open(true)}>
          {t('lifecycle.restricted.lift')}
        </Button>
        <UnrestrictDialog opened={lifting.opened} file={file} onClose={lifting.close} />
      </>
    );
  }
  if (customer.status !== 'active' && customer.status !== 'invalid') return null;
  return (
    <>
      <Button variant="default" color="orange" onClick={() => restricting.open(true)}>
        {t('lifecycle.restrict.short')}
      </Button>
      <RestrictDialog opened={restricting.opened} file={file} onClose={restricting.close} />
    </>
  );
}
