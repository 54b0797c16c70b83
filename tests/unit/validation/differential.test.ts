import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/mobile';
import { parseResidentId } from '../../../shared/validation/residentId';
import { parseVin } from '../../../shared/validation/vin';
import { parseCreditCode } from '../../../shared/validation/creditCode';
import { parseMobile } from '../../../shared/validation/mobile';
import {
  CREDIT_CODE_CHARS,
  MAINLAND_PROVINCE_CODES,
  referenceCreditCodeCheckChar,
  referenceIdCheckChar,
  referenceVinCheckDigit,
  seededRandom,
} from './reference';

/**
 * Each validator against an implementation written from its standard, over many generated inputs: mostly
 * well-formed (so the acceptance paths are compared, not only refusals), some with a wrong check character,
 * some with one character changed, dropped or added, including letters that upper-case to ASCII.
 */
const CASES = 40_000;
const MUTATIONS = 'IOQSVXAa-.ſßﬂı';

function mutate(r: ReturnType<typeof seededRandom>, value: string): string {
  const at = r.int(0, value.length - 1);
  const kind = r.int(0, 2);
  if (kind === 0) return value.slice(0, at) + r.pick(`0123456789${MUTATIONS}`) + value.slice(at + 1);
  if (kind === 1) return value.slice(0, at) + value.slice(at + 1);
  return value.slice(0, at) + r.pick(`0123456789${MUTATIONS}`) + value.slice(at);
}

