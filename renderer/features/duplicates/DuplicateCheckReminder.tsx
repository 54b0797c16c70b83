import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannelAllowed } from '../../api/channelAccess';
import { useSession } from '../../api/session';
import { AnchorLink } from '../../routing/links';
import { useDuplicateStatus } from './duplicateQueries';

/**
 * On the dashboard, once a month has passed since the last full duplicate check (or there never was
 * one) — for those who see every file and so run the store's check, not a consultant checking their own.
 */
export function DuplicateCheckReminder() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = useChannelAllowed('duplicates.status') && !!session?.permissions.includes('customer.readAll');
  const status = useDuplicateStatus();
  if (!allowed || !status.data?.due) return null;
  return (
    <Alert color="orange" variant="light" maw={760} role="status" title={t('duplicates.reminder')}>
      {t('duplicates.due')}{' '}
      <AnchorLink to="/lifecycle" search={{ tab: 'duplicates' }} size="sm" c="indigo.9" fw={600}>
        {t('duplicates.open')}
      </AnchorLink>
    </Alert>
  );
}
