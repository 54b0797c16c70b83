import { describe, expect, it } from 'vitest';
import {
  checkedCreditCodeSchema,
  creditCodeCheckChar,
  creditCodeSchema,
  creditCodeSchemaFor,
  parseCreditCode,
} from '../../../shared/validation/creditCode';
import { referenceCreditCodeCheckChar as referenceCheckChar } from './reference';


const withCheck = (first17: string) => first17 + referenceCheckChar(first17);

function issueMessages(result: { success: boolean; error?: { issues: Array<{ code: string; message: string }> } }) {
  return result.success ? [] : result.error!.issues.map((issue) => [issue.code, issue.message]);
}

describe('unified social credit codes (GB 32100-2015)', () => {
  it.each([
    ['the commonly cited sample', '91350100M000100Y43'],
    ['a Shenzhen enterprise', '91440300708461136T'],
    ['a public institution', '12100000400000624D'],
  ])('%s has a valid check character and is accepted', (_what, code) => {
    expect(referenceCheckChar(code.slice(0, 17))).toBe(code[17]);
    expect(parseCreditCode(code)).toEqual({ ok: true, value: code, checksumValid: true });
  });

  it.each([
    ['a law firm (3-1)', '31110000MD0123456'],
    ['a social organisation (5-1)', '51100000500000133'],
    ['an individual business (9-2)', '92310115MA1K3XYW0'],
    ['a military institution (A-1)', 'A1100000MB1234567'],
    ['a village collective (N-2)', 'N2330106MF0000001'],
    ['another registrar (Y-1)', 'Y1440300MC9876543'],
  ])('every registration authority of the code table is accepted: %s', (_what, first17) => {
    expect(parseCreditCode(withCheck(first17))).toMatchObject({ ok: true, checksumValid: true });
  });

  it('the check character agrees with an independent implementation on many codes', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let n = 0; n < 2000; n += 1) {
      let tail = '';
      for (let i = 0; i < 9; i += 1) tail += alphabet[(n * 13 + i * 7 + n * i) % 31];
      const first17 = `91${String(110000 + (n % 800000)).padStart(6, '0')}${tail}`;
      expect(creditCodeCheckChar(first17), first17).toBe(referenceCheckChar(first17));
    }
  });

  it('lower case, spaces and full-width characters are normalised', () => {
    expect(parseCreditCode('91350100m000100y43')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
    expect(parseCreditCode(' 9135 0100 M000 100Y 43 ')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
    expect(parseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toMatchObject({ ok: true, value: '91350100M000100Y43' });
  });

  it('a code with the ligature ﬂ is refused, not read as the two letters FL', () => {
    expect(parseCreditCode('91350100MFL000100G')).toMatchObject({ ok: true, checksumValid: true });
    expect(parseCreditCode('91350100Mﬂ000100G')).toEqual({ ok: false, code: 'USCC_FORMAT' });
  });

  it('a wrong check character is accepted with a warning, because early pilot codes fail it', () => {
    expect(parseCreditCode('91350100M000100Y42')).toEqual({ ok: true, value: '91350100M000100Y42', checksumValid: false, warning: 'USCC_CHECKSUM' });
  });

  it.each([
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y431'],
    ['an I', '91350100M000100YI3'],
    ['an O', '91350100MO00100Y43'],
    ['a Z', '91350100MZ00100Y43'],
    ['an S', '91350100MS00100Y43'],
    ['a V', '91350100M000100V43'],
    ['a letter in the area code', '9135010AM000100Y43'],
    ['a registration authority outside the code table', withCheck('B1350100M000100Y4')],
    ['authority 0', withCheck('01350100M000100Y4')],
    ['organisation type 0', withCheck('90350100M000100Y4')],
    ['a letter as the organisation type', withCheck('9A350100M000100Y4')],
    ['punctuation', '91350100-M000100Y4'],
    ['nothing', ''],
  ])('a code with %s is refused as malformed', (_what, input) => {
    expect(parseCreditCode(input)).toEqual({ ok: false, code: 'USCC_FORMAT' });
  });

  it('the lenient schema refuses only a malformed code and keeps one that fails its check', () => {
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(creditCodeSchema.parse('91350100M000100Y42')).toBe('91350100M000100Y42');
    expect(issueMessages(creditCodeSchema.safeParse('91350100M000100Y4'))).toEqual([['custom', 'USCC_FORMAT']]);
  });

  it('the checked schema also refuses a failed check character until the user confirms the code', () => {
    expect(checkedCreditCodeSchema.parse('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(issueMessages(checkedCreditCodeSchema.safeParse('91350100M000100Y42'))).toEqual([['custom', 'USCC_CHECKSUM']]);
    expect(issueMessages(checkedCreditCodeSchema.safeParse('91350100M000100Y4'))).toEqual([['custom', 'USCC_FORMAT']]);
    expect(issueMessages(creditCodeSchemaFor(false).safeParse('91350100M000100Y42'))).toEqual([['custom', 'USCC_CHECKSUM']]);
    expect(creditCodeSchemaFor(true).parse('91350100M000100Y42')).toBe('91350100M000100Y42');
  });
});
