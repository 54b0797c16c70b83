import { z } from 'zod';
import { oneOf } from '../../routing/searchFields';

export const backupTabs = ['backup', 'check', 'restore', 'history'] as const;
export type BackupTab = (typeof backupTabs)[number];

/** #/backup?tab=check: which of 备份 / 校验备份 / 恢复 / 备份记录 is open. */
export const backupSearch = z.object({ tab: oneOf(backupTabs) });
