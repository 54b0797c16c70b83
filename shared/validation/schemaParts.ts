import { z } from 'zod';

/** Building blocks the feature schemas share, so a form and core trim and null the same way. */

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.iso.date();
export const text = (max: number) => z.string().trim().max(max);
/** Empty text is stored as null. */
export const optionalText = (max: number) => text(max).nullish().transform((v) => (v ? v : null));
export const id = z.number().int().positive();

/** A cross-field rule's finding: the message is the stable code the renderer translates. */
export function issue(ctx: z.RefinementCtx, path: (string | number)[], code: string, params?: Record<string, string>) {
  ctx.addIssue({ code: 'custom', message: code, path, ...(params ? { params } : {}) });
}
