import type Database from 'better-sqlite3';
import type { CustomerFile, CustomerRow, MaskedPhone, PaperLocation } from '../../../shared/customers/customerTypes';
import type { StoredCustomerValues } from '../../../shared/customers/customerSchemas';
import { followUpFromDue, isStale } from '../../../shared/customers/cadence';
import { maskMobile } from '../../../shared/validation/mobile';
import { maskResidentId } from '../../../shared/validation/residentId';
import type { Category, CustomerKind, CustomerStatus, Gender, Grade, IdType, SecrecyLevel, SourceChannel } from '../../../shared/customers/vocabularies';
import { KedangError } from '../../../shared/contract/errors';
import { customerTokens } from './searchTokens';

export interface CustomerDbRow {
  id: number;
  archive_no: string;
  kind: CustomerKind;
  name: string;
  gender: Gender | null;
  birth_date: string | null;
  id_type: IdType | null;
  id_number: string | null;
  wechat: string | null;
  email: string | null;
  address: string | null;
  region: string | null;
  occupation: string | null;
  credit_code: string | null;
  legal_rep: string | null;
  contact_person: string | null;
  source_channel: SourceChannel;
  category: Category;
  grade: Grade | null;
  owner_id: number | null;
  owner_name?: string | null;
  secrecy: SecrecyLevel;
  loc_room: string | null;
  loc_cabinet: string | null;
  loc_shelf: string | null;
  loc_box: string | null;
  loc_folder: string | null;
  retention_until: string | null;
  status: CustomerStatus;
  last_contact_at: string | null;
  next_contact_at: string | null;
  delivered_at: string | null;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The fields a complete card must have (录入要求: accurate and complete within one working day). */
export function missingFields(c: CustomerDbRow, phoneCount: number): string[] {
  const missing: string[] = [];
  if (phoneCount === 0) missing.push('phones');
  if (!c.owner_id) missing.push('ownerId');
  if (!c.region) missing.push('region');
  if (!c.address) missing.push('address');
  if (c.kind === 'person') {
    if (!c.gender) missing.push('gender');
    if (!c.id_number) missing.push('idNumber');
  } else {
    if (!c.credit_code) missing.push('creditCode');
    if (!c.contact_person) missing.push('contactPerson');
  }
  if (['intent', 'key'].includes(c.category) && !c.grade) missing.push('grade');
  if (!c.loc_room) missing.push('location');
  return missing;
}

function location(c: CustomerDbRow): PaperLocation | null {
  if (!c.loc_room && !c.loc_cabinet && !c.loc_shelf && !c.loc_box && !c.loc_folder) return null;
  return { room: c.loc_room ?? '', cabinet: c.loc_cabinet ?? '', shelf: c.loc_shelf ?? '', box: c.loc_box ?? '', folder: c.loc_folder ?? '' };
}

export function formatLocation(l: PaperLocation | null): string {
  if (!l) return '';
  return [l.room, l.cabinet, l.shelf, l.box, l.folder].filter(Boolean).join(' / ');
}

/** From the stored due date, which was computed with the cadence and the planned next contact when the file last changed. */
function followUpOf(c: CustomerDbRow, now: Date) {
  return followUpFromDue(c.next_contact_at, now);
}

export function phonesOf(db: Database.Database, customerId: number): Array<{ id: number; number: string; kind: 'mobile' | 'other' }> {
  return db.prepare('SELECT id, number, kind FROM customer_phones WHERE customer_id = ? ORDER BY position').all(customerId) as Array<{ id: number; number: string; kind: 'mobile' | 'other' }>;
}

export function maskPhone(number: string): string {
  return /^1\d{10}$/.test(number) ? maskMobile(number) : number.length > 4 ? `${'*'.repeat(number.length - 4)}${number.slice(-4)}` : '****';
}

/** `staleDays` is the store's setting: files not contacted for longer are flagged. */
export function toFile(db: Database.Database, c: CustomerDbRow, now: Date, staleDays: number): CustomerFile {
  const phones = phonesOf(db, c.id);
  const masked: MaskedPhone[] = phones.map((p) => ({ id: p.id, kind: p.kind, masked: maskPhone(p.number) }));
  return {
    id: c.id,
    archiveNo: c.archive_no,
    kind: c.kind,
    name: c.name,
    gender: c.gender,
    birthDate: c.birth_date,
    idType: c.id_type,
    idNumberMasked: c.id_number ? (c.id_type === 'resident' ? maskResidentId(c.id_number) : `${'*'.repeat(Math.max(0, c.id_number.length - 4))}${c.id_number.slice(-4)}`) : null,
    phones: masked,
    wechat: c.wechat,
    email: c.email,
    address: c.address,
    region: c.region,
    occupation: c.occupation,
    creditCode: c.credit_code,
    legalRep: c.legal_rep,
    contactPerson: c.contact_person,
    sourceChannel: c.source_channel,
    category: c.category,
    grade: c.grade,
    ownerId: c.owner_id,
    ownerName: c.owner_name ?? null,
    secrecy: c.secrecy,
    location: location(c),
    retentionUntil: c.retention_until,
    status: c.status,
    note: c.note,
    version: c.version,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    lastContactAt: c.last_contact_at,
    followUp: followUpOf(c, now),
    stale: isStale(c.last_contact_at, c.created_at, now, staleDays),
    missing: missingFields(c, phones.length),
  };
}

export function toRow(c: CustomerDbRow & { phone?: string | null; plate?: string | null }, now: Date, staleDays: number): CustomerRow {
  return {
    id: c.id,
    archiveNo: c.archive_no,
    kind: c.kind,
    name: c.name,
    phone: c.phone ? maskPhone(c.phone) : null,
    category: c.category,
    grade: c.grade,
    ownerId: c.owner_id,
    ownerName: c.owner_name ?? null,
    region: c.region,
    secrecy: c.secrecy,
    status: c.status,
    plate: c.plate ?? null,
    lastContactAt: c.last_contact_at,
    followUp: followUpOf(c, now),
    stale: isStale(c.last_contact_at, c.created_at, now, staleDays),
  };
}

export function findCustomer(db: Database.Database, id: number): CustomerDbRow | null {
  return (
    (db
      .prepare('SELECT c.*, u.display_name AS owner_name FROM customers c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?')
      .get(id) as CustomerDbRow | undefined) ?? null
  );
}

const columns = (v: StoredCustomerValues) => ({
  kind: v.kind,
  name: v.name,
  gender: v.gender,
  birth_date: v.birthDate,
  id_type: v.idType,
  id_number: v.idNumber,
  wechat: v.wechat,
  email: v.email,
  address: v.address,
  region: v.region,
  occupation: v.occupation,
  credit_code: v.creditCode,
  legal_rep: v.legalRep,
  contact_person: v.contactPerson,
  source_channel: v.sourceChannel,
  category: v.category,
  grade: v.grade,
  owner_id: v.ownerId,
  secrecy: v.secrecy,
  loc_room: v.location?.room ?? null,
  loc_cabinet: v.location?.cabinet ?? null,
  loc_shelf: v.location?.shelf ?? null,
  loc_box: v.location?.box ?? null,
  loc_folder: v.location?.folder ?? null,
  retention_until: v.retentionUntil,
  note: v.note,
});

export function insertCustomer(db: Database.Database, v: StoredCustomerValues, archiveNo: string, byUser: number, now: Date): number {
  const cols = { ...columns(v), archive_no: archiveNo, status: 'active', version: 1, created_at: now.toISOString(), created_by: byUser, updated_at: now.toISOString(), updated_by: byUser };
  const names = Object.keys(cols);
  const result = db.prepare(`INSERT INTO customers (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(cols);
  const id = Number(result.lastInsertRowid);
  writePhones(db, id, v.phones);
  return id;
}

/** Optimistic concurrency: the form sends the version it loaded; a stale one gets CONFLICT. */
export function updateCustomer(db: Database.Database, id: number, expectedVersion: number, v: StoredCustomerValues, byUser: number, now: Date): void {
  const cols = { ...columns(v), updated_at: now.toISOString(), updated_by: byUser };
  const names = Object.keys(cols);
  const result = db
    .prepare(`UPDATE customers SET ${names.map((n) => `${n} = @${n}`).join(', ')}, version = version + 1 WHERE id = @id AND version = @expectedVersion`)
    .run({ ...cols, id, expectedVersion });
  if (result.changes !== 1) throw new KedangError('CONFLICT', 'The file changed since it was opened', { details: { id } });
  writePhones(db, id, v.phones);
}

function writePhones(db: Database.Database, customerId: number, phones: StoredCustomerValues['phones']): void {
  db.prepare('DELETE FROM customer_phones WHERE customer_id = ?').run(customerId);
  const insert = db.prepare('INSERT INTO customer_phones (customer_id, number, kind, position) VALUES (?, ?, ?, ?)');
  phones.forEach((p, i) => insert.run(customerId, p.number, p.kind, i));
}

/** Rewrites a customer's search tokens from what is stored now (name, phones, vehicles, archive number). */
export function reindexCustomer(db: Database.Database, customerId: number): void {
  db.prepare('DELETE FROM search_tokens WHERE customer_id = ?').run(customerId);
  const c = db.prepare('SELECT name, contact_person, archive_no, status, secrecy, owner_id FROM customers WHERE id = ?').get(customerId) as
    | { name: string; contact_person: string | null; archive_no: string; status: string; secrecy: string; owner_id: number | null }
    | undefined;
  if (!c) return;
  const phones = (db.prepare('SELECT number FROM customer_phones WHERE customer_id = ?').all(customerId) as Array<{ number: string }>).map((p) => p.number);
  const cars = db.prepare('SELECT vin, plate FROM vehicles WHERE customer_id = ?').all(customerId) as Array<{ vin: string; plate: string | null }>;
  const tokens = customerTokens({
    name: c.name,
    contactPerson: c.contact_person,
    archiveNo: c.archive_no,
    phones,
    plates: cars.map((v) => v.plate).filter((p): p is string => !!p),
    vins: cars.map((v) => v.vin),
  });
  const insert = db.prepare('INSERT OR IGNORE INTO search_tokens (token, field, customer_id, status, secrecy, owner_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const t of tokens) insert.run(t.token, t.field, customerId, c.status, c.secrecy, c.owner_id);
}
