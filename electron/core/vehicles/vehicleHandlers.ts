import { KedangError } from '../../../shared/contract/errors';
import type { Vehicle, VehicleOwnership } from '../../../shared/vehicles/vehicleTypes';
import type { Handler } from '../rpc/handler';
import { cardOf, visibleCustomer } from '../customers/customerCard';
import { reindexCustomer } from '../customers/customerStore';
import { refreshFollowUp } from '../customers/followUps';

const vehicleColumns = `id, vin, plate, brand, series, model, config, colour, engine_no AS engineNo, displacement, purchase_date AS purchaseDate,
  registration_date AS registrationDate, contract_no AS contractNo, price_cents AS priceCents, payment_method AS paymentMethod,
  delivery_date AS deliveryDate, insurer, customer_id AS customerId`;

/** 一车一档: a VIN belongs to exactly one vehicle record in the store, whoever owns it now. */
export const save: Handler<'vehicles.save'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const c = visibleCustomer(ctx, input.customerId);
  const v = input.vehicle;
  const now = ctx.clock.now().toISOString();
  const sameVin = db.prepare('SELECT id, customer_id FROM vehicles WHERE vin = ?').get(v.vin) as { id: number; customer_id: number } | undefined;
  if (sameVin && sameVin.id !== input.vehicleId) {
    throw new KedangError('CONFLICT', 'This VIN already has a vehicle file', { fields: [{ path: 'vehicle.vin', code: 'VIN_EXISTS' }], details: { vehicleId: sameVin.id } });
  }
  const cols = {
    vin: v.vin, plate: v.plate, brand: v.brand, series: v.series, model: v.model, config: v.config, colour: v.colour, engine_no: v.engineNo,
    displacement: v.displacement, purchase_date: v.purchaseDate, registration_date: v.registrationDate, contract_no: v.contractNo,
    price_cents: v.priceCents, payment_method: v.paymentMethod, delivery_date: v.deliveryDate, insurer: v.insurer, updated_at: now,
  };
  let vehicleId: number;
  if (input.vehicleId) {
    const existing = db.prepare('SELECT customer_id FROM vehicles WHERE id = ?').get(input.vehicleId) as { customer_id: number } | undefined;
    if (!existing || existing.customer_id !== c.id) throw new KedangError('NOT_FOUND', 'No such vehicle on this file');
    db.prepare(`UPDATE vehicles SET ${Object.keys(cols).map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...cols, id: input.vehicleId });
    vehicleId = input.vehicleId;
  } else {
    const all = { ...cols, customer_id: c.id, created_at: now };
    vehicleId = Number(db.prepare(`INSERT INTO vehicles (${Object.keys(all).join(', ')}) VALUES (${Object.keys(all).map((k) => `@${k}`).join(', ')})`).run(all).lastInsertRowid);
    db.prepare('INSERT INTO vehicle_owners (vehicle_id, customer_id, from_at, reason, by_user) VALUES (?, ?, ?, ?, ?)').run(vehicleId, c.id, now, '建档', user.id);
  }
  if (v.deliveryDate) {
    db.prepare('UPDATE customers SET delivered_at = coalesce(delivered_at, ?) WHERE id = ?').run(v.deliveryDate, c.id);
    // O-grade follow-up runs until delivery.
    refreshFollowUp(db, c.id, ctx.clock.now());
  }
  reindexCustomer(db, c.id);
  ctx.audit({ action: input.vehicleId ? 'vehicles.update' : 'vehicles.create', targetType: 'customer', targetId: c.id, summary: `${c.archive_no}：${input.vehicleId ? '修改' : '登记'}车辆 #${vehicleId}（车架号后六位 ${v.vin.slice(-6)}）` });
  return cardOf(ctx, c.id);
};

export const transfer: Handler<'vehicles.transfer'> = (ctx, input) => {
  const user = ctx.requireUser();
  const db = ctx.archive().db.sqlite;
  const vehicle = db.prepare(`SELECT ${vehicleColumns} FROM vehicles WHERE id = ?`).get(input.vehicleId) as Vehicle | undefined;
  if (!vehicle) throw new KedangError('NOT_FOUND', 'No such vehicle');
  const from = visibleCustomer(ctx, vehicle.customerId);
  const to = visibleCustomer(ctx, input.toCustomerId);
  if (from.id === to.id) throw new KedangError('INVALID_INPUT', 'Already owned by this customer', { fields: [{ path: 'toCustomerId', code: 'SAME_OWNER' }] });
  const now = ctx.clock.now().toISOString();
  db.prepare('UPDATE vehicle_owners SET to_at = ? WHERE vehicle_id = ? AND to_at IS NULL').run(now, vehicle.id);
  db.prepare('INSERT INTO vehicle_owners (vehicle_id, customer_id, from_at, reason, by_user) VALUES (?, ?, ?, ?, ?)').run(vehicle.id, to.id, now, input.reason, user.id);
  db.prepare('UPDATE vehicles SET customer_id = ?, updated_at = ? WHERE id = ?').run(to.id, now, vehicle.id);
  reindexCustomer(db, from.id);
  reindexCustomer(db, to.id);
  const summary = `车辆 #${vehicle.id}（车架号后六位 ${vehicle.vin.slice(-6)}）过户：${from.archive_no} → ${to.archive_no}（${input.reason}）`;
  ctx.audit({ action: 'vehicles.transfer', targetType: 'customer', targetId: from.id, summary });
  ctx.audit({ action: 'vehicles.transfer', targetType: 'customer', targetId: to.id, summary });
  return { ...vehicle, customerId: to.id };
};

export const owners: Handler<'vehicles.owners'> = (ctx, input) => {
  const db = ctx.archive().db.sqlite;
  const vehicle = db.prepare('SELECT customer_id FROM vehicles WHERE id = ?').get(input.vehicleId) as { customer_id: number } | undefined;
  if (!vehicle) throw new KedangError('NOT_FOUND', 'No such vehicle');
  visibleCustomer(ctx, vehicle.customer_id);
  return db
    .prepare(
      `SELECT o.customer_id AS customerId, c.name AS customerName, c.archive_no AS archiveNo, o.from_at AS fromAt, o.to_at AS toAt, o.reason
       FROM vehicle_owners o JOIN customers c ON c.id = o.customer_id WHERE o.vehicle_id = ? ORDER BY o.from_at, o.id`,
    )
    .all(input.vehicleId) as VehicleOwnership[];
};
