import { describe, expect, it } from 'vitest';
import { toAsciiUpperCase } from '../../../shared/validation/asciiUpperCase';
import { normaliseVin } from '../../../shared/validation/vin';
import { normalisePlate } from '../../../shared/validation/plate';
import { normaliseCreditCode } from '../../../shared/validation/creditCode';
import { normaliseResidentId } from '../../../shared/validation/residentId';
import { normaliseRecoveryCode } from '../../../shared/auth/recoveryCode';

/** Letters whose built-in upper case is ASCII: one letter for another, or two or three for one. */
const lookAlikes = 'ſıßﬀﬁﬂﬃﬄﬅﬆ';

describe('upper-casing typed input', () => {
  it('only a–z become capitals', () => {
    expect(toAsciiUpperCase(`az AZ 09 ${lookAlikes} äé ｘ`)).toBe(`AZ AZ 09 ${lookAlikes} äé ｘ`);
  });

  it.each([
    ['a VIN', normaliseVin],
    ['a plate', normalisePlate],
    ['a credit code', normaliseCreditCode],
    ['an ID number', normaliseResidentId],
    ['a recovery code', normaliseRecoveryCode],
  ])('normalising %s upper-cases a–z but never turns another letter into ASCII or changes the length', (_what, normalise) => {
    expect(normalise(`ab${lookAlikes}`)).toBe(`AB${lookAlikes}`);
  });
});
