/**
 * 每月查重 (客户信息管理办法 第十条): the next check is due one calendar month after the last, counted in
 * the store's days (China Standard Time, no daylight saving); with no check yet it is due now.
 */
const STORE_OFFSET_MS = 8 * 3_600_000;

export function nextCheckDue(lastAt: string | null): Date | null {
  if (lastAt === null) return null;
  const local = new Date(new Date(lastAt).getTime() + STORE_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  // 31 January → 28/29 February: the last day of a shorter month, not the 3rd of March.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const next = Date.UTC(year, month, Math.min(local.getUTCDate(), lastDay), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), local.getUTCMilliseconds());
  return new Date(next - STORE_OFFSET_MS);
}

export function checkDue(lastAt: string | null, now: Date): boolean {
  const due = nextCheckDue(lastAt);
  return due === null || now.getTime() >= due.getTime();
}
