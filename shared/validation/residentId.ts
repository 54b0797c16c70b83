import { toAsciiUpperCase } from './asciiUpperCase';
import { toHalfWidth } from './fullWidth';
import { parserSchema } from './parserSchema';
import { localIsoDate } from './localDate';

/**
 * 18-digit resident identity numbers (GB 11643-1999): a 6-digit area code, the birth date as YYYYMMDD,
 * a 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * The same layout serves the residence permits of Hong Kong, Macau (810000, 820000) and Taiwan (830000)
 * residents, and the 2023 foreigners' permanent-residence ID card (see `hasKnownRegion`).
 */
export const residentIdCodes = ['ID_FORMAT', 'ID_REGION', 'ID_BIRTH_DATE', 'ID_CHECKSUM'] as const;
export type ResidentIdCode = (typeof residentIdCodes)[number];
export type Gender = 'male' | 'female';

export type ResidentIdResult =
  | { ok: true; value: string; birthDate: string; gender: Gender }
  | { ok: false; code: ResidentIdCode };

/** 2^(17-i) mod 11, the MOD 11-2 weights. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** 18-digit numbers were issued from 1999; a birth year before 1900 is a typo, not a customer. */
const EARLIEST_BIRTH_YEAR = 1900;

/** GB/T 2260 province-level codes of the mainland. */
const MAINLAND_PROVINCES = new Set([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
]);
/** Plus GB/T 2260's 71 Taiwan, 81 Hong Kong and 82 Macau, and 83, the area code of Taiwan residents' residence permits. */
const REGIONS = new Set([...MAINLAND_PROVINCES, '71', '81', '82', '83']);

/**
 * Whether the number starts with a place that issues such numbers. A leading 9 is the foreigners'
 * permanent-residence ID card issued from 1 December 2023: 9, the mainland province of the issuing office,
 * a 3-digit nationality code (not checked: the country list changes), then birth date, sequence and check
 * character as above.
 */
function hasKnownRegion(value: string): boolean {
  return value.startsWith('9') ? MAINLAND_PROVINCES.has(value.slice(1, 3)) : REGIONS.has(value.slice(0, 2));
}

/** Half-width, no spaces, a–z upper-cased (a typed `x` becomes `X`). */
export function normaliseResidentId(input: string): string {
  return toAsciiUpperCase(toHalfWidth(input).replace(/\s/g, ''));
}

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks format, region, birth date, then check character. The birth date must be a real calendar date; it is
 * also refused when after `today`, which the caller passes in (no clock is read here, so without
 * `today` a future date is not detected). `today` counts as the caller's calendar day: a child born this
 * morning in Beijing is not "in the future" at 00:30 UTC+8.
 */
export function parseResidentId(input: string, today?: Date): ResidentIdResult {
  const value = normaliseResidentId(input);
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return { ok: false, code: 'ID_FORMAT' };
  if (!hasKnownRegion(value)) return { ok: false, code: 'ID_REGION' };

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (year < EARLIEST_BIRTH_YEAR || !isCalendarDate(year, month, day)) return { ok: false, code: 'ID_BIRTH_DATE' };
  if (today && birthDate > localIsoDate(today)) return { ok: false, code: 'ID_BIRTH_DATE' };

  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, code: 'ID_CHECKSUM' };
  return { ok: true, value, birthDate, gender: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}

/** 110105********1234: the area code and the last four, nothing that dates the person. */
export function maskResidentId(idNumber: string): string {
  const value = normaliseResidentId(idNumber);
  if (value.length === 18) return `${value.slice(0, 6)}********${value.slice(-4)}`;
  return value.length > 4 ? `${'*'.repeat(value.length - 4)}${value.slice(-4)}` : '****';
}

export type ResidentIdField = 'birthDate' | 'gender';

/** The field codes a form shows when a separately entered value contradicts the ID number. */
export const residentIdMismatchCodes = {
  birthDate: 'ID_BIRTH_DATE_MISMATCH',
  gender: 'ID_GENDER_MISMATCH',
} as const satisfies Record<ResidentIdField, string>;

/**
 * The separately entered fields (birth date as YYYY-MM-DD, gender) that contradict the ID number.
 * Empty when the ID itself is invalid: that is the ID field's error, not theirs.
 */
export function residentIdMismatches(idNumber: string, entered: { birthDate?: string | null; gender?: Gender | null }): ResidentIdField[] {
  const parsed = parseResidentId(idNumber);
  if (!parsed.ok) return [];
  const mismatches: ResidentIdField[] = [];
  if (entered.birthDate && entered.birthDate !== parsed.birthDate) mismatches.push('birthDate');
  if (entered.gender && entered.gender !== parsed.gender) mismatches.push('gender');
  return mismatches;
}

/** Format, calendar date and check character; no clock, so no future-date check (see `residentIdSchemaAsOf`). */
export const residentIdSchema = parserSchema((input) => parseResidentId(input));

/** As `residentIdSchema`, and also refuses a birth date after `today` (the caller's clock). */
export function residentIdSchemaAsOf(today: Date) {
  return parserSchema((input) => parseResidentId(input, today));
}
