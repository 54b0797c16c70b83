import type { DuplicateReason } from '../../../shared/duplicates/duplicateTypes';
import type { CustomerKind } from '../../../shared/customers/vocabularies';
import { codeKey, companyName, foldText, personName, phoneKey, pinyinKey, similarGivenNames, vinKey, type PersonName } from './nameKeys';

/**
 * The duplicate check as a pure function over the files' identifying values. Exact keys (ID number,
 * credit code, phone, VIN) pair files on their own. A name (same, similar, same pinyin, same company)
 * pairs them only together with an independent sign (phone tail, birth date, e-mail, WeChat,
 * address) — and that is also how it stays linear at 100,000 files: names are compared only inside
 * the small groups that share such a sign, never each against all.
 */
export interface ScanFile {
  id: number;
  kind: CustomerKind;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  birthDate: string | null;
  email: string | null;
  wechat: string | null;
  address: string | null;
  phones: string[];
  vins: string[];
}

export interface FoundPair {
  a: number;
  b: number;
  score: number;
  reasons: DuplicateReason[];
}

export interface ScanResult {
  pairs: FoundPair[];
  /** Values shared by more than MAX_GROUP files: a placeholder, not a customer; not paired. */
  crowdedValues: number;
}

/** A phone or address on more files than this is the shop's, or "无"; pairing them all would bury the list. */
export const MAX_GROUP = 50;

const weights: Record<DuplicateReason, number> = {
  idNumber: 60,
  creditCode: 60,
  phone: 45,
  vin: 45,
  sameName: 35,
  sameCompany: 35,
  similarName: 20,
  samePinyin: 15,
  phoneTail: 15,
  birthDate: 15,
  email: 25,
  wechat: 25,
  address: 15,
  idNumberDiffers: -40,
};

const strongKeys = { i: 'idNumber', c: 'creditCode', p: 'phone', v: 'vin' } as const satisfies Record<string, DuplicateReason>;
const signKeys = { t: 'phoneTail', b: 'birthDate', e: 'email', w: 'wechat', a: 'address' } as const satisfies Record<string, DuplicateReason>;
const nameReasons = new Set<DuplicateReason>(['sameName', 'sameCompany', 'similarName', 'samePinyin']);
const strongReasons = new Set<DuplicateReason>(Object.values(strongKeys));

interface Prepared {
  file: ScanFile;
  person: PersonName | null;
  company: string | null;
  idKey: string | null;
  pinyin?: string;
}

const MIN_ADDRESS = 6;
const MIN_TAIL_SOURCE = 7;

function keysOf(f: ScanFile, idKey: string | null): string[] {
  const keys = new Set<string>();
  if (idKey) keys.add(`i:${idKey}`);
  if (f.creditCode) keys.add(`c:${codeKey(f.creditCode)}`);
  for (const phone of f.phones) {
    const digits = phoneKey(phone);
    if (digits.length < 5) continue;
    keys.add(`p:${digits}`);
    if (digits.length >= MIN_TAIL_SOURCE) keys.add(`t:${digits.slice(-4)}`);
  }
  for (const vin of f.vins) keys.add(`v:${vinKey(vin)}`);
  if (f.birthDate) keys.add(`b:${f.birthDate}`);
  if (f.email) keys.add(`e:${f.email.trim().toLowerCase()}`);
  if (f.wechat) keys.add(`w:${foldText(f.wechat)}`);
  if (f.address) {
    const address = foldText(f.address);
    if ([...address].length >= MIN_ADDRESS) keys.add(`a:${address}`);
  }
  return [...keys];
}

function pinyinOf(p: Prepared): string {
  p.pinyin ??= p.person ? pinyinKey(p.person.full) : '';
  return p.pinyin;
}

/** The strongest thing the names say about two files of the same kind, if anything. */
function nameReason(x: Prepared, y: Prepared): DuplicateReason | null {
  if (x.file.kind !== y.file.kind) return null;
  if (x.company !== null && y.company !== null) return x.company !== '' && x.company === y.company ? 'sameCompany' : null;
  if (!x.person || !y.person || !x.person.full || !y.person.full) return null;
  if (x.person.full === y.person.full) return 'sameName';
  if (similarGivenNames(x.person, y.person)) return 'similarName';
  if ([...x.person.full].length !== [...y.person.full].length) return null;
  const px = pinyinOf(x);
  return px !== '' && px === pinyinOf(y) ? 'samePinyin' : null;
}

