import dayjs from 'dayjs';

/** A due date with its year when it is not this year's: "逾期 40 天" next to "11-20" would not say which November. */
export function dueDateText(iso: string, now = dayjs()): string {
  const due = dayjs(iso);
  return due.year() === now.year() ? due.format('MM-DD HH:mm') : due.format('YYYY-MM-DD HH:mm');
}
