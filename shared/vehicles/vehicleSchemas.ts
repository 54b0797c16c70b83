import { z } from 'zod';
import { paymentMethods } from '../customers/vocabularies';
import { isoDate, issue, optionalText } from '../validation/schemaParts';
import { parsePlate } from '../validation/plate';
import { parseVin } from '../validation/vin';

export const vehicleInputSchema = z
  .object({
    vin: z.string().max(30),
    plate: optionalText(20),
    brand: optionalText(40),
    series: optionalText(40),
    model: optionalText(60),
    config: optionalText(80),
    colour: optionalText(30),
    engineNo: optionalText(40),
    displacement: optionalText(20),
    purchaseDate: isoDate.nullish().transform((v) => v ?? null),
    registrationDate: isoDate.nullish().transform((v) => v ?? null),
    contractNo: optionalText(40),
    priceCents: z.number().int().min(0).max(1e12).nullish().transform((v) => v ?? null),
    paymentMethod: z.enum(paymentMethods).nullish().transform((v) => v ?? null),
    deliveryDate: isoDate.nullish().transform((v) => v ?? null),
    insurer: optionalText(60),
  })
  .strict()
  .superRefine((v, ctx) => {
    const vin = parseVin(v.vin);
    if (!vin.ok) issue(ctx, ['vin'], vin.code);
    if (v.plate && !parsePlate(v.plate).ok) issue(ctx, ['plate'], 'PLATE_FORMAT');
  })
  .transform((v) => {
    const vin = parseVin(v.vin);
    const plate = v.plate ? parsePlate(v.plate) : null;
    return { ...v, vin: vin.ok ? vin.value : v.vin, plate: plate?.ok ? plate.value : v.plate };
  });
export type VehicleInput = z.input<typeof vehicleInputSchema>;
