import { maskMobile } from '../../../shared/validation/mobile';
import { maskResidentId } from '../../../shared/validation/residentId';

/** Phones and ID numbers leave core masked unless a reveal was asked for (and audited). */
export function maskPhone(number: string): string {
  return /^1\d{10}$/.test(number) ? maskMobile(number) : number.length > 4 ? `${'*'.repeat(number.length - 4)}${number.slice(-4)}` : '****';
}

export function maskIdNumber(idType: string | null, idNumber: string): string {
  return idType === 'resident' ? maskResidentId(idNumber) : `${'*'.repeat(Math.max(0, idNumber.length - 4))}${idNumber.slice(-4)}`;
}