/** GB 11643-1999 numbers, from the places GB/T 2260 lists, and the 2023 permanent-residence card (9, province, nationality). */
function referenceResidentId(id: string): { birthDate: string; gender: 'male' | 'female' } | null {
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return null;
  const issued = id[0] === '9' ? MAINLAND_PROVINCE_CODES.includes(id.slice(1, 3)) : [...MAINLAND_PROVINCE_CODES, '71', '81', '82', '83'].includes(id.slice(0, 2));
  if (!issued) return null;
  const [year, month, day] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  // 1900 is the app's floor for a birth year, not the standard's.
  if (year < 1900 || daysInMonth === undefined || day < 1 || day > daysInMonth) return null;
  if (referenceIdCheckChar(id.slice(0, 17)) !== id[17]) return null;
  return { birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** ISO 3779: 17 Arabic numerals and capital Roman letters other than I, O and Q; the check digit in position 9 (49 CFR 565.15). */
function referenceVin(vin: string): { ok: true; value: string } | { ok: false; code: string } {
  const characters = [...vin];
  if (characters.length !== 17 || !characters.every((ch) => ('0' <= ch && ch <= '9') || ('A' <= ch && ch <= 'Z' && !'IOQ'.includes(ch)))) return { ok: false, code: 'VIN_FORMAT' };
  return referenceVinCheckDigit(vin) === vin[8] ? { ok: true, value: vin } : { ok: false, code: 'VIN_CHECK_DIGIT' };
}

/**
 * GB 32100-2015: registration authority (1–9, A, N, Y in the code table), organisation type (1–9), a 6-digit
 * GB/T 2260 area code, a 9-character organisation code and the check character, all from the 31 code characters.
 */
function referenceCreditCode(code: string): { format: boolean; check: boolean } {
  const characters = [...code];
  const format =
    characters.length === 18 &&
    '123456789ANY'.includes(characters[0]!) &&
    '123456789'.includes(characters[1]!) &&
    characters.slice(2, 8).every((ch) => '0123456789'.includes(ch)) &&
    characters.slice(8).every((ch) => CREDIT_CODE_CHARS.includes(ch));
  return { format, check: format && referenceCreditCodeCheckChar(code.slice(0, 17)) === code[17] };
}

describe('the validators agree with independent implementations of their standards', () => {
  it('ID numbers: GB 11643-1999 layout and check character, GB/T 2260 provinces, the 2023 permanent-residence card', () => {
    const r = seededRandom(11643);
    const mismatches: string[] = [];
    let accepted = 0;
    for (let n = 0; n < CASES; n += 1) {
      const area = r.chance(0.4) ? r.pick(MAINLAND_PROVINCE_CODES) + r.digits(4) : r.chance(0.2) ? `9${r.chance(0.7) ? r.pick(MAINLAND_PROVINCE_CODES) : r.digits(2)}${r.digits(3)}` : r.digits(6);
      const birth = `${r.int(1890, 2035)}${String(r.int(r.chance(0.05) ? 0 : 1, r.chance(0.05) ? 13 : 12)).padStart(2, '0')}${String(r.int(0, r.chance(0.9) ? 28 : 32)).padStart(2, '0')}`;
      const first17 = area + birth + r.digits(3);
      let id = first17 + (r.chance(0.75) ? referenceIdCheckChar(first17) : r.pick('0123456789X'));
      if (r.chance(0.1)) id = mutate(r, id);
      const expected = referenceResidentId(id);
      const parsed = parseResidentId(id);
      if (parsed.ok) accepted += 1;
      if (parsed.ok !== (expected !== null) || (parsed.ok && (parsed.birthDate !== expected?.birthDate || parsed.gender !== expected.gender))) mismatches.push(id);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(accepted).toBeGreaterThan(CASES / 10);
  });

  it('VINs: ISO 3779 characters and the 49 CFR 565 check digit', () => {
    const r = seededRandom(3779);
    const alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const mismatches: string[] = [];
    let accepted = 0;
    for (let n = 0; n < CASES; n += 1) {
      let vin = Array.from({ length: 17 }, () => r.pick(alphabet)).join('');
      if (r.chance(0.75)) vin = vin.slice(0, 8) + referenceVinCheckDigit(vin) + vin.slice(9);
      if (r.chance(0.15)) vin = mutate(r, vin);
      const parsed = parseVin(vin);
      if (parsed.ok) accepted += 1;
      // The validator upper-cases a–z; the reference is given the capitals it would see.
      const expected = referenceVin(vin.replace(/[a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 32)));
      if (JSON.stringify(parsed) !== JSON.stringify(expected)) mismatches.push(vin);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(accepted).toBeGreaterThan(CASES / 2);
  });

  it('credit codes: GB 32100-2015 characters and check character', () => {
    const r = seededRandom(32100);
    const mismatches: string[] = [];
    let valid = 0;
    for (let n = 0; n < CASES; n += 1) {
      const head = (r.chance(0.9) ? r.pick('123456789ANY') : r.pick('0BZ')) + (r.chance(0.9) ? r.pick('123456789') : r.pick('0A')) + r.digits(6);
      const first17 = head + Array.from({ length: 9 }, () => r.pick(CREDIT_CODE_CHARS)).join('');
      let code = first17 + (r.chance(0.75) ? referenceCreditCodeCheckChar(first17) : r.pick(CREDIT_CODE_CHARS));
      if (r.chance(0.15)) code = mutate(r, code);
      const parsed = parseCreditCode(code);
      const expected = referenceCreditCode(code.replace(/[a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 32)));
      if (parsed.ok && parsed.checksumValid) valid += 1;
      if (parsed.ok !== expected.format || (parsed.ok && parsed.checksumValid !== expected.check)) mismatches.push(code);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(valid).toBeGreaterThan(CASES / 2);
  });

  it('mobile numbers: the block table agrees with libphonenumber-js on every 5-digit prefix, 149 aside', () => {
    // 149 is the one deliberate difference (see shared/validation/mobile.ts); this fails once libphonenumber adds it.
    expect(isValidPhoneNumber('14912345678', 'CN')).toBe(false);
    const r = seededRandom(86);
    const mismatches: string[] = [];
    let accepted = 0;
    for (let prefix = 10_000; prefix < 20_000; prefix += 1) {
      for (let k = 0; k < 25; k += 1) {
        const number = `${prefix}${r.digits(6)}`;
        const ours = parseMobile(number).ok;
        if (ours) accepted += 1;
        if (ours !== (isValidPhoneNumber(number, 'CN') || number.startsWith('149'))) mismatches.push(number);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(accepted).toBeGreaterThan(100_000);
  });
});
