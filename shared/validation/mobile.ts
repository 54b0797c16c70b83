import { toHalfWidth } from './fullWidth';
import { parserSchema } from './parserSchema';

/** Mainland mobile numbers: 11 digits starting 1[3-9], however people type them. */
export const mobileCodes = ['MOBILE_FORMAT'] as const;
export type MobileCode = (typeof mobileCodes)[number];

export type MobileResult = { ok: true; value: string } | { ok: false; code: MobileCode };

/** Spaces, dots, parentheses and every dash people paste (hyphen, non-breaking hyphen, en/em dash, minus). */
const SEPARATORS = /[\s.()\-\u2010-\u2015\u2212]/g;

export function parseMobile(input: string): MobileResult {
  let digits = toHalfWidth(input).replace(SEPARATORS, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  // A bare 86 only when it makes 13 digits: an 11-digit number never starts with 86 anyway.
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits } : { ok: false, code: 'MOBILE_FORMAT' };
}

/** 138****8000. Anything that is not a normalised mobile keeps only its last four. */
export function maskMobile(mobile: string): string {
  if (/^\d{11}$/.test(mobile)) return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  return mobile.length > 4 ? `${'*'.repeat(mobile.length - 4)}${mobile.slice(-4)}` : '****';
}

export const mobileSchema = parserSchema(parseMobile);
