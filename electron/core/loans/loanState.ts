import type { LoanSettings, LoanStatus } from '../../../shared/loans/loanTypes';

const HOUR = 3_600_000;

/** An approved request whose period ended unused reads as expired. */
export function effectiveStatus(status: LoanStatus, endAt: string, now: Date): LoanStatus {
  return status === 'approved' && new Date(endAt).getTime() <= now.getTime() ? 'expired' : status;
}

/** How late a checked-out file is, and which 催还 notice is due: 0 none, 1 the first, 2 the second. */
export function lateness(status: LoanStatus, endAt: string, now: Date, settings: LoanSettings): { overdue: boolean; reminderStage: 0 | 1 | 2 } {
  const lateMs = status === 'checkedOut' ? now.getTime() - new Date(endAt).getTime() : -1;
  return {
    overdue: lateMs > 0,
    reminderStage: lateMs >= settings.secondReminderHours * HOUR ? 2 : lateMs >= settings.firstReminderHours * HOUR ? 1 : 0,
  };
}
