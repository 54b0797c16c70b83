import type { HandlerTable } from './handler';
import { appStatus } from '../app/appStatus';
import * as setup from '../setup/setupHandlers';
import * as auth from '../auth/authHandlers';
import * as users from '../users/userHandlers';
import * as roleHandlers from '../roles/roleHandlers';
import * as settings from '../settings/settingsHandlers';
import * as audit from '../audit/auditHandlers';
import * as customers from '../customers/customerHandlers';
import * as vehicles from '../vehicles/vehicleHandlers';
import * as attachments from '../attachments/attachmentHandlers';
import * as loans from '../loans/loanHandlers';

/** One handler per channel of the contract; the type makes a missing one a compile error. */
export const handlers: HandlerTable = {
  'app.status': appStatus,
  'setup.initialize': setup.initialize,
  'setup.confirmRecovery': setup.confirmRecovery,
  'auth.login': auth.login,
  'auth.logout': auth.logout,
  'auth.lock': auth.lock,
  'auth.unlock': auth.unlock,
  'auth.touch': auth.touch,
  'auth.changePassword': auth.changePassword,
  'auth.recover': auth.recover,
  'users.list': users.list,
  'users.staff': users.staff,
  'users.create': users.create,
  'users.update': users.update,
  'users.resetPassword': users.resetPassword,
  'users.delete': users.remove,
  'roles.matrix': roleHandlers.matrix,
  'roles.setGrant': roleHandlers.setGrant,
  'settings.get': settings.get,
  'settings.update': settings.update,
  'settings.rotateRecovery': settings.rotateRecovery,
  'customers.search': customers.search,
  'customers.get': customers.get,
  'customers.create': customers.create,
  'customers.update': customers.update,
  'customers.setGrade': customers.setGrade,
  'customers.moveFile': customers.moveFile,
  'customers.reveal': customers.reveal,
  'customers.history': customers.history,
  'customers.addRecord': customers.addRecord,
  'customers.updateFeedback': customers.updateFeedback,
  'customers.withdrawConsent': customers.withdrawConsent,
  'customers.followUps': customers.followUps,
  'vehicles.save': vehicles.save,
  'vehicles.transfer': vehicles.transfer,
  'vehicles.owners': vehicles.owners,
  'attachments.add': attachments.add,
  'attachments.open': attachments.open,
  'loans.create': loans.create,
  'loans.submit': loans.submit,
  'loans.decide': loans.decide,
  'loans.checkout': loans.checkout,
  'loans.return': loans.giveBack,
  'loans.cancel': loans.cancel,
  'loans.list': loans.list,
  'loans.rules': loans.rules,
  'loans.updateRules': loans.updateRules,
  'audit.list': audit.list,
  'audit.verify': audit.verify,
};
