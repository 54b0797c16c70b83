import { localIsoDate } from '../../../shared/validation/localDate';
import { parseResidentId } from '../../../shared/validation/residentId';
import type { FieldIssue } from '../../../shared/contract/errors';
import type { CustomerRecord } from './customerStore';

/** The customer file's rules that need no database, each testable on plain data. */

/** The fields a complete card must have (录入要求: accurate and complete within one working day). */
export function missingFields(c: Pick<CustomerRecord, 'ownerId' | 'region' | 'address' | 'kind' | 'gender' | 'idNumber' | 'creditCode' | 'contactPerson' | 'category' | 'grade' | 'locRoom'>, phoneCount: number): string[] {
  const missing: string[] = [];
  if (phoneCount === 0) missing.push('phones');
  if (!c.ownerId) missing.push('ownerId');
  if (!c.region) missing.push('region');
  if (!c.address) missing.push('address');
  if (c.kind === 'person') {
    if (!c.gender) missing.push('gender');
    if (!c.idNumber) missing.push('idNumber');
  } else {
    if (!c.creditCode) missing.push('creditCode');
    if (!c.contactPerson) missing.push('contactPerson');
  }
  if (['intent', 'key'].includes(c.category) && !c.grade) missing.push('grade');
  if (!c.locRoom) missing.push('location');
  return missing;
}

/** Dates need the clock, which the shared schema does not read: an ID or birth date after today is refused. */
export function datesAfterToday(values: { idType: string | null; idNumber: string | null; birthDate: string | null }, today: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.idNumber && values.idType === 'resident') {
    const parsed = parseResidentId(values.idNumber, today);
    // The ID number's own date is the one to correct: the birth date was derived from it.
    if (!parsed.ok) return [{ path: 'customer.idNumber', code: parsed.code }];
  }
  if (values.birthDate && values.birthDate > localIsoDate(today)) issues.push({ path: 'customer.birthDate', code: 'BIRTH_DATE_FUTURE' });
  return issues;
}

const bookkeeping = new Set<keyof CustomerRecord>(['version', 'updatedAt', 'updatedBy', 'ownerName', 'nextContactAt']);

/** Names of the changed fields (never their values: they may be phones or ID numbers). */
export function changedFields(a: CustomerRecord, b: CustomerRecord): Array<keyof CustomerRecord> {
  return (Object.keys(b) as Array<keyof CustomerRecord>).filter((k) => !bookkeeping.has(k) && a[k] !== b[k]);
}
