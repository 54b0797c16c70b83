import { describe, expect, it } from 'vitest';
import { parsePlate, plateSchema } from '../../../shared/validation/plate';

describe('licence plates', () => {
  it.each([
    ['京A12345', '京A12345'],
    ['沪KR9Z88', '沪KR9Z88'],
    ['琼BHJKLM', '琼BHJKLM'],
    ['粤B1234学', '粤B1234学'],
    ['京A1234警', '京A1234警'],
    ['沪A1234挂', '沪A1234挂'],
    ['沪A0023领', '沪A0023领'],
    ['京A1234试', '京A1234试'],
    ['苏A1234超', '苏A1234超'],
    ['粤Z1234港', '粤Z1234港'],
    ['粤Z1234澳', '粤Z1234澳'],
  ])('the ordinary plate %s is accepted', (input, value) => {
    expect(parsePlate(input)).toEqual({ ok: true, value, kind: 'ordinary' });
  });

  it.each([
    ['京A·12345', '京A12345'],
    ['京A・12345', '京A12345'],
    ['京A.12345', '京A12345'],
    ['京 A 12345', '京A12345'],
    ['粤b 1234学', '粤B1234学'],
    ['京ａ１２３４５', '京A12345'],
    ['京A·D12345', '京AD12345'],
  ])('%s is normalised to %s', (input, value) => {
    expect(parsePlate(input)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['a small one with D first', '京AD12345'],
    ['a small one with F first', '京AF12345'],
    ['a small one with a letter after the energy type', '京ADA1234'],
    ['a large one with D last', '京A12345D'],
    ['a large one with F last', '浙B12345F'],
  ])('a new-energy plate, %s, is accepted', (_what, plate) => {
    expect(parsePlate(plate)).toEqual({ ok: true, value: plate, kind: 'newEnergy' });
  });

  it.each(['A', 'B', 'C', 'E', 'G', 'H', 'J', 'K'])('the widened energy letter %s is accepted first on a small new-energy plate', (letter) => {
    expect(parsePlate(`粤B${letter}12345`)).toEqual({ ok: true, value: `粤B${letter}12345`, kind: 'newEnergy' });
  });

  it.each(['皖A04950H', '粤B12345A', '粤B12345B', '粤B12345C', '粤B12345E', '粤B12345G', '粤B12345J', '粤B12345K'])(
    'the large new-energy plate %s is refused: large plates were never widened and end only in D or F',
    (plate) => {
      expect(parsePlate(plate)).toEqual({ ok: false, code: 'PLATE_FORMAT' });
    },
  );

  it.each([
    ['使473629', '使473629'],
    ['使014001', '使014001'],
    ['使 473·629', '使473629'],
  ])('the embassy plate %s (使 and six digits, GA 36-2018) is accepted', (input, value) => {
    expect(parsePlate(input)).toEqual({ ok: true, value, kind: 'embassy' });
  });

  it.each([
    ['five digits', '使47362'],
    ['seven digits', '使4736291'],
    ['a letter', '使A73629'],
    ['a province in front', '京使473629'],
    ['领 in front, which GA 36-2018 only puts last, on consulate plates such as 沪A0023领', '领473629'],
  ])('an embassy-style plate with %s is refused', (_what, plate) => {
    expect(parsePlate(plate)).toEqual({ ok: false, code: 'PLATE_FORMAT' });
  });

  it.each([
    ['ſ, which upper-cases to S', '京Aſ1234'],
    ['ﬂ, which upper-cases to two letters and makes a 6-character input 7', '京Aﬂ123'],
  ])('a plate with the non-ASCII letter %s is refused, not read as ASCII', (_what, plate) => {
    expect(parsePlate(plate)).toEqual({ ok: false, code: 'PLATE_FORMAT' });
  });

  it.each([
    ['a province that issues no plates of its own', '台A12345'],
    ['a Latin letter instead of the province', 'XA12345'],
    ['I as the office letter', '京I12345'],
    ['O as the office letter', '京O12345'],
    ['a digit as the office letter', '京112345'],
    ['I in the serial', '京A12I45'],
    ['O in the serial', '京AO1234'],
    ['a serial one character short', '京A1234'],
    ['a serial two characters too long', '京A1234567'],
    ['学 in the middle', '京A12学45'],
    ['港 outside 粤Z', '京A1234港'],
    ['a letter that is no energy type, first', '京AM12345'],
    ['a letter that is no energy type, last', '京A12345M'],
    ['a letter among the last four digits of a small new-energy plate', '京AD1A345'],
    ['a letter among the first five digits of a large new-energy plate', '京A1234AD'],
    ['a special character on a new-energy plate', '京AD1234学'],
    ['nothing', ''],
  ])('a plate with %s is refused', (_what, input) => {
    expect(parsePlate(input)).toEqual({ ok: false, code: 'PLATE_FORMAT' });
  });

  it('the schema outputs the normalised plate and raises PLATE_FORMAT as a custom issue', () => {
    expect(plateSchema.parse('京A·12345')).toBe('京A12345');
    const result = plateSchema.safeParse('京I12345');
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.message])).toEqual([['custom', 'PLATE_FORMAT']]);
  });
});
