import { BACKUP_FILE_EXTENSION } from '../../../shared/backup/backupFormat';

/** 客档备份-星辰汽车4S店-20261201-153000.kdbak: sortable, and safe on FAT32 and NTFS sticks. */
export function backupFileName(storeName: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const store = [...storeName].filter((c) => c.charCodeAt(0) >= 0x20 && !/[\\/:*?"<>|\s]/.test(c)).join('').slice(0, 40) || 'store';
  return `客档备份-${store}-${stamp}${BACKUP_FILE_EXTENSION}`;
}
