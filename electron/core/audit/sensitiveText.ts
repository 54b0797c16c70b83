/**
 * Audit summaries must never hold a plaintext ID number or phone. Whatever a caller passes,
 * digit runs that look like a mainland mobile, a resident ID (15 or 18 characters) or a long
 * number (11+ digits: a landline with its area code) are masked before the entry is written.
 * Digits glued to letters are identifiers, not phones: archive numbers such as KD2026000001 stay
 * readable, since the audit log is how a file's history is followed.
 */
const idNumber = /(?<![0-9A-Za-z])(\d{6})\d{8,11}([0-9Xx])(?![0-9A-Za-z])/g;
const mobile = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;
const longDigits = /(?<![0-9A-Za-z])(\d{2})\d{7,}(\d{2})(?![0-9A-Za-z])/g;

export function maskSensitiveText(text: string): string {
  return text
    .replace(idNumber, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(mobile, (_m, head: string, tail: string) => `${head}****${tail}`)
    .replace(longDigits, (_m, head: string, tail: string) => `${head}****${tail}`);
}
