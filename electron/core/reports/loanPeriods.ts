/** Durations as the loan documents print them: 3 天, 4 小时, 30 分钟, 1 天 2 小时. */
export function durationText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  const parts = [days && `${days} 天`, hours && `${hours} 小时`, rest && `${rest} 分钟`].filter(Boolean);
  return parts.length ? parts.slice(0, 2).join(' ') : '0 分钟';
}

export function minutesBetween(from: string, to: string): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / 60_000;
}
