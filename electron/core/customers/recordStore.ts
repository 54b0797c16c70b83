import type Database from 'better-sqlite3';
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Consent, ContactEntry, FeedbackEntry, Intention, ServiceRecord } from '../../../shared/customers/customerTypes';
import type { consentInputSchema, contactInputSchema, feedbackInputSchema, intentionInputSchema, serviceInputSchema } from '../../../shared/customers/customerSchemas';
import { ormOf } from '../db/orm';
import { consents, contacts, feedback, intentions, serviceRecords, users } from '../db/schema';

/** The records a file keeps beside its form: intentions, contacts, service, feedback and consents. */

const PAGE = 20;
const byName = sql<string>`coalesce(${users.displayName}, '')`;
const iso = (at: string) => new Date(at).toISOString();
const isoOrNull = (at: string | null) => (at ? iso(at) : null);

export function addIntention(db: Database.Database, customerId: number, r: z.output<typeof intentionInputSchema>, byUser: number, now: Date): void {
  ormOf(db).insert(intentions).values({ customerId, ...r, createdAt: now.toISOString(), byUser }).run();
}

export function addContact(db: Database.Database, customerId: number, r: z.output<typeof contactInputSchema>, byUser: number): string {
  const at = iso(r.at);
  ormOf(db).insert(contacts).values({ customerId, ...r, at, nextAt: isoOrNull(r.nextAt), byUser }).run();
  return at;
}

export function addService(db: Database.Database, customerId: number, r: z.output<typeof serviceInputSchema>, byUser: number): void {
  ormOf(db).insert(serviceRecords).values({ customerId, ...r, byUser }).run();
}

export function addFeedback(db: Database.Database, customerId: number, r: z.output<typeof feedbackInputSchema>, byUser: number): void {
  ormOf(db).insert(feedback).values({ customerId, ...r, receivedAt: iso(r.receivedAt), closedAt: isoOrNull(r.closedAt), byUser }).run();
}

export function updateFeedback(db: Database.Database, id: number, r: z.output<typeof feedbackInputSchema>): void {
  ormOf(db).update(feedback).set({ ...r, receivedAt: iso(r.receivedAt), closedAt: isoOrNull(r.closedAt) }).where(eq(feedback.id, id)).run();
}

export function addConsent(db: Database.Database, customerId: number, r: z.output<typeof consentInputSchema>, byUser: number): void {
  ormOf(db).insert(consents).values({ customerId, ...r, givenAt: iso(r.givenAt), byUser }).run();
}

export function withdrawConsent(db: Database.Database, id: number, at: string): void {
  ormOf(db).update(consents).set({ withdrawnAt: iso(at) }).where(eq(consents.id, id)).run();
}

/** Which file a record belongs to, so its channel can check that file's visibility first. */
export function feedbackOwner(db: Database.Database, id: number): number | null {
  return ormOf(db).select({ customerId: feedback.customerId }).from(feedback).where(eq(feedback.id, id)).get()?.customerId ?? null;
}

export function findConsent(db: Database.Database, id: number) {
  return ormOf(db).select({ customerId: consents.customerId, kind: consents.kind, withdrawnAt: consents.withdrawnAt }).from(consents).where(eq(consents.id, id)).get() ?? null;
}

/** The latest contact's planned next date: the cadence brings the due date forward to it. */
export function latestPlannedContact(db: Database.Database, customerId: number): string | null {
  return ormOf(db).select({ nextAt: contacts.nextAt }).from(contacts).where(eq(contacts.customerId, customerId)).orderBy(desc(contacts.at)).limit(1).get()?.nextAt ?? null;
}

// ---- The first page of each tab, for the card ----

export function intentionsOf(db: Database.Database, customerId: number, limit = PAGE): Intention[] {
  const o = ormOf(db);
  return o
    .select({ id: intentions.id, model: intentions.model, budgetMin: intentions.budgetMin, budgetMax: intentions.budgetMax, expectedDate: intentions.expectedDate, focus: intentions.focus, tradeIn: intentions.tradeIn, createdAt: intentions.createdAt, byName })
    .from(intentions)
    .leftJoin(users, eq(users.id, intentions.byUser))
    .where(eq(intentions.customerId, customerId))
    .orderBy(desc(intentions.createdAt))
    .limit(limit)
    .all();
}

export function contactsOf(db: Database.Database, customerId: number, limit = PAGE): ContactEntry[] {
  return ormOf(db)
    .select({ id: contacts.id, at: contacts.at, method: contacts.method, content: contacts.content, feedback: contacts.feedback, nextStep: contacts.nextStep, nextAt: contacts.nextAt, byName })
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.byUser))
    .where(eq(contacts.customerId, customerId))
    .orderBy(desc(contacts.at))
    .limit(limit)
    .all();
}

export function servicesOf(db: Database.Database, customerId: number, limit = PAGE): ServiceRecord[] {
  return ormOf(db)
    .select({ id: serviceRecords.id, vehicleId: serviceRecords.vehicleId, kind: serviceRecords.kind, date: serviceRecords.date, mileage: serviceRecords.mileage, items: serviceRecords.items, costCents: serviceRecords.costCents, technician: serviceRecords.technician })
    .from(serviceRecords)
    .where(eq(serviceRecords.customerId, customerId))
    .orderBy(desc(serviceRecords.date))
    .limit(limit)
    .all();
}

export function feedbackOf(db: Database.Database, customerId: number, limit = PAGE): FeedbackEntry[] {
  return ormOf(db)
    .select({ id: feedback.id, kind: feedback.kind, receivedAt: feedback.receivedAt, content: feedback.content, handling: feedback.handling, result: feedback.result, closedAt: feedback.closedAt, satisfaction: feedback.satisfaction })
    .from(feedback)
    .where(eq(feedback.customerId, customerId))
    .orderBy(desc(feedback.receivedAt))
    .limit(limit)
    .all();
}

export function consentsOf(db: Database.Database, customerId: number): Consent[] {
  return ormOf(db)
    .select({ id: consents.id, kind: consents.kind, givenAt: consents.givenAt, channel: consents.channel, withdrawnAt: consents.withdrawnAt, note: consents.note })
    .from(consents)
    .where(eq(consents.customerId, customerId))
    .orderBy(desc(consents.givenAt))
    .all();
}
