import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../shared/customers/customerSchemas';

/** Cross-field rules of the customer form; each validator's own cases are in ./validation/. */
describe('customer form rules', () => {
  it('the customer form asks for confirmation before keeping a code that fails its check', () => {
    const company = { kind: 'company', name: '某公司', sourceChannel: 'phone', category: 'potential', creditCode: '91350100M000100Y42' } as const;
    const unconfirmed = customerInputSchema.safeParse(company);
    expect(unconfirmed.success ? null : unconfirmed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['creditCode', 'USCC_CHECKSUM']]);
    expect(customerInputSchema.safeParse({ ...company, creditCodeChecksumConfirmed: true }).success).toBe(true);
  });

  it('a separately entered birth date and gender must agree with the resident ID number', () => {
    const person = { kind: 'person', name: '张三', sourceChannel: 'phone', category: 'potential', idType: 'resident', idNumber: '11010519491231002X' } as const;
    const r = customerInputSchema.safeParse({ ...person, birthDate: '1949-12-30', gender: 'male' });
    expect(r.success ? null : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['birthDate', 'ID_BIRTH_DATE_MISMATCH'],
      ['gender', 'ID_GENDER_MISMATCH'],
    ]);
    const derived = customerInputSchema.parse(person);
    expect([derived.birthDate, derived.gender]).toEqual(['1949-12-31', 'female']);
  });

  it('a mobile in an unallocated block is named as such on its field, and a malformed one as malformed', () => {
    const person = { kind: 'person', name: '张三', sourceChannel: 'phone', category: 'potential' } as const;
    const r = customerInputSchema.safeParse({ ...person, phones: [{ kind: 'mobile', number: '154 1234 5678' }, { kind: 'mobile', number: '1390017' }] });
    expect(r.success ? null : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['phones.0.number', 'MOBILE_UNALLOCATED'],
      ['phones.1.number', 'MOBILE_FORMAT'],
    ]);
  });
});
