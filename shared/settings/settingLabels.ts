import type { Label } from '../i18n/label';
import type { AppSettings } from './settings';

/** Each setting's name in both languages: the audit entry of a change names it, in whichever language it is read. */
export const settingLabels: Record<keyof AppSettings, Label> = {
  storeName: { zh: '门店名称', en: 'Store name' },
  storeAddress: { zh: '门店地址', en: 'Store address' },
  idleLockMinutes: { zh: '自动锁定（分钟）', en: 'Auto-lock (minutes)' },
  archivePattern: { zh: '档案编号规则', en: 'Archive number pattern' },
  attachmentMaxMb: { zh: '附件上限（MB）', en: 'Attachment limit (MB)' },
  staleDays: { zh: '久未联系（天）', en: 'Not contacted for (days)' },
  followUpDaysO: { zh: 'O 级跟进间隔（天）', en: 'Grade O follow-up interval (days)' },
  followUpDaysH: { zh: 'H 级跟进间隔（天）', en: 'Grade H follow-up interval (days)' },
  followUpDaysA: { zh: 'A 级跟进间隔（天）', en: 'Grade A follow-up interval (days)' },
  followUpDaysB: { zh: 'B 级跟进间隔（天）', en: 'Grade B follow-up interval (days)' },
  backupKeepLast: { zh: '备份保留份数', en: 'Backups kept' },
  backupWarnDays: { zh: '备份提醒（天）', en: 'Backup reminder (days)' },
  backupFolder: { zh: '备份文件夹', en: 'Backup folder' },
  backupRecipient: { zh: '备份密钥', en: 'Backup key' },
};
