import type Database from 'better-sqlite3';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Vehicle } from '../../../shared/vehicles/vehicleTypes';
import type { vehicleInputSchema } from '../../../shared/vehicles/vehicleSchemas';
import { ormOf } from '../db/orm';
import { customers, vehicleOwners, vehicles } from '../db/schema';

type VehicleValues = z.output<typeof vehicleInputSchema>;

const vehicleColumns = {
  id: vehicles.id,
  vin: vehicles.vin,
  plate: vehicles.plate,
  brand: vehicles.brand,
  series: vehicles.series,
  model: vehicles.model,
  config: vehicles.config,
  colour: vehicles.colour,
  engineNo: vehicles.engineNo,
  displacement: vehicles.displacement,
  purchaseDate: vehicles.purchaseDate,
  registrationDate: vehicles.registrationDate,
  contractNo: vehicles.contractNo,
  priceCents: vehicles.priceCents,
  paymentMethod: vehicles.paymentMethod,
  deliveryDate: vehicles.deliveryDate,
  insurer: vehicles.insurer,
  customerId: vehicles.customerId,
};

export function findVehicle(db: Database.Database, id: number): Vehicle | null {
  return ormOf(db).select(vehicleColumns).from(vehicles).where(eq(vehicles.id, id)).get() ?? null;
}

export function vehicleByVin(db: Database.Database, vin: string): { id: number; customerId: number } | null {
  return ormOf(db).select({ id: vehicles.id, customerId: vehicles.customerId }).from(vehicles).where(eq(vehicles.vin, vin)).get() ?? null;
}

export function vehiclesOf(db: Database.Database, customerId: number): Vehicle[] {
  return ormOf(db).select(vehicleColumns).from(vehicles).where(eq(vehicles.customerId, customerId)).orderBy(asc(vehicles.id)).all();
}

/** 一车一档: a new vehicle record starts its ownership history with this file. */
export function insertVehicle(db: Database.Database, customerId: number, v: VehicleValues, byUser: number, now: Date): number {
  const at = now.toISOString();
  const orm = ormOf(db);
  const { id } = orm.insert(vehicles).values({ ...v, customerId, createdAt: at, updatedAt: at }).returning({ id: vehicles.id }).get();
  orm.insert(vehicleOwners).values({ vehicleId: id, customerId, fromAt: at, reason: '建档', byUser }).run();
  return id;
}

export function updateVehicle(db: Database.Database, id: number, v: VehicleValues, now: Date): void {
  ormOf(db).update(vehicles).set({ ...v, updatedAt: now.toISOString() }).where(eq(vehicles.id, id)).run();
}

/** Ownership moves: the old owner's period ends, the new one's starts, the history stays. */
export function transferVehicle(db: Database.Database, vehicleId: number, toCustomerId: number, reason: string, byUser: number, now: Date): void {
  const at = now.toISOString();
  const orm = ormOf(db);
  orm.update(vehicleOwners).set({ toAt: at }).where(and(eq(vehicleOwners.vehicleId, vehicleId), isNull(vehicleOwners.toAt))).run();
  orm.insert(vehicleOwners).values({ vehicleId, customerId: toCustomerId, fromAt: at, reason, byUser }).run();
  orm.update(vehicles).set({ customerId: toCustomerId, updatedAt: at }).where(eq(vehicles.id, vehicleId)).run();
}

export function ownersOf(db: Database.Database, vehicleId: number) {
  return ormOf(db)
    .select({
      customerId: vehicleOwners.customerId,
      customerName: customers.name,
      archiveNo: customers.archiveNo,
      fromAt: vehicleOwners.fromAt,
      toAt: vehicleOwners.toAt,
      reason: vehicleOwners.reason,
      secrecy: customers.secrecy,
      ownerId: customers.ownerId,
      status: customers.status,
    })
    .from(vehicleOwners)
    .innerJoin(customers, eq(customers.id, vehicleOwners.customerId))
    .where(eq(vehicleOwners.vehicleId, vehicleId))
    .orderBy(asc(vehicleOwners.fromAt), asc(vehicleOwners.id))
    .all();
}

/** Does this file hold this vehicle's record (so a service record may name it)? */
export function vehicleOnFile(db: Database.Database, vehicleId: number, customerId: number): boolean {
  return !!ormOf(db).select({ id: vehicles.id }).from(vehicles).where(and(eq(vehicles.id, vehicleId), eq(vehicles.customerId, customerId))).get();
}
