import { toAsciiUpperCase } from './asciiUpperCase';
import { toHalfWidth } from './fullWidth';
import { parserSchema } from './parserSchema';

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015), 18 characters from 0-9 and A-Y without
 * I, O, Z, S, V: registration authority (1-9, A, N, Y), organisation type (a digit 1-9; the pairs with
 * the authority are not enforced, as the table keeps growing), a 6-digit area code, the 9-character
 * organisation code and a check character (weights 3^i mod 31).
 *
 * A failed check character does not block: some early pilot codes fail it. The result is then
 * `ok: true` with `warning: 'USCC_CHECKSUM'`; the form shows the warning and asks the user to confirm.
 */
export const creditCodeCodes = ['USCC_FORMAT', 'USCC_CHECKSUM'] as const;
export type CreditCodeCode = (typeof creditCodeCodes)[number];

export type CreditCodeResult =
  | { ok: true; value: string; checksumValid: true }
  | { ok: true; value: string; checksumValid: false; warning: 'USCC_CHECKSUM' }
  | { ok: false; code: 'USCC_FORMAT' };

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CHAR = '[0-9A-HJ-NPQRTUWXY]';
const FORMAT = new RegExp(`^[1-9ANY][1-9]\\d{6}${CHAR}{10}$`);

/** Half-width, no spaces, a–z upper-cased. */
export function normaliseCreditCode(input: string): string {
  return toAsciiUpperCase(toHalfWidth(input).replace(/\s/g, ''));
}

/** The check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function parseCreditCode(input: string): CreditCodeResult {
  const value = normaliseCreditCode(input);
  if (!FORMAT.test(value)) return { ok: false, code: 'USCC_FORMAT' };
  return creditCodeCheckChar(value.slice(0, 17)) === value[17]
    ? { ok: true, value, checksumValid: true }
    : { ok: true, value, checksumValid: false, warning: 'USCC_CHECKSUM' };
}

/** Refuses only a malformed code (USCC_FORMAT): for a code whose failed check the user has confirmed. */
export const creditCodeSchema = parserSchema(parseCreditCode);

/** Also refuses a failed check character (USCC_CHECKSUM): for a code the user has not confirmed yet. */
export const checkedCreditCodeSchema = parserSchema((input) => {
  const parsed = parseCreditCode(input);
  return parsed.ok && !parsed.checksumValid ? { ok: false, code: parsed.warning } : parsed;
});

/** The schema for a form that has a "code confirmed" tick box. */
export function creditCodeSchemaFor(checksumConfirmed: boolean) {
  return checksumConfirmed ? creditCodeSchema : checkedCreditCodeSchema;
}
