/** Printed times are local to the store: Asia/Shanghai unless the caller says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface PrintTime {
  timeZone: string;
  /** `2026-03-05 14:30`, or the input unchanged when it is not a time. */
  dateTime(iso: string): string;
  /** `2026-03-05`; a plain date (YYYY-MM-DD, a local date already) is kept as it is. */
  date(iso: string): string;
  /** `GMT+8`: printed once beside the time of printing. */
  zone(at: string): string;
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Zone offsets change (DST, law) on quarter hours at the finest; one Intl lookup per quarter hour seen. */
const BUCKET_MS = 15 * 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

export function printTime(timeZone: string = DEFAULT_TIME_ZONE): PrintTime {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const zoneName = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
  const offsets = new Map<number, number>();
  // A register prints thousands of times; Intl is slow, so find the zone's offset once per quarter hour and do the rest with arithmetic.
  const offsetAt = (ms: number) => {
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const at = bucket * BUCKET_MS;
      const p = Object.fromEntries(parts.formatToParts(new Date(at)).map((part) => [part.type, Number(part.value)]));
      offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at;
      offsets.set(bucket, offset);
    }
    return offset;
  };
  const local = (iso: string) => {
    const ms = new Date(iso).getTime();
    if (Number.isNaN(ms)) return null;
    const t = new Date(ms + offsetAt(ms));
    return { date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}` };
  };
  return {
    timeZone,
    dateTime: (iso) => {
      if (PLAIN_DATE.test(iso)) return iso;
      const l = local(iso);
      return l ? `${l.date} ${l.time}` : iso;
    },
    date: (iso) => (PLAIN_DATE.test(iso) ? iso : (local(iso)?.date ?? iso)),
    zone: (at) => zoneName.formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
  };
}
