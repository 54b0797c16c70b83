import { z } from 'zod';
import { id } from '../validation/schemaParts';
import { channel, type ChannelDef } from '../contract/channel';
import type { CustomerCard } from '../customers/customerTypes';
import { vehicleInputSchema } from './vehicleSchemas';
import type { Vehicle, VehicleOwnership } from './vehicleTypes';

/** Vehicles (one car, one file). */
export const vehiclesChannels = {
  'vehicles.save': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ customerId: id, vehicleId: id.optional(), vehicle: vehicleInputSchema }).strict(),
    summary: 'Adds a vehicle to a file (one car, one file) or edits it.',
  }),
  'vehicles.transfer': channel<Vehicle>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ vehicleId: id, toCustomerId: id, reason: z.string().trim().min(1).max(200) }).strict(),
    summary: 'Moves a vehicle to another customer; its ownership history stays.',
  }),
  'vehicles.owners': channel<VehicleOwnership[]>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ vehicleId: id }).strict(),
    summary: 'Every owner a vehicle has had in this store, oldest first.',
  }),
} as const satisfies Record<string, ChannelDef>;
