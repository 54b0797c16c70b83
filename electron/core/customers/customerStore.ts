import type Database from 'better-sqlite3';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { PaperLocation } from '../../../shared/customers/customerTypes';
import type { StoredCustomerValues } from '../../../shared/customers/customerSchemas';
import type { Category, Grade } from '../../../shared/customers/vocabularies';
import { KedangError } from '../../../shared/contract/errors';
import { ormOf } from '../db/orm';
import { cachedStatement } from '../db/statementCache';
import { customerPhones, customers, gradeHistory, locationHistory, searchTokens, users, vehicles } from '../db/schema';
import { customerTokens } from './searchTokens';

/** A customer file as stored, typed from the schema, with its consultant's name. */
export type CustomerRecord = typeof customers.$inferSelect & { ownerName: string | null };
type CustomerColumns = typeof customers.$inferInsert;

export interface StoredPhone {
  id: number;
  number: string;
  kind: 'mobile' | 'other';
}

export function findCustomer(db: Database.Database, id: number): CustomerRecord | null {
  const row = ormOf(db)
    .select({ file: customers, ownerName: users.displayName })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId))
    .where(eq(customers.id, id))
    .get();
  return row ? { ...row.file, ownerName: row.ownerName } : null;
}

/** The file's id by its archive number (as people type it: upper-cased by the caller). */
export function customerIdByArchiveNo(db: Database.Database, archiveNo: string): number | null {
  return ormOf(db).select({ id: customers.id }).from(customers).where(eq(customers.archiveNo, archiveNo)).get()?.id ?? null;
}

