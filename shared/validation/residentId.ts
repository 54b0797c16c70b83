import { z } from 'zod';

/**
 * 18-digit resident identity numbers (GB 11643-1999): 6-digit area, 8-digit birth date,
 * 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
export type ResidentIdResult =
  | { ok: true; value: string; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; code: 'ID_FORMAT' | 'ID_BIRTH_DATE' | 'ID_CHECKSUM' };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function normaliseResidentId(input: string): string {
  return input.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export function parseResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const value = normaliseResidentId(input);
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return { ok: false, code: 'ID_FORMAT' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d) || Date.UTC(y, m - 1, d) > today.getTime()) return { ok: false, code: 'ID_BIRTH_DATE' };
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, code: 'ID_CHECKSUM' };
  return { ok: true, value, birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`, gender: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}

/** 110105********1234: the area code and the last four, nothing that dates the person. */
export function maskResidentId(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(-4)}` : `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

/** Fields entered separately that contradict the ID number. */
export function residentIdMismatches(idNumber: string, entered: { birthDate?: string | null; gender?: 'male' | 'female' | null }): Array<'birthDate' | 'gender'> {
  const parsed = parseResidentId(idNumber);
  if (!parsed.ok) return [];
  const out: Array<'birthDate' | 'gender'> = [];
  if (entered.birthDate && entered.birthDate !== parsed.birthDate) out.push('birthDate');
  if (entered.gender && entered.gender !== parsed.gender) out.push('gender');
  return out;
}

export const residentIdSchema = z.string().transform((v, ctx) => {
  const r = parseResidentId(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});
