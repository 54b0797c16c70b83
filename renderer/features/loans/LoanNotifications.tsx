import { ActionIcon, Badge, Group, Indicator, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { useNavigate } from '@tanstack/react-router';
import { useChannelAllowed } from '../../api/channelAccess';
import { useLoans } from './loanQueries';

const POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: overdue files (and, for approvers, requests waiting), polled every minute. */
export function LoanNotifications({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const requests = useChannelAllowed('loans.list');
  const approves = user.permissions.includes('loan.approve');
  const overdue = useLoans({ view: 'overdue' }, { refetchInterval: POLL_MS });
  const pending = useLoans({ view: 'pending' }, { enabled: approves, refetchInterval: POLL_MS });
  if (!requests) return null;
  const overdueCount = overdue.data?.length ?? 0;
  const pendingCount = approves ? (pending.data?.length ?? 0) : 0;
  const parts = [t('loans.notifications.overdue', { count: overdueCount }), ...(approves ? [t('loans.notifications.pending', { count: pendingCount })] : [])];
  const label = `${t('loans.notifications.label')}：${parts.join(t('loans.listSeparator'))}`;
  const open = () => void navigate({ to: '/loans', search: approves && pendingCount > 0 && overdueCount === 0 ? { tab: 'pending' } : { tab: 'register', view: 'overdue' } });

  return (
    <Group gap={6} wrap="nowrap" role="status" aria-label={label}>
      <Tooltip label={label}>
        <Indicator label={overdueCount + pendingCount} size={16} color="red" disabled={overdueCount + pendingCount === 0} offset={4}>
          <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={open}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Tooltip>
      {overdueCount > 0 && (
        <Badge color="red" variant="filled" tt="none" style={{ cursor: 'pointer' }} onClick={open}>
          {t('loans.notifications.overdue', { count: overdueCount })}
        </Badge>
      )}
      {pendingCount > 0 && (
        <Badge color="yellow" variant="light" tt="none" style={{ cursor: 'pointer' }} onClick={open}>
          {t('loans.notifications.pending', { count: pendingCount })}
        </Badge>
      )}
    </Group>
  );
}
