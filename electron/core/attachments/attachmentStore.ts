import type Database from 'better-sqlite3';
import { desc, eq } from 'drizzle-orm';
import type { AttachmentInfo } from '../../../shared/attachments/attachments';
import type { AttachmentKind } from '../../../shared/customers/vocabularies';
import { ormOf } from '../db/orm';
import { attachments } from '../db/schema';

/** Scans are kept inside the encrypted database: there is never a loose copy on disk. */
export function insertAttachment(db: Database.Database, a: { customerId: number; kind: AttachmentKind; fileName: string; mime: string; data: Buffer; sha256: string; byUser: number; now: Date }): number {
  return ormOf(db)
    .insert(attachments)
    .values({ customerId: a.customerId, kind: a.kind, fileName: a.fileName, mime: a.mime, size: a.data.length, sha256: a.sha256, data: a.data, createdAt: a.now.toISOString(), byUser: a.byUser })
    .returning({ id: attachments.id })
    .get().id;
}

export function findAttachment(db: Database.Database, id: number) {
  return ormOf(db).select({ customerId: attachments.customerId, kind: attachments.kind, fileName: attachments.fileName, mime: attachments.mime, data: attachments.data }).from(attachments).where(eq(attachments.id, id)).get() ?? null;
}

/** Which file an attachment belongs to, read before its bytes, so visibility is checked first. */
export function attachmentOwner(db: Database.Database, id: number): number | null {
  return ormOf(db).select({ customerId: attachments.customerId }).from(attachments).where(eq(attachments.id, id)).get()?.customerId ?? null;
}

export function attachmentsOf(db: Database.Database, customerId: number): AttachmentInfo[] {
  return ormOf(db)
    .select({ id: attachments.id, kind: attachments.kind, fileName: attachments.fileName, mime: attachments.mime, size: attachments.size, createdAt: attachments.createdAt })
    .from(attachments)
    .where(eq(attachments.customerId, customerId))
    .orderBy(desc(attachments.id))
    .all();
}
