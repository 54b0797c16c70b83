/**
 * Audit summaries must never hold a plaintext ID number or phone. Whatever a caller passes,
 * digit runs that look like a mainland mobile, a resident ID (15 or 18 characters) or any long
 * number are masked before the entry is written.
 */
const idNumber = /(?<![0-9A-Za-z])(\d{6})\d{8,11}([0-9Xx])(?![0-9A-Za-z])/g;
const mobile = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;
const longDigits = /(?<!\d)(\d{2})\d{6,}(\d{2})(?!\d)/g;

export function maskSensitiveText(text: string): string {
  return text
    .replace(idNumber, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(mobile, (_m, head: string, tail: string) => `${head}****${tail}`)
    .replace(longDigits, (_m, head: string, tail: string) => `${head}****${tail}`);
}
