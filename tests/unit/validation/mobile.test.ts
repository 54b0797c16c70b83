import { describe, expect, it } from 'vitest';
import { maskMobile, mobileSchema, parseMobile } from '../../../shared/validation/mobile';

describe('mainland mobile numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['0086-138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['86 138 0013 8000', '13800138000'],
    ['(+86) 138-0013-8000', '13800138000'],
    ['(138)0013-8000', '13800138000'],
    ['138.0013.8000', '13800138000'],
    ['138—0013–8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['＋８６ １９９－１２３４－５６７８', '19912345678'],
    ['１６６\u3000１２３４\u3000５６７８', '16612345678'],
    ['（１３８）００１３－８０００', '13800138000'],
  ])('%s is read as %s', (input, value) => {
    expect(parseMobile(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['ten digits', '1380013800'],
    ['twelve digits', '138001380001'],
    ['a second digit of 2', '12800138000'],
    ['a first digit other than 1', '23800138000'],
    ['a foreign country code', '+1 415 555 0100'],
    ['a Hong Kong number', '+852 9123 4567'],
    ['86 in front of too few digits', '861380013800'],
    ['letters', '138abc38000'],
    ['nothing', ''],
  ])('a number with %s is refused', (_what, input) => {
    expect(parseMobile(input)).toEqual({ ok: false, code: 'MOBILE_FORMAT' });
  });

  it.each([
    '140', '141', '142', '143', '144', '146', '148', '154', '160', '1611', '1619', '163', '164', '168', '169',
    '17406', '17409', '17410', '1745', '1749', '179', '194',
  ])('a number in %s, a block the numbering plan gives no mobile subscriber, is refused as unallocated', (block) => {
    const number = `${block}12345678`.slice(0, 11);
    expect(parseMobile(number)).toEqual({ ok: false, code: 'MOBILE_UNALLOCATED' });
    expect(parseMobile(`+86 ${number}`)).toEqual({ ok: false, code: 'MOBILE_UNALLOCATED' });
  });

  it.each([
    '130', '134', '1349', '139', '145', '147', '149', '150', '153', '155', '159', '1610', '162', '165', '166', '167',
    '170', '171', '172', '173', '17400', '17405', '175', '178', '180', '189', '190', '192', '193', '195', '199',
  ])('a number in the allocated block %s is accepted', (block) => {
    const number = `${block}87654321`.slice(0, 11);
    expect(parseMobile(number)).toEqual({ ok: true, value: number });
  });

  it('a masked mobile number hides the middle four digits', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
  });

  it('a masked value that is not a normalised mobile shows only its last four characters', () => {
    expect(maskMobile('010-12345678')).toBe('********5678');
    expect(maskMobile('110')).toBe('****');
  });

  it('the schema outputs the normalised number and raises MOBILE_FORMAT as a custom issue', () => {
    expect(mobileSchema.parse('+86 138 0013 8000')).toBe('13800138000');
    const result = mobileSchema.safeParse('123');
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.message])).toEqual([['custom', 'MOBILE_FORMAT']]);
  });
});