/** Whether a file with this id exists at all (for answers that must not tell more). */
export function customerExists(db: Database.Database, id: number): boolean {
  return cachedStatement(db, 'SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined;
}

export function phonesOf(db: Database.Database, customerId: number): StoredPhone[] {
  return ormOf(db)
    .select({ id: customerPhones.id, number: customerPhones.number, kind: customerPhones.kind })
    .from(customerPhones)
    .where(eq(customerPhones.customerId, customerId))
    .orderBy(customerPhones.position)
    .all() as StoredPhone[];
}

/** The stored columns a form's values fill (phones live in their own table; the location is split). */
function columnsOf(v: StoredCustomerValues) {
  return {
    kind: v.kind,
    name: v.name,
    gender: v.gender,
    birthDate: v.birthDate,
    idType: v.idType,
    idNumber: v.idNumber,
    wechat: v.wechat,
    email: v.email,
    address: v.address,
    region: v.region,
    occupation: v.occupation,
    creditCode: v.creditCode,
    legalRep: v.legalRep,
    contactPerson: v.contactPerson,
    sourceChannel: v.sourceChannel,
    category: v.category,
    grade: v.grade,
    ownerId: v.ownerId,
    secrecy: v.secrecy,
    ...locationColumns(v.location),
    retentionUntil: v.retentionUntil,
    note: v.note,
  } satisfies Partial<CustomerColumns>;
}

function locationColumns(l: PaperLocation | null) {
  return { locRoom: l?.room || null, locCabinet: l?.cabinet || null, locShelf: l?.shelf || null, locBox: l?.box || null, locFolder: l?.folder || null };
}

export function locationOf(c: Pick<CustomerRecord, 'locRoom' | 'locCabinet' | 'locShelf' | 'locBox' | 'locFolder'>): PaperLocation | null {
  if (!c.locRoom && !c.locCabinet && !c.locShelf && !c.locBox && !c.locFolder) return null;
  return { room: c.locRoom ?? '', cabinet: c.locCabinet ?? '', shelf: c.locShelf ?? '', box: c.locBox ?? '', folder: c.locFolder ?? '' };
}

export function insertCustomer(db: Database.Database, v: StoredCustomerValues, archiveNo: string, byUser: number, now: Date): number {
  const at = now.toISOString();
  const row = ormOf(db)
    .insert(customers)
    .values({ ...columnsOf(v), archiveNo, status: 'active', version: 1, createdAt: at, createdBy: byUser, updatedAt: at, updatedBy: byUser })
    .returning({ id: customers.id })
    .get();
  writePhones(db, row.id, v.phones);
  return row.id;
}

/** Optimistic concurrency: the form sends the version it loaded; a stale one gets CONFLICT. */
export function updateCustomer(db: Database.Database, id: number, expectedVersion: number, v: StoredCustomerValues, byUser: number, now: Date): void {
  const result = ormOf(db)
    .update(customers)
    .set({ ...columnsOf(v), updatedAt: now.toISOString(), updatedBy: byUser, version: sql`${customers.version} + 1` })
    .where(and(eq(customers.id, id), eq(customers.version, expectedVersion)))
    .run();
  if (result.changes !== 1) throw new KedangError('CONFLICT', 'The file changed since it was opened', { details: { id } });
  writePhones(db, id, v.phones);
}

function writePhones(db: Database.Database, customerId: number, phones: StoredCustomerValues['phones']): void {
  const orm = ormOf(db);
  orm.delete(customerPhones).where(eq(customerPhones.customerId, customerId)).run();
  if (phones.length) orm.insert(customerPhones).values(phones.map((p, i) => ({ customerId, number: p.number, kind: p.kind, position: i }))).run();
}

/** A change that is not an edit of the form (grade, location): the version moves so open forms see it. */
export function setCategory(db: Database.Database, id: number, category: Category, grade: Grade | null, byUser: number, now: Date): void {
  ormOf(db).update(customers).set({ category, grade, updatedAt: now.toISOString(), updatedBy: byUser, version: sql`${customers.version} + 1` }).where(eq(customers.id, id)).run();
}

export function setLocation(db: Database.Database, id: number, location: PaperLocation, byUser: number, now: Date): void {
  ormOf(db).update(customers).set({ ...locationColumns(location), updatedAt: now.toISOString(), updatedBy: byUser, version: sql`${customers.version} + 1` }).where(eq(customers.id, id)).run();
}

/** A record added to the file (contact, service …) changes when it was last touched, not its form. */
export function touchCustomer(db: Database.Database, id: number, byUser: number, now: Date): void {
  ormOf(db).update(customers).set({ updatedAt: now.toISOString(), updatedBy: byUser }).where(eq(customers.id, id)).run();
}

export function markContacted(db: Database.Database, id: number, at: string): void {
  ormOf(db)
    .update(customers)
    .set({ lastContactAt: sql`max(coalesce(${customers.lastContactAt}, ${at}), ${at})` })
    .where(eq(customers.id, id))
    .run();
}

/** The first delivery ends O-grade follow-up. */
export function markDelivered(db: Database.Database, id: number, date: string): void {
  ormOf(db).update(customers).set({ deliveredAt: sql`coalesce(${customers.deliveredAt}, ${date})` }).where(eq(customers.id, id)).run();
}

export function addGradeChange(db: Database.Database, c: { customerId: number; at: string; category: Category; grade: Grade | null; reason: string; byUser: number }): void {
  ormOf(db).insert(gradeHistory).values(c).run();
}

export function gradeChangesOf(db: Database.Database, customerId: number) {
  return ormOf(db)
    .select({ at: gradeHistory.at, category: gradeHistory.category, grade: gradeHistory.grade, reason: gradeHistory.reason, byName: sql<string>`coalesce(${users.displayName}, '')` })
    .from(gradeHistory)
    .leftJoin(users, eq(users.id, gradeHistory.byUser))
    .where(eq(gradeHistory.customerId, customerId))
    .orderBy(desc(gradeHistory.at), desc(gradeHistory.id))
    .all() as Array<{ at: string; category: Category; grade: Grade | null; reason: string; byName: string }>;
}

export function addLocationMove(db: Database.Database, m: { customerId: number; at: string; from: PaperLocation | null; to: PaperLocation; text: string; reason: string; byUser: number }): void {
  ormOf(db)
    .insert(locationHistory)
    .values({ customerId: m.customerId, at: m.at, location: m.text, fromLoc: m.from ? JSON.stringify(m.from) : null, toLoc: JSON.stringify(m.to), reason: m.reason, byUser: m.byUser })
    .run();
}

export function locationMovesOf(db: Database.Database, customerId: number) {
  return ormOf(db)
    .select({ at: locationHistory.at, text: locationHistory.location, fromLoc: locationHistory.fromLoc, toLoc: locationHistory.toLoc, reason: locationHistory.reason, byName: sql<string>`coalesce(${users.displayName}, '')` })
    .from(locationHistory)
    .leftJoin(users, eq(users.id, locationHistory.byUser))
    .where(eq(locationHistory.customerId, customerId))
    .orderBy(desc(locationHistory.at), desc(locationHistory.id))
    .all()
    .map((m) => ({ at: m.at, text: m.text, from: parseLocation(m.fromLoc), to: parseLocation(m.toLoc), reason: m.reason, byName: m.byName }));
}

function parseLocation(json: string | null): PaperLocation | null {
  return json ? (JSON.parse(json) as PaperLocation) : null;
}

export function setNextContact(db: Database.Database, id: number, dueAt: string | null): void {
  cachedStatement(db, 'UPDATE customers SET next_contact_at = ? WHERE id = ?').run(dueAt, id);
}

/** Which files already hold this phone, ID number or VIN (same values, normalised as stored). */
export function filesHolding(db: Database.Database, probe: { phones: string[]; idNumber: string | null; vins: string[]; excludeId: number | null }): Array<{ customerId: number; field: 'phone' | 'idNumber' | 'vin' }> {
  const found: Array<{ customerId: number; field: 'phone' | 'idNumber' | 'vin' }> = [];
  const exclude = probe.excludeId ?? 0;
  for (const number of probe.phones) {
    for (const id of cachedStatement(db, 'SELECT DISTINCT customer_id FROM customer_phones WHERE number = ? AND customer_id <> ?').pluck().all(number, exclude) as number[]) found.push({ customerId: id, field: 'phone' });
  }
  if (probe.idNumber) {
    for (const id of cachedStatement(db, `SELECT id FROM customers WHERE id_number = ? AND id <> ? AND status = 'active'`).pluck().all(probe.idNumber, exclude) as number[]) found.push({ customerId: id, field: 'idNumber' });
  }
  for (const vin of probe.vins) {
    for (const id of cachedStatement(db, 'SELECT customer_id FROM vehicles WHERE vin = ? AND customer_id <> ?').pluck().all(vin, exclude) as number[]) found.push({ customerId: id, field: 'vin' });
  }
  return found;
}

/** Rewrites a customer's search tokens from what is stored now (name, phones, vehicles, archive number). */
export function reindexCustomer(db: Database.Database, customerId: number): void {
  const orm = ormOf(db);
  orm.delete(searchTokens).where(eq(searchTokens.customerId, customerId)).run();
  const c = orm
    .select({ name: customers.name, contactPerson: customers.contactPerson, archiveNo: customers.archiveNo, status: customers.status, secrecy: customers.secrecy, ownerId: customers.ownerId })
    .from(customers)
    .where(eq(customers.id, customerId))
    .get();
  if (!c) return;
  const phones = orm.select({ number: customerPhones.number }).from(customerPhones).where(eq(customerPhones.customerId, customerId)).all().map((p) => p.number);
  const cars = orm.select({ vin: vehicles.vin, plate: vehicles.plate }).from(vehicles).where(eq(vehicles.customerId, customerId)).all();
  const tokens = customerTokens({
    name: c.name,
    contactPerson: c.contactPerson,
    archiveNo: c.archiveNo,
    phones,
    plates: cars.map((v) => v.plate).filter((p): p is string => !!p),
    vins: cars.map((v) => v.vin),
  });
  const insert = cachedStatement(db, 'INSERT OR IGNORE INTO search_tokens (token, field, customer_id, status, secrecy, owner_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const t of tokens) insert.run(t.token, t.field, customerId, c.status, c.secrecy, c.ownerId);
}
