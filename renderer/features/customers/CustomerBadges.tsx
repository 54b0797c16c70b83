import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../../shared/customers/cadence';

const followUpColors = { none: 'gray', ok: 'green', dueToday: 'yellow', overdue: 'red' } as const;

/** Where a file stands against the follow-up cadence; nothing when no cadence applies. */
export function FollowUpBadge({ followUp }: { followUp: FollowUpStatus }) {
  const { t } = useTranslation();
  if (followUp.state === 'none') return null;
  return (
    <Badge size="sm" color={followUpColors[followUp.state]} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {t(`customers.vocab.followUp.${followUp.state}`, { count: followUp.overdueDays })}
    </Badge>
  );
}
