/** The calendar day of `day` on this machine's clock, as YYYY-MM-DD (the store works in local time). */
export function localIsoDate(day: Date): string {
  return `${String(day.getFullYear()).padStart(4, '0')}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}
