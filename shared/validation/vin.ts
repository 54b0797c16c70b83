import { z } from 'zod';

/** Vehicle identification numbers: 17 characters, no I/O/Q, check digit at position 9 (ISO 3779, mandatory under GB 16735). */
export type VinResult = { ok: true; value: string } | { ok: false; code: 'VIN_FORMAT' | 'VIN_CHECK_DIGIT' };

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const ch = vin[i]!;
    sum += (/\d/.test(ch) ? Number(ch) : VALUES[ch]!) * WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export function parseVin(input: string): VinResult {
  const value = input.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(value)) return { ok: false, code: 'VIN_FORMAT' };
  return vinCheckDigit(value) === value[8] ? { ok: true, value } : { ok: false, code: 'VIN_CHECK_DIGIT' };
}

export function vinTail(vin: string, n = 6): string {
  return vin.slice(-n);
}

export const vinSchema = z.string().transform((v, ctx) => {
  const r = parseVin(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});