function prepare(f: ScanFile): Prepared {
  const idKey = f.idNumber ? codeKey(f.idNumber) : null;
  return {
    file: f,
    person: f.kind === 'person' ? personName(f.name) : null,
    company: f.kind === 'company' ? companyName(f.name) : null,
    idKey: idKey && idKey.length >= 6 ? idKey : null,
  };
}

const ID_SPACE = 67_108_864;
const pairKey = (a: number, b: number) => (a < b ? a * ID_SPACE + b : b * ID_SPACE + a);

export function dismissalKey(a: number, b: number): number {
  return pairKey(a, b);
}

export interface ScanHooks {
  /** Pair keys (dismissalKey) someone judged not to be one customer. */
  dismissed?: ReadonlySet<number>;
  /** Called now and then with how many groups are done of how many. */
  progress?: (done: number, total: number) => void;
  /** Throws to stop (a cancelled job). */
  checkpoint?: () => void;
}

/** The check, all at once (tests, small stores). */
export function findDuplicates(files: readonly ScanFile[], hooks: ScanHooks = {}): ScanResult {
  const steps = scanSteps(files, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same check in slices, giving the event loop back between them, so calls are answered while a big archive is compared. */
export async function findDuplicatesInSlices(files: readonly ScanFile[], hooks: ScanHooks = {}): Promise<ScanResult> {
  const steps = scanSteps(files, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const SLICE = 2048;

function* scanSteps(files: readonly ScanFile[], hooks: ScanHooks): Generator<void, ScanResult> {
  const prepared: Prepared[] = [];
  for (const f of files) {
    prepared.push(prepare(f));
    if (prepared.length % (SLICE * 8) === 0) yield;
  }
  const groups = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    for (const key of keysOf(p.file, p.idKey)) {
      const group = groups.get(key);
      if (group) group.push(index);
      else groups.set(key, [index]);
    }
  });

  const found = new Map<number, Set<DuplicateReason>>();
  let crowdedValues = 0;
  // Exact keys first, so a sign shared by an already-paired couple only adds to its reasons.
  const ordered = [...groups].filter(([, members]) => members.length > 1).sort(([k1], [k2]) => (k1[0]! in strongKeys ? 0 : 1) - (k2[0]! in strongKeys ? 0 : 1));
  const total = ordered.length;
  let done = 0;
  for (const [key, members] of ordered) {
    done += 1;
    if (done % SLICE === 0) {
      hooks.checkpoint?.();
      hooks.progress?.(done, total);
      yield;
    }
    if (members.length > MAX_GROUP) {
      crowdedValues += 1;
      continue;
    }
    const prefix = key[0] as keyof typeof strongKeys | keyof typeof signKeys;
    const strong = prefix in strongKeys ? strongKeys[prefix as keyof typeof strongKeys] : null;
    const sign = strong ? null : signKeys[prefix as keyof typeof signKeys];
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const x = prepared[members[i]!]!;
        const y = prepared[members[j]!]!;
        if (x.file.id === y.file.id) continue;
        const k = pairKey(x.file.id, y.file.id);
        if (hooks.dismissed?.has(k)) continue;
        let reasons = found.get(k);
        if (strong) {
          if (!reasons) found.set(k, (reasons = new Set()));
          reasons.add(strong);
          continue;
        }
        if (!reasons) {
          const named = nameReason(x, y);
          // Two people of one name sharing a sign, but with different ID numbers, are two people.
          if (!named || (x.idKey && y.idKey && x.idKey !== y.idKey)) continue;
          found.set(k, (reasons = new Set([named])));
        }
        reasons.add(sign!);
      }
    }
  }
  hooks.progress?.(total, total);

  const byId = new Map(prepared.map((p) => [p.file.id, p]));
  const pairs: FoundPair[] = [];
  for (const [k, reasons] of found) {
    const a = Math.floor(k / ID_SPACE);
    const b = k % ID_SPACE;
    const x = byId.get(a)!;
    const y = byId.get(b)!;
    if (![...reasons].some((r) => nameReasons.has(r))) {
      const named = nameReason(x, y);
      if (named) reasons.add(named);
    }
    if (reasons.has('phone')) reasons.delete('phoneTail');
    if (x.idKey && y.idKey && x.idKey !== y.idKey) reasons.add('idNumberDiffers');
    const list = [...reasons].sort((r1, r2) => weights[r2] - weights[r1]);
    const sure = list.some((r) => strongReasons.has(r)) || list.some((r) => nameReasons.has(r));
    if (!sure) continue;
    const score = Math.max(1, Math.min(100, list.reduce((sum, r) => sum + weights[r], 0)));
    pairs.push({ a, b, score, reasons: list });
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  return { pairs, crowdedValues };
}
