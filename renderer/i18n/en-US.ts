import appEnUS from '../app/i18n.en-US';
import dialogsEnUS from '../dialogs/i18n.en-US';
import auditEnUS from '../features/audit/i18n.en-US';
import backupEnUS from '../features/backup/i18n.en-US';
import authEnUS from '../features/auth/i18n.en-US';
import customersEnUS from '../features/customers/i18n.en-US';
import customerRecordsEnUS from '../features/customers/records/i18n.en-US';
import homeEnUS from '../features/home/i18n.en-US';
import loansEnUS from '../features/loans/i18n.en-US';
import duplicatesEnUS from '../features/duplicates/i18n.en-US';
import mergesEnUS from '../features/merges/i18n.en-US';
import lifecycleEnUS from '../features/lifecycle/i18n.en-US';
import rolesEnUS from '../features/roles/i18n.en-US';
import settingsEnUS from '../features/settings/i18n.en-US';
import setupEnUS from '../features/setup/i18n.en-US';
import signoffEnUS from '../features/signoff/i18n.en-US';
import usersEnUS from '../features/users/i18n.en-US';
import formsEnUS from '../forms/i18n.en-US';
import jobsEnUS from '../jobs/i18n.en-US';
import documentsEnUS from '../features/documents/i18n.en-US';
import type { Messages } from './zh-CN';

/** English, put together from the texts each feature keeps in its own folder. */
const enUS: Messages = {
  ...appEnUS,
  ...formsEnUS,
  ...dialogsEnUS,
  ...homeEnUS,
  ...setupEnUS,
  ...authEnUS,
  ...usersEnUS,
  ...rolesEnUS,
  ...signoffEnUS,
  loans: loansEnUS,
  duplicates: duplicatesEnUS,
  merges: mergesEnUS,
  lifecycle: lifecycleEnUS,
  customers: customersEnUS,
  customerRecords: customerRecordsEnUS,
  ...auditEnUS,
  backup: backupEnUS,
  documents: documentsEnUS,
  ...jobsEnUS,
  ...settingsEnUS,
};

export default enUS;
