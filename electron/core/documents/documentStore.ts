import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DocumentKind, DocumentState } from '../../../shared/documents/documentTypes';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';
import { ormOf } from '../db/orm';
import { documents, users } from '../db/schema';

export interface DocumentRow {
  id: number;
  serial: string;
  kind: DocumentKind;
  title: string;
  state: DocumentState;
  customerId: number | null;
  archiveNo: string | null;
  subject: string | null;
  params: string;
  printedAt: string;
  printedByName: string;
  pages: number | null;
  sha256: string | null;
  contentHash: string | null;
  secrecy: SecrecyLevel | null;
  unmasked: boolean | null;
  reprintOf: string | null;
}

const columns = {
  id: documents.id,
  serial: documents.serial,
  kind: documents.kind,
  title: documents.title,
  state: documents.state,
  customerId: documents.customerId,
  archiveNo: documents.archiveNo,
  subject: documents.subject,
  params: documents.params,
  printedAt: documents.printedAt,
  printedByName: users.displayName,
  pages: documents.pages,
  sha256: documents.sha256,
  contentHash: documents.contentHash,
  secrecy: documents.secrecy,
  unmasked: documents.unmasked,
  reprintOf: documents.reprintOf,
};

/** `DOC-2026-000042`: the year it was printed and the register's own counter, never reused. */
export function serialFor(id: number, printedAt: Date): string {
  return `DOC-${printedAt.getUTCFullYear()}-${String(id).padStart(6, '0')}`;
}

export interface NewDocument {
  kind: DocumentKind;
  title: string;
  customerId: number | null;
  archiveNo: string | null;
  subject: string | null;
  params: string;
  printedBy: number;
  printedAt: Date;
  reprintOf: string | null;
}

/** Takes the next serial: the row exists from the start, so a cancelled print still holds its number. */
export function reserveDocument(db: Database.Database, d: NewDocument): { id: number; serial: string } {
  const orm = ormOf(db);
  const { id } = orm
    .insert(documents)
    .values({ ...d, printedAt: d.printedAt.toISOString(), serial: `~${randomBytes(8).toString('hex')}`, state: 'printing' })
    .returning({ id: documents.id })
    .get();
  const serial = serialFor(id, d.printedAt);
  orm.update(documents).set({ serial }).where(eq(documents.id, id)).run();
  return { id, serial };
}

export function markPrinted(db: Database.Database, id: number, done: { at: Date; pages: number; sha256: string; contentHash: string; secrecy: SecrecyLevel; unmasked: boolean }): void {
  ormOf(db)
    .update(documents)
    .set({ state: 'printed', finishedAt: done.at.toISOString(), pages: done.pages, sha256: done.sha256, contentHash: done.contentHash, secrecy: done.secrecy, unmasked: done.unmasked })
    .where(and(eq(documents.id, id), eq(documents.state, 'printing')))
    .run();
}

export function markVoid(db: Database.Database, id: number, at: Date): void {
  ormOf(db)
    .update(documents)
    .set({ state: 'void', finishedAt: at.toISOString() })
    .where(and(eq(documents.id, id), eq(documents.state, 'printing')))
    .run();
}

export function findDocument(db: Database.Database, serial: string): DocumentRow | null {
  return (ormOf(db).select(columns).from(documents).innerJoin(users, eq(users.id, documents.printedBy)).where(eq(documents.serial, serial)).get() as DocumentRow | undefined) ?? null;
}

/** Copies made of a document (副本), newest first. */
export function reprintsOf(db: Database.Database, serial: string): string[] {
  return ormOf(db)
    .select({ serial: documents.serial })
    .from(documents)
    .where(and(eq(documents.reprintOf, serial), eq(documents.state, 'printed')))
    .orderBy(desc(documents.id))
    .all()
    .map((r) => r.serial);
}

export interface DocumentFilter {
  kind?: DocumentKind;
  archiveNo?: string;
  /** ISO instants, from inclusive, to exclusive. */
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

export function listDocuments(db: Database.Database, f: DocumentFilter): { rows: DocumentRow[]; total: number } {
  const conditions: SQL[] = [];
  if (f.kind) conditions.push(eq(documents.kind, f.kind));
  if (f.archiveNo) conditions.push(eq(documents.archiveNo, f.archiveNo));
  if (f.from) conditions.push(gte(documents.printedAt, f.from));
  if (f.to) conditions.push(lt(documents.printedAt, f.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const orm = ormOf(db);
  const rows = orm.select(columns).from(documents).innerJoin(users, eq(users.id, documents.printedBy)).where(where).orderBy(desc(documents.id)).limit(f.limit).offset(f.offset).all() as DocumentRow[];
  const total = orm.select({ n: count() }).from(documents).where(where).get()?.n ?? 0;
  return { rows, total };
}
