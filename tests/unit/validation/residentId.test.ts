import { describe, expect, it } from 'vitest';
import {
  maskResidentId,
  parseResidentId,
  residentIdCheckChar,
  residentIdMismatches,
  residentIdSchema,
  residentIdSchemaAsOf,
} from '../../../shared/validation/residentId';
import { MAINLAND_PROVINCE_CODES, referenceIdCheckChar as referenceCheckChar } from './reference';

/** Midday on 23 November 2026 in the machine's own time zone, so no test depends on where it runs. */
const today = new Date(2026, 10, 23, 12);


const withCheck = (first17: string) => first17 + referenceCheckChar(first17);

function issueMessages(result: { success: boolean; error?: { issues: Array<{ code: string; message: string }> } }) {
  return result.success ? [] : result.error!.issues.map((issue) => [issue.code, issue.message]);
}

describe('resident ID numbers (GB 11643-1999)', () => {
  it('the published sample 11010519491231002X is a woman born on 31 December 1949 with an X check character', () => {
    expect(referenceCheckChar('11010519491231002')).toBe('X');
    expect(parseResidentId('11010519491231002X', today)).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' });
  });

  it('an odd 17th digit makes the holder a man and an even one a woman', () => {
    expect(parseResidentId(withCheck('44030419850615123'), today)).toMatchObject({ ok: true, birthDate: '1985-06-15', gender: 'male' });
    expect(parseResidentId(withCheck('44030419850615124'), today)).toMatchObject({ ok: true, birthDate: '1985-06-15', gender: 'female' });
  });

  it('the check character agrees with an independent MOD 11-2 implementation on many numbers', () => {
    for (let n = 0; n < 2000; n += 1) {
      const first17 = `${(110000 + ((n * 7919) % 890000)).toString()}1990${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
      expect(residentIdCheckChar(first17), first17).toBe(referenceCheckChar(first17));
    }
  });

  it('a lower-case x, spaces and full-width characters are normalised away', () => {
    expect(parseResidentId('11010519491231002x', today)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId(' 110105 19491231 002X ', today)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId('１１０１０５１９４９１２３１００２ｘ', today)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId('110105\u300019491231002X', today)).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it.each([
    ['17 digits', '11010519491231002'],
    ['19 characters', '11010519491231002X1'],
    ['a letter in the middle', '1101051949123100AX'],
    ['an X before the last position', '1101051949123100X2'],
    ['an area code starting with 0', withCheck('01010519491231002')],
    ['an empty string', ''],
  ])('a number with %s is refused as malformed', (_what, input) => {
    expect(parseResidentId(input, today)).toEqual({ ok: false, code: 'ID_FORMAT' });
  });

  it.each(['10', '20', '24', '30', '38', '40', '47', '55', '60', '66', '70', '80', '84', '90', '99'])(
    'a number starting %s, which names no province, is refused even with a right check character',
    (prefix) => {
      expect(parseResidentId(withCheck(`${prefix}010519900101308`), today)).toEqual({ ok: false, code: 'ID_REGION' });
    },
  );

  it('the number outside testers found, 106300199001013089, is refused for its region', () => {
    expect(parseResidentId('106300199001013089', today)).toEqual({ ok: false, code: 'ID_REGION' });
  });

  it.each([...MAINLAND_PROVINCE_CODES, '71', '81', '82'])('a number from GB/T 2260 province code %s is accepted', (province) => {
    expect(parseResidentId(withCheck(`${province}010519900101308`), today)).toMatchObject({ ok: true, birthDate: '1990-01-01' });
  });

  it('the residence permits of Hong Kong, Macau and Taiwan residents (810000, 820000, 830000) are accepted', () => {
    expect(parseResidentId('830000199201300022', today)).toEqual({ ok: true, value: '830000199201300022', birthDate: '1992-01-30', gender: 'female' });
    expect(parseResidentId('810000199408230021', today)).toMatchObject({ ok: true, birthDate: '1994-08-23' });
    expect(parseResidentId(withCheck('82000019800101001'), today)).toMatchObject({ ok: true, gender: 'male' });
  });

  it('a 2023 foreigners’ permanent-residence card number (9, issuing province, nationality, birth date…) is accepted', () => {
    // 9, 31 Shanghai, 840 the United States, born 1 May 1980, sequence 002.
    expect(parseResidentId(withCheck('93184019800501002'), today)).toMatchObject({ ok: true, birthDate: '1980-05-01', gender: 'female' });
    expect(parseResidentId(withCheck('91125019751130011'), today)).toMatchObject({ ok: true, birthDate: '1975-11-30', gender: 'male' });
  });

  it.each([
    ['9 and 0', '90184019800501002'],
    ['9 and 17', '91784019800501002'],
    ['9 and 71 (Taiwan issues no such card)', '97184019800501002'],
    ['9 and 99', '99984019800501002'],
  ])('a permanent-residence number with %s as the issuing province is refused', (_what, first17) => {
    expect(parseResidentId(withCheck(first17), today)).toEqual({ ok: false, code: 'ID_REGION' });
  });

  it.each([
    ['30 February', withCheck('11010519900230002')],
    ['29 February in a common year', withCheck('11010519990229002')],
    ['month 13', withCheck('11010519901301002')],
    ['day 00', withCheck('11010519900100002')],
    ['a year before 1900', withCheck('11010518991231002')],
    ['a birth date tomorrow', withCheck('11010520261124002')],
    ['a birth date years ahead', withCheck('11010520300101002')],
  ])('a number whose birth date is %s is refused', (_what, input) => {
    expect(parseResidentId(input, today)).toEqual({ ok: false, code: 'ID_BIRTH_DATE' });
  });

  it('29 February in a leap year and a child born today are accepted', () => {
    expect(parseResidentId(withCheck('11010520000229002'), today)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parseResidentId(withCheck('11010520261123002'), today)).toMatchObject({ ok: true, birthDate: '2026-11-23' });
  });

  it('today is the caller’s calendar day, even just after local midnight', () => {
    const justAfterMidnight = new Date(2026, 10, 23, 0, 5);
    expect(parseResidentId(withCheck('11010520261123002'), justAfterMidnight)).toMatchObject({ ok: true });
    expect(parseResidentId(withCheck('11010520261124002'), new Date(2026, 10, 23, 23, 55))).toEqual({ ok: false, code: 'ID_BIRTH_DATE' });
  });

  it('without a today no clock is read, so only the calendar date is checked', () => {
    expect(parseResidentId(withCheck('11010520300101002'))).toMatchObject({ ok: true, birthDate: '2030-01-01' });
    expect(parseResidentId(withCheck('11010519900230002'))).toEqual({ ok: false, code: 'ID_BIRTH_DATE' });
  });

  it('a wrong check character is refused as a checksum error', () => {
    expect(parseResidentId('110105194912310021', today)).toEqual({ ok: false, code: 'ID_CHECKSUM' });
    expect(parseResidentId('110105194912310020', today)).toEqual({ ok: false, code: 'ID_CHECKSUM' });
  });

  it('a masked ID number keeps the area code and the last four characters', () => {
    expect(maskResidentId('110105194912311234')).toBe('110105********1234');
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
  });

  it('a masked ID number of another length still shows only its last four characters', () => {
    expect(maskResidentId('110105491231002')).toBe('***********1002');
    expect(maskResidentId('123')).toBe('****');
  });

  it('a separately entered birth date and gender are cross-checked against the ID number', () => {
    const id = '11010519491231002X';
    expect(residentIdMismatches(id, { birthDate: '1949-12-31', gender: 'female' })).toEqual([]);
    expect(residentIdMismatches(id, { birthDate: '1950-01-01', gender: 'male' })).toEqual(['birthDate', 'gender']);
    expect(residentIdMismatches(id, { birthDate: '1949-12-31', gender: 'male' })).toEqual(['gender']);
    expect(residentIdMismatches(id, { birthDate: null, gender: null })).toEqual([]);
  });

  it('an invalid ID number reports no mismatches, because the error belongs to the ID field', () => {
    expect(residentIdMismatches('110105194912310021', { birthDate: '2000-01-01', gender: 'male' })).toEqual([]);
  });

  it('the schema outputs the normalised number and raises each stable code as a custom issue', () => {
    expect(residentIdSchema.parse(' 11010519491231002x')).toBe('11010519491231002X');
    expect(issueMessages(residentIdSchema.safeParse('1101051949'))).toEqual([['custom', 'ID_FORMAT']]);
    expect(issueMessages(residentIdSchema.safeParse(withCheck('11010519900230002')))).toEqual([['custom', 'ID_BIRTH_DATE']]);
    expect(issueMessages(residentIdSchema.safeParse('110105194912310021'))).toEqual([['custom', 'ID_CHECKSUM']]);
  });

  it('the dated schema also refuses a birth date after the given today', () => {
    const future = withCheck('11010520261124002');
    expect(residentIdSchema.safeParse(future).success).toBe(true);
    expect(issueMessages(residentIdSchemaAsOf(today).safeParse(future))).toEqual([['custom', 'ID_BIRTH_DATE']]);
    expect(residentIdSchemaAsOf(today).parse('11010519491231002X')).toBe('11010519491231002X');
  });
});
