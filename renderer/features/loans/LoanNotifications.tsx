import { ActionIcon, Badge, Group, Indicator, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { useNavigate } from '@tanstack/react-router';
import { useChannelAllowed } from '../../api/channelAccess';
import { useLoanWork } from './loanQueries';
import type { LoansSearch } from './loansSearch';

function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's bell: what waits for this user (requests to sign, files to hand over) and files
 * overdue, polled every minute. It opens on the work first: 待审批 for whoever signs steps, 待交付 for
 * the archive room, the overdue register otherwise; each badge opens its own list.
 */
export function LoanNotifications({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const requests = useChannelAllowed('loans.list');
  const work = useLoanWork(user);
  if (!requests) return null;
  const parts = [
    t('loans.notifications.overdue', { count: work.overdue }),
    ...(work.signs ? [t('loans.notifications.pending', { count: work.pending })] : []),
    ...(work.handles ? [t('loans.notifications.handover', { count: work.handover })] : []),
  ];
  const label = `${t('loans.notifications.label')}：${parts.join(t('loans.listSeparator'))}`;
  const go = (search: LoansSearch) => void navigate({ to: '/loans', search });
  const overdueList = () => go({ tab: 'register', view: 'overdue' });
  const open = () => (work.pending > 0 ? go({ tab: 'pending' }) : work.handover > 0 ? go({ tab: 'handover' }) : work.signs && work.overdue === 0 ? go({ tab: 'pending' }) : overdueList());
  const total = work.overdue + work.pending + work.handover;

  return (
    <Group gap={6} wrap="nowrap" role="status" aria-label={label}>
      <Tooltip label={label}>
        <Indicator label={total} size={16} color="red" disabled={total === 0} offset={4}>
          <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={open}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Tooltip>
      {work.overdue > 0 && (
        <Badge component="button" color="red" variant="filled" tt="none" style={{ cursor: 'pointer' }} onClick={overdueList}>
          {t('loans.notifications.overdue', { count: work.overdue })}
        </Badge>
      )}
      {work.pending > 0 && (
        <Badge component="button" color="yellow" variant="light" tt="none" style={{ cursor: 'pointer' }} onClick={() => go({ tab: 'pending' })}>
          {t('loans.notifications.pending', { count: work.pending })}
        </Badge>
      )}
      {work.handover > 0 && (
        <Badge component="button" color="teal" variant="light" tt="none" style={{ cursor: 'pointer' }} onClick={() => go({ tab: 'handover' })}>
          {t('loans.notifications.handover', { count: work.handover })}
        </Badge>
      )}
    </Group>
  );
}
