import dayjs from 'dayjs';

/** A backup's place as people read it: the file's name, and the folder it is in. */
export function splitPath(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return { folder: '', name: path };
  return { folder: path.slice(0, cut) || path.slice(0, 1), name: path.slice(cut + 1) };
}

export function formatWhen(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}

/** An audit anchor as printed on paper and in backups: #seq · the first 16 hex of its hash. */
export function anchorText(anchor: { seq: number; hash: string } | null): string | null {
  return anchor ? `#${anchor.seq} · ${anchor.hash.slice(0, 16)}` : null;
}
