import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../shared/customers/customerTypes';
import { formatTime } from './useLoanFormat';

/** On a customer card: who holds the paper file now and when it is due back; nothing while it is in the archive. */
export function LoanOutBadge({ loanOut }: { loanOut: CustomerCard['loanOut'] }) {
  const { t } = useTranslation();
  if (!loanOut) return null;
  const overdue = new Date(loanOut.dueAt).getTime() < Date.now();
  return (
    <Badge color={overdue ? 'red' : 'orange'} variant="light" size="lg" tt="none" fw={500}>
      {t('loans.loanOut', { holder: loanOut.holder, dueAt: formatTime(loanOut.dueAt) })}
    </Badge>
  );
}
