import { describe, expect, it } from 'vitest';
import { maskResidentId, parseResidentId, residentIdCheckChar, residentIdMismatches, residentIdSchema } from '../../shared/validation/residentId';
import { maskMobile, parseMobile, mobileSchema } from '../../shared/validation/mobile';
import { parseVin, vinCheckDigit, vinSchema } from '../../shared/validation/vin';
import { parsePlate, plateSchema } from '../../shared/validation/plate';
import { creditCodeCheckChar, creditCodeSchema, parseCreditCode } from '../../shared/validation/creditCode';
import { customerInputSchema } from '../../shared/customers/customerSchemas';

const today = new Date('2026-11-23T12:00:00+08:00');

/** Builds a valid ID from its first 17 characters, so tests do not depend on one published sample. */
function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe('resident ID numbers (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('accepts a valid number and derives birth date and gender', () => {
    expect(parseResidentId('11010519491231002X', today)).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' });
    const male = withCheck('44030419850615123');
    expect(parseResidentId(male, today)).toMatchObject({ ok: true, birthDate: '1985-06-15', gender: 'male' });
  });

  it('normalises a lower-case x, spaces and full-width digits', () => {
    expect(parseResidentId(' 110105 19491231 002x', today)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId('１１０１０５１９４９１２３１００２Ｘ', today)).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it.each([
    ['a wrong check digit', '110105194912310021', 'ID_CHECKSUM'],
    ['17 digits', '11010519491231002', 'ID_FORMAT'],
    ['a letter inside', '1101051949123100AX', 'ID_FORMAT'],
    ['an area code starting with 0', withCheck('01010519491231002'), 'ID_FORMAT'],
    ['30 February', withCheck('11010519900230002'), 'ID_BIRTH_DATE'],
    ['a birth date in the future', withCheck('11010520300101002'), 'ID_BIRTH_DATE'],
  ])('refuses %s', (_what, input, code) => {
    expect(parseResidentId(input, today)).toEqual({ ok: false, code });
  });

  it('masks all but the area code and the last four', () => {
    expect(maskResidentId('110105194912310021')).toBe('110105********0021');
  });

  it('cross-checks a separately entered birth date and gender', () => {
    expect(residentIdMismatches('11010519491231002X', { birthDate: '1949-12-31', gender: 'female' })).toEqual([]);
    expect(residentIdMismatches('11010519491231002X', { birthDate: '1950-01-01', gender: 'male' })).toEqual(['birthDate', 'gender']);
  });

  it('its schema raises the stable code', () => {
    const r = residentIdSchema.safeParse('110105194912310021');
    expect(r.success ? null : r.error.issues[0]?.message).toBe('ID_CHECKSUM');
  });
});

describe('mainland mobile numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086-138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['(138)0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['＋８６ １９９－１２３４－５６７８', '19912345678'],
  ])('normalises %s', (input, value) => {
    expect(parseMobile(input)).toEqual({ ok: true, value });
  });

  it.each(['1380013800', '138001380001', '12800138000', '23800138000', '+1 415 555 0100', 'abc'])('refuses %s', (input) => {
    expect(parseMobile(input)).toEqual({ ok: false, code: 'MOBILE_FORMAT' });
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
    const r = mobileSchema.safeParse('123');
    expect(r.success ? null : r.error.issues[0]?.message).toBe('MOBILE_FORMAT');
  });
});

describe('VINs (ISO 3779 check digit, mandatory under GB 16735)', () => {
  it('accepts valid VINs, upper-casing them', () => {
    expect(parseVin('1m8gdm9axkp042788')).toEqual({ ok: true, value: '1M8GDM9AXKP042788' });
    expect(parseVin('LSVAM4187C2184847')).toEqual({ ok: true, value: 'LSVAM4187C2184847' });
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
  });

  it.each([
    ['a wrong check digit', '1M8GDM9A1KP042788', 'VIN_CHECK_DIGIT'],
    ['16 characters', '1M8GDM9AXKP04278', 'VIN_FORMAT'],
    ['the letter O', 'LSVAM4187C21848O7', 'VIN_FORMAT'],
    ['the letter I', 'LSVAM4187C2I84847', 'VIN_FORMAT'],
    ['the letter Q', 'LSVAM4187C2Q84847', 'VIN_FORMAT'],
  ])('refuses %s', (_what, input, code) => {
    expect(parseVin(input)).toEqual({ ok: false, code });
    const r = vinSchema.safeParse(input);
    expect(r.success ? null : r.error.issues[0]?.message).toBe(code);
  });
});

describe('licence plates', () => {
  it.each([
    ['京A12345', '京A12345', 'ordinary'],
    ['京A·12345', '京A12345', 'ordinary'],
    ['粤b 1234学', '粤B1234学', 'ordinary'],
    ['沪A1234挂', '沪A1234挂', 'ordinary'],
    ['京AD12345', '京AD12345', 'newEnergy'],
    ['京AFA1234', '京AFA1234', 'newEnergy'],
    ['苏EK12345', '苏EK12345', 'newEnergy'],
    ['京A12345D', '京A12345D', 'newEnergy'],
    ['浙B12345G', '浙B12345G', 'newEnergy'],
  ])('accepts %s', (input, value, kind) => {
    expect(parsePlate(input)).toEqual({ ok: true, value, kind });
  });

  it.each(['京I12345', '京A1234', '京A123456', 'XA12345', '京AM12345', '京A12345M', '京AO1234', '京AF1A345'])('refuses %s', (input) => {
    expect(parsePlate(input)).toEqual({ ok: false, code: 'PLATE_FORMAT' });
    const r = plateSchema.safeParse(input);
    expect(r.success ? null : r.error.issues[0]?.message).toBe('PLATE_FORMAT');
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a valid code', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43', checksumValid: true });
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('a wrong check character warns instead of refusing (early pilot codes fail it)', () => {
    expect(parseCreditCode('91350100M000100Y42')).toEqual({ ok: true, value: '91350100M000100Y42', checksumValid: false });
    expect(creditCodeSchema.safeParse('91350100M000100Y42').success).toBe(true);
  });

  it.each(['91350100M000100Y4', '91350100M000100YI3', '9135010OM000100Y43', 'AB350100M000100Y43X'])('refuses the malformed %s', (input) => {
    expect(parseCreditCode(input)).toEqual({ ok: false, code: 'USCC_FORMAT' });
  });

  it('the customer form asks for confirmation before keeping a code that fails its check', () => {
    const company = { kind: 'company', name: '某公司', sourceChannel: 'phone', category: 'potential', creditCode: '91350100M000100Y42' } as const;
    const unconfirmed = customerInputSchema.safeParse(company);
    expect(unconfirmed.success ? null : unconfirmed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['creditCode', 'USCC_CHECKSUM']]);
    expect(customerInputSchema.safeParse({ ...company, creditCodeChecksumConfirmed: true }).success).toBe(true);
  });
});
