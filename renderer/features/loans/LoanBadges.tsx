import { Badge, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';
import type { LoanRequest, LoanStatus } from '../../../shared/loans/loanTypes';

const statusColors: Record<LoanStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  approved: 'teal',
  rejected: 'red',
  checkedOut: 'blue',
  returned: 'green',
  cancelled: 'gray',
  expired: 'dark',
};

const secrecyColors: Record<SecrecyLevel, string> = { normal: 'gray', secret: 'orange', confidential: 'red', topSecret: 'grape' };

/** A badge in a table cell is read whole: its label never gives way to "已…" when the column is squeezed. */
const whole = { label: { overflow: 'visible' } } as const;

export function StatusBadge({ status }: { status: LoanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" styles={whole}>
      {t(`loans.statuses.${status}`)}
    </Badge>
  );
}

export function SecrecyBadge({ level, size = 'sm' }: { level: SecrecyLevel; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge color={secrecyColors[level]} variant={level === 'normal' ? 'outline' : 'filled'} size={size} tt="none" styles={whole}>
      {t(`loans.secrecy.${level}`)}
    </Badge>
  );
}

/** 逾期, and which 催还 is due: the first after a day, the second after three (core's settings decide). */
export function OverdueBadge({ loan }: { loan: Pick<LoanRequest, 'overdue' | 'reminderStage'> }) {
  const { t } = useTranslation();
  if (!loan.overdue) return null;
  const label = loan.reminderStage === 2 ? t('loans.overdue.second') : loan.reminderStage === 1 ? t('loans.overdue.first') : null;
  return (
    <Badge color="red" variant={loan.reminderStage ? 'filled' : 'light'} tt="none" styles={whole}>
      {label ? `${t('loans.overdue.badge')} · ${label}` : t('loans.overdue.badge')}
    </Badge>
  );
}
