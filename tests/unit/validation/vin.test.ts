import { describe, expect, it } from 'vitest';
import { parseVin, vinCheckDigit, vinSchema, vinTail } from '../../../shared/validation/vin';
import { referenceVinCheckDigit as referenceCheckDigit } from './reference';


const withCheck = (vin: string) => vin.slice(0, 8) + referenceCheckDigit(vin) + vin.slice(9);

describe('VINs (ISO 3779, GB 16735)', () => {
  it.each([
    ['the ISO 3779 example with an X check digit', '1M8GDM9AXKP042788'],
    ['a Honda VIN', '1HGCM82633A004352'],
    ['a Shanghai-Volkswagen VIN', 'LSVAM4187C2184847'],
  ])('%s is accepted', (_what, vin) => {
    expect(referenceCheckDigit(vin)).toBe(vin[8]);
    expect(parseVin(vin)).toEqual({ ok: true, value: vin });
  });

  it('the check digit agrees with an independent implementation on many VINs', () => {
    const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    for (let n = 0; n < 2000; n += 1) {
      let vin = '';
      for (let i = 0; i < 17; i += 1) vin += chars[(n * 31 + i * 17 + n * i) % chars.length];
      expect(vinCheckDigit(vin), vin).toBe(referenceCheckDigit(vin));
    }
  });

  it('lower case, spaces and full-width characters are normalised to upper-case half-width', () => {
    expect(parseVin('1m8gdm9axkp042788')).toEqual({ ok: true, value: '1M8GDM9AXKP042788' });
    expect(parseVin(' LSVAM418 7C2184847 ')).toEqual({ ok: true, value: 'LSVAM4187C2184847' });
    expect(parseVin('ＬＳＶＡＭ４１８７Ｃ２１８４８４７')).toEqual({ ok: true, value: 'LSVAM4187C2184847' });
  });

  it('a VIN with ſ, which upper-cases to S, is refused rather than read as an S', () => {
    expect(referenceCheckDigit('9PK84S6N1J439AT2F')).toBe('1');
    expect(parseVin('9PK84ſ6N1J439AT2F')).toEqual({ ok: false, code: 'VIN_FORMAT' });
  });

  it('a 16-character VIN with ß is refused, not grown into 17 characters by upper-casing ß to SS', () => {
    expect(parseVin('LSSAM4180C2184847')).toEqual({ ok: true, value: 'LSSAM4180C2184847' });
    expect(parseVin('LßAM4180C2184847')).toEqual({ ok: false, code: 'VIN_FORMAT' });
  });

  it('a wrong check digit is refused as VIN_CHECK_DIGIT', () => {
    expect(parseVin('1M8GDM9A1KP042788')).toEqual({ ok: false, code: 'VIN_CHECK_DIGIT' });
    expect(parseVin('LSVAM4186C2184847')).toEqual({ ok: false, code: 'VIN_CHECK_DIGIT' });
  });

  it('a typo anywhere else is caught by the check digit too', () => {
    expect(parseVin('LSVAM4187C2184848')).toEqual({ ok: false, code: 'VIN_CHECK_DIGIT' });
  });

  it.each([
    ['16 characters', '1M8GDM9AXKP04278'],
    ['18 characters', '1M8GDM9AXKP0427881'],
    ['the letter I', withCheck('LSVAM4187C2I84847')],
    ['the letter O', withCheck('LSVAM4187C21848O7')],
    ['the letter Q', withCheck('LSVAM4187C2Q84847')],
    ['a dash', 'LSVAM4187C-184847'],
    ['nothing', ''],
  ])('a VIN with %s is refused as malformed', (_what, input) => {
    expect(parseVin(input)).toEqual({ ok: false, code: 'VIN_FORMAT' });
  });

  it('the tail is the last six characters unless asked for another length', () => {
    expect(vinTail('LSVAM4187C2184847')).toBe('184847');
    expect(vinTail('LSVAM4187C2184847', 8)).toBe('C2184847');
    expect(vinTail(' lsvam4187c2184847')).toBe('184847');
    expect(vinTail('LSVAM4187C2184847', 0)).toBe('');
  });

  it('the schema outputs the normalised VIN and raises each stable code as a custom issue', () => {
    expect(vinSchema.parse('1m8gdm9axkp042788')).toBe('1M8GDM9AXKP042788');
    for (const [input, code] of [['1M8GDM9A1KP042788', 'VIN_CHECK_DIGIT'], ['1M8GDM9AXKP04278', 'VIN_FORMAT']]) {
      const result = vinSchema.safeParse(input);
      expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.message])).toEqual([['custom', code]]);
    }
  });
});
