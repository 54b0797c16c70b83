import type { HandlerTable } from './rpc/handler';
import { appHandlers } from './app/appHandlers';
import { setupHandlers } from './setup/setupHandlers';
import { authHandlers } from './auth/authHandlers';
import { usersHandlers } from './users/userHandlers';
import { rolesHandlers } from './roles/roleHandlers';
import { settingsHandlers } from './settings/settingsHandlers';
import { customersHandlers } from './customers/customerHandlers';
import { vehiclesHandlers } from './vehicles/vehicleHandlers';
import { attachmentsHandlers } from './attachments/attachmentHandlers';
import { loansHandlers } from './loans/loanHandlers';
import { approvalsHandlers } from './approvals/approvalHandlers';
import { auditHandlers } from './audit/auditHandlers';
import { backupHandlers } from './backup/backupHandlers';
import { jobsHandlers } from './jobs/jobHandlers';
import { documentsHandlers } from './documents/documentHandlers';
import { lifecycleHandlers } from './lifecycle/lifecycleHandlers';
import { duplicatesHandlers } from './duplicates/duplicateHandlers';
import { mergesHandlers } from './merges/mergeHandlers';

/**
 * One handler per channel of the contract, sliced per feature like the contract itself; the type
 * makes a missing one a compile error. Composers (Electron main, the web harness, tests) pass it to Core.
 */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...rolesHandlers,
  ...settingsHandlers,
  ...customersHandlers,
  ...vehiclesHandlers,
  ...attachmentsHandlers,
  ...loansHandlers,
  ...approvalsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...jobsHandlers,
  ...documentsHandlers,
  ...lifecycleHandlers,
  ...duplicatesHandlers,
  ...mergesHandlers,
};
