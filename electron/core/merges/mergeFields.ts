import { mergeFields, type MergeChoices, type MergeField, type MergeSide } from '../../../shared/merges/mergeTypes';
import { secrecyLevels, type SecrecyLevel } from '../../../shared/customers/vocabularies';
import type { customers } from '../db/schema';

/**
 * The field picker as pure rules over two stored files: which fields differ, what the picker
 * suggests, and what the survivor holds afterwards. Values the picker does not ask about follow
 * fixed rules: the higher secrecy (records must not drop a level), the later last contact, the
 * earlier delivery; the survivor keeps its archive number, status and creation.
 */
export type CustomerColumns = typeof customers.$inferSelect;

/** The stored columns behind each field of the picker; a field moves all of its columns together. */
export const fieldColumns = {
  name: ['name'],
  gender: ['gender'],
  birthDate: ['birthDate'],
  idNumber: ['idType', 'idNumber'],
  wechat: ['wechat'],
  email: ['email'],
  address: ['address'],
  region: ['region'],
  occupation: ['occupation'],
  creditCode: ['creditCode'],
  legalRep: ['legalRep'],
  contactPerson: ['contactPerson'],
  sourceChannel: ['sourceChannel'],
  category: ['category', 'grade'],
  ownerId: ['ownerId'],
  location: ['locRoom', 'locCabinet', 'locShelf', 'locBox', 'locFolder'],
  retentionUntil: ['retentionUntil'],
  note: ['note'],
} as const satisfies Record<MergeField, ReadonlyArray<keyof CustomerColumns>>;

/**
 * What the tombstone keeps: its number, kind, name (so 已并入 … can be found by the name people ask
 * for), category and dates. The rest — what the picker kept lives on in the survivor, what it left
 * lives only in the undo snapshot — is cleared, so personal data is not held twice.
 */
export const tombstoneCleared = [
  'gender',
  'birthDate',
  'idType',
  'idNumber',
  'wechat',
  'email',
  'address',
  'region',
  'occupation',
  'creditCode',
  'legalRep',
  'contactPerson',
  'note',
  'locRoom',
  'locCabinet',
  'locShelf',
  'locBox',
  'locFolder',
  // No follow-up is due on a file that no longer stands for anyone.
  'nextContactAt',
] as const satisfies ReadonlyArray<keyof CustomerColumns>;

function empty(file: CustomerColumns, field: MergeField): boolean {
  return fieldColumns[field].every((c) => file[c] === null || file[c] === '');
}

export function differingFields(survivor: CustomerColumns, merged: CustomerColumns): MergeField[] {
  return mergeFields.filter((field) => fieldColumns[field].some((c) => (survivor[c] ?? null) !== (merged[c] ?? null)));
}

/** The picker's suggestion: the survivor's value, unless it has none and the other file has one. */
export function suggestedSide(survivor: CustomerColumns, merged: CustomerColumns, field: MergeField): MergeSide {
  return empty(survivor, field) && !empty(merged, field) ? 'merged' : 'survivor';
}

/** Every differing field with the side it is taken from: what was asked, or the suggestion. */
export function resolveChoices(survivor: CustomerColumns, merged: CustomerColumns, asked: MergeChoices): Record<MergeField, MergeSide> {
  const out = {} as Record<MergeField, MergeSide>;
  for (const field of differingFields(survivor, merged)) out[field] = asked[field] ?? suggestedSide(survivor, merged, field);
  return out;
}

function higher(a: SecrecyLevel, b: SecrecyLevel): SecrecyLevel {
  return secrecyLevels.indexOf(a) >= secrecyLevels.indexOf(b) ? a : b;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

export function mergedSecrecy(survivor: CustomerColumns, merged: CustomerColumns): SecrecyLevel {
  return higher(survivor.secrecy, merged.secrecy);
}

/** The survivor's columns after the merge (only those that change). */
export function survivorPatch(survivor: CustomerColumns, merged: CustomerColumns, choices: Partial<Record<MergeField, MergeSide>>): Partial<CustomerColumns> {
  const patch: Record<string, unknown> = {};
  for (const field of mergeFields) {
    if (choices[field] !== 'merged') continue;
    for (const column of fieldColumns[field]) patch[column] = merged[column];
  }
  patch['secrecy'] = mergedSecrecy(survivor, merged);
  patch['lastContactAt'] = later(survivor.lastContactAt, merged.lastContactAt);
  patch['deliveredAt'] = earlier(survivor.deliveredAt, merged.deliveredAt);
  return patch as Partial<CustomerColumns>;
}

/** Who follows the customer after the merge, and so confirms it: the owner the picker kept. */
export function followerAfter(survivor: CustomerColumns, merged: CustomerColumns, choices: Partial<Record<MergeField, MergeSide>>): number | null {
  return choices.ownerId === 'merged' ? merged.ownerId : survivor.ownerId;
}
