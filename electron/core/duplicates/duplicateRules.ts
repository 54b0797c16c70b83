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
  /**
   * Files that could match by name share this: the surname's reading for a person (同音 surnames
   * included), the folded name for a company; null when there is no name to compare.
   */
  nameBlock: string | null;
  /** Phone numbers as digits (+86 and separators gone), each once. */
  phones: string[];
  pinyin?: string;
}

const MIN_ADDRESS = 6;
const MIN_TAIL_SOURCE = 7;

type KeyKind = keyof typeof strongKeys | keyof typeof signKeys;
/** Exact keys first, so a sign shared by an already-paired couple only adds to its reasons. */
const keyKinds: KeyKind[] = ['i', 'c', 'p', 'v', 't', 'b', 'e', 'w', 'a'];

/** One kind of key of a file (its phones, its VINs …), normalised, each value once. */
function keysOf(p: Prepared, kind: KeyKind): string[] {
  const f = p.file;
  switch (kind) {
    case 'i':
      return p.idKey ? [p.idKey] : [];
    case 'c':
      return f.creditCode ? [codeKey(f.creditCode)] : [];
    case 'p':
      return p.phones;
    case 'v':
      return [...new Set(f.vins.map(vinKey))];
    case 't':
      return [...new Set(p.phones.filter((d) => d.length >= MIN_TAIL_SOURCE).map((d) => d.slice(-4)))];
    case 'b':
      return f.birthDate ? [f.birthDate] : [];
    case 'e':
      return f.email ? [f.email.trim().toLowerCase()] : [];
    case 'w':
      return f.wechat ? [foldText(f.wechat)] : [];
    case 'a': {
      const address = f.address ? foldText(f.address) : '';
      return [...address].length >= MIN_ADDRESS ? [address] : [];
    }
  }
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
  if (x.person.given.length !== y.person.given.length || [...x.person.surname].length !== [...y.person.surname].length) return null;
  const px = pinyinOf(x);
  return px !== '' && px === pinyinOf(y) ? 'samePinyin' : null;
}

function prepare(f: ScanFile): Prepared {
  const idKey = f.idNumber ? codeKey(f.idNumber) : null;
  const person = f.kind === 'person' ? personName(f.name) : null;
  const company = f.kind === 'company' ? companyName(f.name) : null;
  return {
    file: f,
    person,
    company,
    nameBlock: person ? (person.surname ? `p:${pinyinKey(person.surname)}` : null) : company ? `c:${company}` : null,
    idKey: idKey && idKey.length >= 6 ? idKey : null,
    phones: [...new Set(f.phones.map(phoneKey).filter((d) => d.length >= 5))],
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

/** The check (on its own thread in the app: duplicateWorker.ts). */
export function findDuplicates(files: readonly ScanFile[], hooks: ScanHooks = {}): ScanResult {
  const steps = scanSteps(files, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const SLICE = 2048;

function* scanSteps(files: readonly ScanFile[], hooks: ScanHooks): Generator<void, ScanResult> {
  const prepared: Prepared[] = [];
  for (const f of files) {
    prepared.push(prepare(f));
    if (prepared.length % (SLICE * 8) === 0) yield;
  }
  const found = new Map<number, Set<DuplicateReason>>();
  let crowdedValues = 0;
  const total = keyKinds.length;
  // One kind of key at a time: only one kind's groups are held at once.
  for (const [done, kind] of keyKinds.entries()) {
    hooks.checkpoint?.();
    hooks.progress?.(done, total);
    const groups = new Map<string, number | number[]>();
    prepared.forEach((p, index) => {
      for (const key of keysOf(p, kind)) {
        const group = groups.get(key);
        if (group === undefined) groups.set(key, index);
        else if (typeof group === 'number') groups.set(key, [group, index]);
        else group.push(index);
      }
    });
    yield;
    const strong = kind in strongKeys;
    let seen = 0;
    for (const members of groups.values()) {
      if (typeof members === 'number') continue;
      if (++seen % SLICE === 0) yield;
      if (members.length > MAX_GROUP) {
        crowdedValues += 1;
        continue;
      }
      if (strong) {
        for (let i = 0; i < members.length; i += 1) {
          for (let j = i + 1; j < members.length; j += 1) {
            const k = pairKey(prepared[members[i]!]!.file.id, prepared[members[j]!]!.file.id);
            if (!found.has(k)) found.set(k, new Set());
          }
        }
        continue;
      }
      // A sign alone pairs nothing: only files whose names could match are compared, and those share a name block.
      const blocks = new Map<string, number[]>();
      for (const m of members) {
        const block = prepared[m]!.nameBlock;
        if (block === null) continue;
        const list = blocks.get(block);
        if (list) list.push(m);
        else blocks.set(block, [m]);
      }
      for (const block of blocks.values()) {
        for (let i = 0; i < block.length; i += 1) {
          for (let j = i + 1; j < block.length; j += 1) {
            const x = prepared[block[i]!]!;
            const y = prepared[block[j]!]!;
            const k = pairKey(x.file.id, y.file.id);
            if (found.has(k)) continue;
            // Two people of one name sharing a sign, but with different ID numbers, are two people.
            if (x.idKey && y.idKey && x.idKey !== y.idKey) continue;
            if (nameReason(x, y)) found.set(k, new Set());
          }
        }
      }
    }
  }
  hooks.progress?.(total, total);

  // The few pairs found get every reason the two files share, whichever kind of key found them.
  const byId = new Map(prepared.map((p) => [p.file.id, p]));
  const pairs: FoundPair[] = [];
  for (const [k, reasons] of found) {
    const a = Math.floor(k / ID_SPACE);
    const b = k % ID_SPACE;
    if (hooks.dismissed?.has(k)) continue;
    const x = byId.get(a)!;
    const y = byId.get(b)!;
    for (const kind of keyKinds) {
      const theirs = new Set(keysOf(y, kind));
      if (keysOf(x, kind).some((key) => theirs.has(key))) reasons.add(kind in strongKeys ? strongKeys[kind as keyof typeof strongKeys] : signKeys[kind as keyof typeof signKeys]);
    }
    const named = nameReason(x, y);
    if (named) reasons.add(named);
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
