import type Database from 'better-sqlite3';
import type { CustomerCard } from '../../../shared/customers/customerTypes';
import type { HandlerContext } from '../rpc/handler';
import { attachmentsOf } from '../attachments/attachmentStore';
import { fileOut } from '../loans/loanStore';
import { readSettings } from '../settings/settingsStore';
import { vehiclesOf } from '../vehicles/vehicleStore';
import { findCustomer, gradeChangesOf, locationMovesOf, phonesOf, type CustomerRecord } from './customerStore';
import { toFile } from './customerView';
import { visibleFile } from './fileAccess';
import { consentsOf, contactsOf, feedbackOf, intentionsOf, servicesOf } from './recordStore';

function mergedIntoOf(db: Database.Database, file: CustomerRecord): CustomerCard['mergedInto'] {
  if (file.mergedInto === null) return null;
  const into = findCustomer(db, file.mergedInto);
  return into ? { id: into.id, archiveNo: into.archiveNo } : null;
}

/** The customer card: the file, masked, with the first page of every tab. */
export function buildCard(db: Database.Database, file: CustomerRecord, now: Date, options: { complete?: boolean } = {}): CustomerCard {
  const id = file.id;
  // SQLite reads LIMIT -1 as no limit: the whole file, for a personal information copy.
  const limit = options.complete ? -1 : undefined;
  return {
    customer: toFile(file, phonesOf(db, id), now, readSettings(db).staleDays),
    loanOut: fileOut(db, id),
    mergedInto: mergedIntoOf(db, file),
    vehicles: vehiclesOf(db, id),
    intentions: intentionsOf(db, id, limit),
    contacts: contactsOf(db, id, limit),
    services: servicesOf(db, id, limit),
    feedback: feedbackOf(db, id, limit),
    attachments: attachmentsOf(db, id),
    consents: consentsOf(db, id),
    grades: gradeChangesOf(db, id),
    locations: locationMovesOf(db, id),
  };
}

/** The card of a file the caller may see (its visibility checked first). */
export function cardOf(ctx: HandlerContext, id: number): CustomerCard {
  return buildCard(ctx.db, visibleFile(ctx, id), ctx.clock.now());
}
