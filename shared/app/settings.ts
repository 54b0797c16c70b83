import { z } from 'zod';

export const storeInfoSchema = z.object({
  name: z.string().trim().min(1).max(60),
  address: z.string().trim().max(120).default(''),
}).strict();

export const IDLE_LOCK_MINUTES_DEFAULT = 10;

export interface AppSettings {
  storeName: string;
  storeAddress: string;
  idleLockMinutes: number;
}

export const settingsPatchSchema = z
  .object({
    storeName: z.string().trim().min(1).max(60).optional(),
    storeAddress: z.string().trim().max(120).optional(),
    idleLockMinutes: z.number().int().min(1).max(240).optional(),
  })
  .strict();
