import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../shared/roles/permissions';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { useRoleLabel } from '../../i18n/roleLabel';

export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** A time in a trail of events: the year only when it is not this year's. */
export const shortTime = (iso: string, now = dayjs()) => (dayjs(iso).year() === now.year() ? dayjs(iso).format('MM-DD HH:mm') : formatTime(iso));

/** The few ways a loan's facts are put into words, shared by the form, the tables and the dialogs. */
export function useLoanFormat() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return {
    /** A policy period in the largest whole unit: 3 天, 4 小时. */
    period: (minutes: number) =>
      minutes % 1440 === 0
        ? t('loans.period.days', { count: minutes / 1440 })
        : minutes % 60 === 0
          ? t('loans.period.hours', { count: minutes / 60 })
          : t('loans.period.minutes', { count: minutes }),
    roles: (roles: readonly string[]) => roles.map((role) => (isRole(role) ? roleLabel(role) : role)).join(t('loans.listSeparator')),
    files: (loan: Pick<LoanRequest, 'files'>) => loan.files.map((f) => (f.name ? `${f.archiveNo} ${f.name}` : f.archiveNo)).join(t('loans.listSeparator')),
  };
}
