import { toAsciiUpperCase } from './asciiUpperCase';
import { toHalfWidth } from './fullWidth';
import { parserSchema } from './parserSchema';

/**
 * Vehicle identification numbers (ISO 3779, GB 16735): 17 letters and digits without I, O or Q, with a
 * check digit at position 9, which GB 16735 makes mandatory for vehicles sold in China.
 */
export const vinCodes = ['VIN_FORMAT', 'VIN_CHECK_DIGIT'] as const;
export type VinCode = (typeof vinCodes)[number];

export type VinResult = { ok: true; value: string } | { ok: false; code: VinCode };

const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Half-width, no spaces, a–z upper-cased. */
export function normaliseVin(input: string): string {
  return toAsciiUpperCase(toHalfWidth(input).replace(/\s/g, ''));
}

/** The check digit for a 17-character VIN (position 9 itself has weight 0, so any placeholder works there). */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const ch = vin[i]!;
    sum += (/\d/.test(ch) ? Number(ch) : TRANSLITERATION[ch]!) * WEIGHTS[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

export function parseVin(input: string): VinResult {
  const value = normaliseVin(input);
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(value)) return { ok: false, code: 'VIN_FORMAT' };
  return vinCheckDigit(value) === value[8] ? { ok: true, value } : { ok: false, code: 'VIN_CHECK_DIGIT' };
}

/** The last `n` characters (the serial part), how staff read a VIN aloud and search for it. */
export function vinTail(vin: string, n = 6): string {
  return n > 0 ? normaliseVin(vin).slice(-n) : '';
}

export const vinSchema = parserSchema(parseVin);
