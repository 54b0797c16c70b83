import { toHalfWidth } from '../../../shared/validation/fullWidth';
import { mobileSeparatorChars } from '../../../shared/validation/mobile';
import { parseResidentId } from '../../../shared/validation/residentId';

/**
 * Audit summaries must never hold a readable ID number or phone, in any spelling the validators accept:
 * full-width digits, separators between any digits (spaces, the ideographic space, dots, dashes,
 * parentheses), +86 or 0086 in front. The text is read through the validators' own half-width folding and
 * separators; each run of digits and separators is then masked where a whole number sits in it:
 * - a mobile (1[3-9] and nine more digits, allocated block or not) keeps its first three and last four;
 * - an ID number (18 characters the ID validator reads as one, or 15–18 unbroken digits) keeps its area
 *   code and last character;
 * - a landline with its area code (0 and 10–11 more digits), or any other unbroken run of 11 or more digits,
 *   keeps two digits at each end.
 * Digits glued to letters are identifiers, not ID numbers or landlines: archive numbers such as
 * KD2026000001 stay readable, since the audit log is how a file's history is followed. Mobiles are
 * masked even there. Dates, amounts and VIN tails are too short to match.
 */
export function maskSensitiveText(text: string): string {
  // toHalfWidth changes characters one for one, so an index into `folded` is an index into `text`, and
  // everything outside a masked number is written back exactly as it was typed.
  const folded = toHalfWidth(text);
  let out = '';
  let copied = 0;
  for (const match of folded.matchAll(RUN)) {
    for (const cut of maskRun(folded, match.index, match[0])) {
      out += text.slice(copied, cut.start) + cut.masked;
      copied = cut.end;
    }
  }
  return out + text.slice(copied);
}

/** Digits and separators, starting with a digit, `+` or `(+`, ending with a digit or an ID's final X. */
const RUN = new RegExp(`(?:\\(\\s*)?\\+?\\d(?:[\\d+${mobileSeparatorChars}]*(?:\\d|[xX](?![0-9A-Za-z])))?`, 'g');

interface Cut {
  start: number;
  end: number;
  masked: string;
}

/**
 * The masked numbers in one run. A number must start and end where the run's digit groups do (so 2 and
 * 13800138000 in "2 13800138000" are told apart, and nothing is cut out of the middle of a longer number);
 * the separators inside it do not matter.
 */
function maskRun(folded: string, at: number, run: string): Cut[] {
  const lead = run.slice(0, run.search(/\d/));
  const positions: number[] = [];
  for (let i = lead.length; i < run.length; i += 1) if (/[\dxX]/.test(run[i]!)) positions.push(i);
  const chars = positions.map((i) => (run[i] === 'x' ? 'X' : run[i]!)).join('');
  const groupStarts = positions.flatMap((p, k) => (k === 0 || positions[k - 1] !== p - 1 ? [k] : []));
  const groupEnds = new Set(groupStarts.slice(1).concat(chars.length));
  const letterBefore = lead === '' && /[A-Za-z]/.test(folded[at - 1] ?? '');
  const letterAfter = /[A-Za-z]/.test(folded[at + run.length] ?? '');
  const glued = (from: number, to: number) => (from === 0 && letterBefore) || (to === chars.length && letterAfter);

  const cuts: Cut[] = [];
  const cut = (from: number, to: number, masked: string) => {
    let start = at + positions[from]!;
    const end = at + positions[to - 1]! + 1;
    // A leading + or ( belongs to the number when it is the country code's, or when the number closes the bracket.
    if (from === 0 && (lead.includes('+') || (lead.includes('(') && folded.slice(start, end).includes(')')))) start = at;
    cuts.push({ start, end, masked });
  };

  let from = 0;
  while (from < chars.length) {
    const groupEnd = groupStarts.find((s) => s > from) ?? chars.length;
    const group = chars.slice(from, groupEnd);
    const whole = (length: number) => (groupEnds.has(from + length) ? chars.slice(from, from + length) : '');
    const country = chars.startsWith('0086', from) ? 4 : chars.startsWith('86', from) ? 2 : 0;
    const withCountry = whole(country + 11);
    const mobile = /^1[3-9]\d{9}$/.test(withCountry.slice(country)) ? withCountry : /^1[3-9]\d{9}$/.test(whole(11)) ? whole(11) : '';
    const id = whole(18);
    const landline = [whole(12), whole(11)].find((n) => /^0\d{10,11}$/.test(n)) ?? '';
    let to = groupEnd;
    if (mobile) {
      to = from + mobile.length;
      cut(from, to, `${mobile.slice(-11, -8)}****${mobile.slice(-4)}`);
    } else if (id && !glued(from, from + 18) && readsAsResidentId(id)) {
      to = from + 18;
      cut(from, to, `${id.slice(0, 6)}********${id[17]}`);
    } else if (landline && !glued(from, from + landline.length)) {
      to = from + landline.length;
      cut(from, to, `${landline.slice(0, 2)}****${landline.slice(-2)}`);
    } else if (/^\d{14,17}[\dX]$/.test(group) && !glued(from, groupEnd)) {
      cut(from, groupEnd, `${group.slice(0, 6)}********${group.slice(-1)}`);
    } else if (/^\d{11,}$/.test(group) && !glued(from, groupEnd)) {
      cut(from, groupEnd, `${group.slice(0, 2)}****${group.slice(-2)}`);
    }
    from = to;
  }
  return cuts;
}

/** 18 characters the ID validator reads as an ID number, its check character aside (a mistyped one is still someone's). */
function readsAsResidentId(candidate: string): boolean {
  const parsed = parseResidentId(candidate);
  return parsed.ok || parsed.code === 'ID_CHECKSUM';
}
