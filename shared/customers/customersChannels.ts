import { z } from 'zod';
import { id } from '../validation/schemaParts';
import { channel, type ChannelDef } from '../contract/channel';
import type { AuditLine } from '../audit/auditEntry';
import { consentInputSchema, contactInputSchema, customerInputSchema, feedbackInputSchema, intentionInputSchema, paperLocationSchema, searchQuerySchema, serviceInputSchema } from './customerSchemas';
import type { CustomerCard, FileMatch, FollowUpPage, SearchResult } from './customerTypes';
import { signOffSchema } from '../signOff/signOff';
import { categories, grades } from './vocabularies';

/** Customer files and their records. */
export const customersChannels = {
  'customers.search': channel<SearchResult>()({
    kind: 'query',
    access: 'customer.read',
    input: searchQuerySchema,
    summary: 'The one search box (name, pinyin, phone digits, plate, VIN tail, archive number) with filters and sort; only files the caller may see.',
  }),
  'customers.get': channel<CustomerCard>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ id }).strict(),
    summary: 'A customer card: the file, masked, with the first page of every tab.',
  }),
  'customers.create': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ customer: customerInputSchema, allowDuplicates: z.boolean().default(false) }).strict(),
    summary: 'Opens a new customer file with the next archive number; refused with CUSTOMER_DUPLICATE while another file holds the same phone, ID number or VIN, unless allowDuplicates says the user saw the matches.',
  }),
  'customers.update': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, version: z.number().int().positive(), customer: customerInputSchema, reason: z.string().trim().max(200).optional(), allowDuplicates: z.boolean().default(false) }).strict(),
    summary: 'Saves an edited customer file; refused with CONFLICT when someone saved it since it was opened, like create when a new phone or ID number matches another file, and without a reason when the paper file moves.',
  }),
  'customers.setGrade': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, category: z.enum(categories), grade: z.enum(grades).nullable(), reason: z.string().trim().min(1).max(200) }).strict(),
    summary: 'Changes category and intent grade with a dated reason.',
  }),
  'customers.moveFile': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, location: paperLocationSchema, reason: z.string().trim().min(1).max(200) }).strict(),
    summary: 'Records that the paper file moved (room, cabinet, shelf, box, folder), from where, and why.',
  }),
  'customers.matches': channel<FileMatch[]>()({
    kind: 'query',
    access: 'customer.read',
    input: z
      .object({
        phones: z.array(z.string().max(40)).max(6).default([]),
        idNumber: z.string().max(40).nullish(),
        vins: z.array(z.string().max(30)).max(6).default([]),
        excludeId: id.optional(),
      })
      .strict(),
    summary: 'Files that already hold one of these phones, this ID number or these VINs (the form asks before saving a second file); a file the caller may not see is named by archive number only.',
  }),
  'customers.openInArchiveRoom': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.read',
    input: z.object({ id, countersign: signOffSchema }).strict(),
    summary: 'Opens a 机密 file under the caller’s approved 查阅, in the archive room: the archive admin countersigns now; audited with both names.',
  }),
  'customers.reveal': channel<{ value: string }>()({
    kind: 'command',
    access: 'customer.reveal',
    input: z.object({ id, field: z.enum(['idNumber', 'phone']), phoneId: id.optional() }).strict(),
    summary: 'Shows one masked value in full; every reveal is audited.',
  }),
  'customers.history': channel<AuditLine[]>()({
    kind: 'query',
    access: 'customer.read',
    input: z.object({ id }).strict(),
    summary: 'The audit entries of one customer file and its records, newest first.',
  }),
  'customers.addRecord': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('intention'), customerId: id, record: intentionInputSchema }).strict(),
        z.object({ type: z.literal('contact'), customerId: id, record: contactInputSchema }).strict(),
        z.object({ type: z.literal('service'), customerId: id, record: serviceInputSchema }).strict(),
        z.object({ type: z.literal('feedback'), customerId: id, record: feedbackInputSchema }).strict(),
        z.object({ type: z.literal('consent'), customerId: id, record: consentInputSchema }).strict(),
      ]),
    summary: 'Adds a purchase intention, contact, service record, feedback/complaint or consent to a file.',
  }),
  'customers.updateFeedback': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, record: feedbackInputSchema }).strict(),
    summary: 'Records the handling, result and closing of a feedback or complaint.',
  }),
  'customers.withdrawConsent': channel<CustomerCard>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id, at: z.iso.datetime({ offset: true }) }).strict(),
    summary: 'Marks a consent as withdrawn (kept, with the date).',
  }),
  'customers.followUps': channel<FollowUpPage>()({
    kind: 'query',
    access: 'customer.read',
    input: z
      .object({
        ownerId: id.optional(),
        include: z.enum(['due', 'overdue', 'stale']).default('due'),
        offset: z.number().int().min(0).max(1_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
    summary: 'Follow-ups due today or overdue by the cadence, or files not contacted for too long, a page at a time with the total; own files for consultants.',
  }),
} as const satisfies Record<string, ChannelDef>;
