import { KedangError } from '../../../shared/contract/errors';
import type { HandlerContext, HandlersOf } from '../rpc/handler';
import { cardOf } from '../customers/customerCard';
import { canSee, scopeOf } from '../customers/customerScope';
import { markDelivered, reindexCustomer } from '../customers/customerStore';
import { fileOfRecord, visibleFile } from '../customers/fileAccess';
import { refreshFollowUp } from '../customers/followUps';
import { findVehicle, insertVehicle, ownersOf, transferVehicle, updateVehicle, vehicleByVin } from './vehicleStore';
import { vehicleNote } from './vehicleAudit';

/** A vehicle's channels ask for its file first: a car on a file the caller may not see does not exist for them. */
function visibleVehicle(ctx: HandlerContext, vehicleId: number) {
  const vehicle = findVehicle(ctx.db, vehicleId);
  const file = fileOfRecord(ctx, vehicle?.customerId ?? null, 'vehicle');
  return { vehicle: vehicle!, file };
}

export const vehiclesHandlers: HandlersOf<'vehicles'> = {
  /** 一车一档: a VIN belongs to exactly one vehicle record in the store, whoever owns it now. */
  'vehicles.save': (ctx, input) => {
    const user = ctx.requireUser();
    const file = visibleFile(ctx, input.customerId);
    const v = input.vehicle;
    const now = ctx.clock.now();
    const sameVin = vehicleByVin(ctx.db, v.vin);
    if (sameVin && sameVin.id !== input.vehicleId) {
      throw new KedangError('VIN_EXISTS', 'This VIN already has a vehicle file', { fields: [{ path: 'vehicle.vin', code: 'VIN_EXISTS' }] });
    }
    let vehicleId: number;
    if (input.vehicleId) {
      const existing = findVehicle(ctx.db, input.vehicleId);
      if (!existing || existing.customerId !== file.id) throw new KedangError('NOT_FOUND', 'No such vehicle');
      updateVehicle(ctx.db, input.vehicleId, v, now);
      vehicleId = input.vehicleId;
    } else {
      vehicleId = insertVehicle(ctx.db, file.id, v, user.id, now);
    }
    if (v.deliveryDate) {
      markDelivered(ctx.db, file.id, v.deliveryDate);
      // O-grade follow-up runs until delivery.
      refreshFollowUp(ctx.db, file.id, now);
    }
    reindexCustomer(ctx.db, file.id);
    ctx.audit(vehicleNote(input.vehicleId ? 'vehicles.update' : 'vehicles.create', file, vehicleId, v.vin));
    return cardOf(ctx, file.id);
  },

  'vehicles.transfer': (ctx, input) => {
    const user = ctx.requireUser();
    const { vehicle, file: from } = visibleVehicle(ctx, input.vehicleId);
    const to = visibleFile(ctx, input.toCustomerId);
    if (from.id === to.id) throw new KedangError('INVALID_INPUT', 'Already owned by this customer', { fields: [{ path: 'toCustomerId', code: 'SAME_OWNER' }] });
    transferVehicle(ctx.db, vehicle.id, to.id, input.reason, user.id, ctx.clock.now());
    reindexCustomer(ctx.db, from.id);
    reindexCustomer(ctx.db, to.id);
    const summary = { from, to, reason: input.reason };
    ctx.audit(vehicleNote('vehicles.transfer', from, vehicle.id, vehicle.vin, summary));
    ctx.audit(vehicleNote('vehicles.transfer', to, vehicle.id, vehicle.vin, summary));
    return { ...vehicle, customerId: to.id };
  },

  /** Earlier owners the caller may not see are named by archive number only. */
  'vehicles.owners': (ctx, input) => {
    visibleVehicle(ctx, input.vehicleId);
    const scope = scopeOf(ctx.requireUser());
    return ownersOf(ctx.db, input.vehicleId).map(({ secrecy, ownerId, status, ...o }) => ({ ...o, customerName: canSee(scope, { secrecy, ownerId, status }) ? o.customerName : null }));
  },
};
