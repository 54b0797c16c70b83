import type Database from 'better-sqlite3';
import type { CustomerCard } from '../../../shared/customers/customerTypes';
import { KedangError } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import { inScope, scopeOf } from './customerScope';
import { findCustomer, toFile, type CustomerDbRow } from './customerStore';
import { fileOut, hasViewGrant } from '../loans/loanStore';
import { readSettings } from '../settings/settingsStore';

const PAGE = 20;

/** A file the caller may see, or NOT_FOUND (audited): files outside one's scope do not exist for them. */
export function visibleCustomer(ctx: CoreContext, id: number): CustomerDbRow {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const row = findCustomer(db, id);
  if (row && !inScope(scopeOf(user), { ownerId: row.owner_id, secrecy: row.secrecy }) && row.secrecy !== 'topSecret') {
    // An approved 查阅 opens the file to its requester until the grant ends; every opening is audited.
    const grant = hasViewGrant(db, user.id, id, ctx.clock.now());
    if (grant !== null) {
      ctx.audit({ action: 'loans.grantOpen', targetType: 'customer', targetId: id, summary: `${row.archive_no}：凭查阅申请 #${grant} 打开档案` });
      return row;
    }
  }
  if (!row || !inScope(scopeOf(user), { ownerId: row.owner_id, secrecy: row.secrecy })) {
    if (row) ctx.auditOnFailure({ action: 'access.denied', targetType: 'customer', targetId: id, summary: '档案不在本人可见范围内' });
    throw new KedangError('NOT_FOUND', `No customer ${id}`);
  }
  return row;
}

export function buildCard(db: Database.Database, row: CustomerDbRow, now: Date): CustomerCard {
  const id = row.id;
  const byName = (sql: string) => sql.replace('FROM', ', COALESCE(u.display_name, \'\') AS byName FROM');
  return {
    customer: toFile(db, row, now, readSettings(db).staleDays),
    loanOut: fileOut(db, id),
    vehicles: db
      .prepare(
        `SELECT id, vin, plate, brand, series, model, config, colour, engine_no AS engineNo, displacement, purchase_date AS purchaseDate,
          registration_date AS registrationDate, contract_no AS contractNo, price_cents AS priceCents, payment_method AS paymentMethod,
          delivery_date AS deliveryDate, insurer, customer_id AS customerId FROM vehicles WHERE customer_id = ? ORDER BY id`,
      )
      .all(id) as CustomerCard['vehicles'],
    intentions: db
      .prepare(
        byName(`SELECT i.id, i.model, i.budget_min AS budgetMin, i.budget_max AS budgetMax, i.expected_date AS expectedDate, i.focus, i.trade_in AS tradeIn,
          i.created_at AS createdAt FROM intentions i LEFT JOIN users u ON u.id = i.by_user WHERE i.customer_id = ? ORDER BY i.created_at DESC LIMIT ${PAGE}`),
      )
      .all(id) as CustomerCard['intentions'],
    contacts: db
      .prepare(
        byName(`SELECT k.id, k.at, k.method, k.content, k.feedback, k.next_step AS nextStep, k.next_at AS nextAt
          FROM contacts k LEFT JOIN users u ON u.id = k.by_user WHERE k.customer_id = ? ORDER BY k.at DESC LIMIT ${PAGE}`),
      )
      .all(id) as CustomerCard['contacts'],
    services: db
      .prepare(
        `SELECT id, vehicle_id AS vehicleId, kind, date, mileage, items, cost_cents AS costCents, technician
         FROM service_records WHERE customer_id = ? ORDER BY date DESC LIMIT ${PAGE}`,
      )
      .all(id) as CustomerCard['services'],
    feedback: db
      .prepare(
        `SELECT id, kind, received_at AS receivedAt, content, handling, result, closed_at AS closedAt, satisfaction
         FROM feedback WHERE customer_id = ? ORDER BY received_at DESC LIMIT ${PAGE}`,
      )
      .all(id) as CustomerCard['feedback'],
    attachments: db
      .prepare('SELECT id, kind, file_name AS fileName, mime, size, created_at AS createdAt FROM attachments WHERE customer_id = ? ORDER BY id DESC')
      .all(id) as CustomerCard['attachments'],
    consents: db
      .prepare('SELECT id, kind, given_at AS givenAt, channel, withdrawn_at AS withdrawnAt, note FROM consents WHERE customer_id = ? ORDER BY given_at DESC')
      .all(id) as CustomerCard['consents'],
    grades: db
      .prepare(byName(`SELECT g.at, g.category, g.grade, g.reason FROM grade_history g LEFT JOIN users u ON u.id = g.by_user WHERE g.customer_id = ? ORDER BY g.at DESC, g.id DESC`))
      .all(id) as CustomerCard['grades'],
    locations: db
      .prepare(byName(`SELECT l.at, l.location FROM location_history l LEFT JOIN users u ON u.id = l.by_user WHERE l.customer_id = ? ORDER BY l.at DESC, l.id DESC`))
      .all(id) as CustomerCard['locations'],
  };
}

export function cardOf(ctx: CoreContext, id: number): CustomerCard {
  return buildCard(ctx.archive().db.sqlite, visibleCustomer(ctx, id), ctx.clock.now());
}
