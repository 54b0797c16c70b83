import { z } from 'zod';

/** Mainland mobile numbers: 11 digits starting 1[3-9], typed any of the ways people type them. */
export type MobileResult = { ok: true; value: string } | { ok: false; code: 'MOBILE_FORMAT' };

export function parseMobile(input: string): MobileResult {
  let digits = input.normalize('NFKC').replace(/[\s\-()（）.]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits } : { ok: false, code: 'MOBILE_FORMAT' };
}

/** 138****8000 */
export function maskMobile(value: string): string {
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

export const mobileSchema = z.string().transform((v, ctx) => {
  const r = parseMobile(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});
