import { describe, expect, it } from 'vitest';
import { datesAfterToday, missingFields } from './customerRules';

describe('dates after today', () => {
  const today = new Date('2026-12-01T12:00:00+08:00');
  it('a birth date after today is refused, today is not', () => {
    expect(datesAfterToday({ idType: null, idNumber: null, birthDate: '2026-12-02' }, today)).toEqual([{ path: 'customer.birthDate', code: 'BIRTH_DATE_FUTURE' }]);
    expect(datesAfterToday({ idType: null, idNumber: null, birthDate: '2026-12-01' }, today)).toEqual([]);
  });
});

describe('an incomplete card', () => {
  const complete = { ownerId: 1, region: '朝阳区', address: '某路 1 号', kind: 'person', gender: 'male', idNumber: 'x', creditCode: null, contactPerson: null, category: 'intent', grade: 'H', locRoom: '档案室' } as const;
  it('names every required field still empty', () => {
    expect(missingFields(complete, 1)).toEqual([]);
    expect(missingFields({ ...complete, grade: null, locRoom: null, region: null }, 0)).toEqual(['phones', 'region', 'grade', 'location']);
    expect(missingFields({ ...complete, kind: 'company' }, 1)).toEqual(['creditCode', 'contactPerson']);
  });
});
