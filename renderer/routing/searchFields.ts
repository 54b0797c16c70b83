import { z } from 'zod';

/**
 * Search-param fields as the address bar hands them back: TanStack Router parses `?q=8000` as the
 * number 8000 and a hand-edited value may be anything, so each field takes what it can and a value it
 * cannot use is dropped rather than breaking the screen.
 */
export const textParam = (max = 100) =>
  z
    .preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().max(max))
    .optional()
    .catch(undefined);

export const idParam = () => z.number().int().positive().optional().catch(undefined);

export const flagParam = () => z.boolean().optional().catch(undefined);

/** A calendar day, YYYY-MM-DD. */
export const dayParam = () => z.iso.date().optional().catch(undefined);

export const oneOf = <const T extends string>(values: readonly T[]) =>
  z
    .enum(values as unknown as readonly [T, ...T[]])
    .optional()
    .catch(undefined);
