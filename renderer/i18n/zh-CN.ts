import appZhCN from '../app/i18n.zh-CN';
import dialogsZhCN from '../dialogs/i18n.zh-CN';
import auditZhCN from '../features/audit/i18n.zh-CN';
import backupZhCN from '../features/backup/i18n.zh-CN';
import authZhCN from '../features/auth/i18n.zh-CN';
import customersZhCN from '../features/customers/i18n.zh-CN';
import customerRecordsZhCN from '../features/customers/records/i18n.zh-CN';
import homeZhCN from '../features/home/i18n.zh-CN';
import loansZhCN from '../features/loans/i18n.zh-CN';
import duplicatesZhCN from '../features/duplicates/i18n.zh-CN';
import mergesZhCN from '../features/merges/i18n.zh-CN';
import lifecycleZhCN from '../features/lifecycle/i18n.zh-CN';
import rolesZhCN from '../features/roles/i18n.zh-CN';
import settingsZhCN from '../features/settings/i18n.zh-CN';
import setupZhCN from '../features/setup/i18n.zh-CN';
import signoffZhCN from '../features/signoff/i18n.zh-CN';
import usersZhCN from '../features/users/i18n.zh-CN';
import formsZhCN from '../forms/i18n.zh-CN';
import jobsZhCN from '../jobs/i18n.zh-CN';
import documentsZhCN from '../features/documents/i18n.zh-CN';

/**
 * Simplified Chinese, the product's first language, put together from the texts each feature keeps in
 * its own folder; en-US must carry exactly the same keys (tests/unit/i18n.test.ts).
 */
const zhCN = {
  ...appZhCN,
  ...formsZhCN,
  ...dialogsZhCN,
  ...homeZhCN,
  ...setupZhCN,
  ...authZhCN,
  ...usersZhCN,
  ...rolesZhCN,
  ...signoffZhCN,
  loans: loansZhCN,
  duplicates: duplicatesZhCN,
  merges: mergesZhCN,
  lifecycle: lifecycleZhCN,
  customers: customersZhCN,
  customerRecords: customerRecordsZhCN,
  ...auditZhCN,
  backup: backupZhCN,
  documents: documentsZhCN,
  ...jobsZhCN,
  ...settingsZhCN,
} as const;

export default zhCN;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every locale must have: the zh-CN keys, any strings. */
export type Messages = Widen<typeof zhCN>;
