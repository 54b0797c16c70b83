import { z } from 'zod';
import {
  categories,
  consentChannels,
  consentKinds,
  contactMethods,
  customerKinds,
  feedbackKinds,
  genders,
  grades,
  idTypes,
  secrecyLevels,
  serviceKinds,
  sourceChannels,
} from './vocabularies';
import type { CustomerStatus } from './vocabularies';
import { parseResidentId } from '../validation/residentId';
import { parseMobile } from '../validation/mobile';
import { parseCreditCode } from '../validation/creditCode';
import { id, isoDate, issue, optionalText, text } from '../validation/schemaParts';


export const paperLocationSchema = z
  .object({ room: text(30), cabinet: text(30), shelf: text(30), box: text(30), folder: text(30) })
  .strict();

/**
 * A phone as the form sends it: a new or retyped number, or `keepId` for a stored phone kept as it is.
 * Editors see stored phones only masked, so they keep them by id instead of sending them back.
 */
export const phoneInputSchema = z.object({ number: z.string().max(40).optional(), keepId: id.optional(), kind: z.enum(['mobile', 'other']) }).strict();

/** The fields the cross-field rules read, as loosely as a half-filled form has them. */
export interface CustomerRuleFields {
  kind?: string | null;
  idType?: string | null;
  idNumber?: string | null;
  keepIdNumber?: boolean;
  birthDate?: string | null;
  gender?: string | null;
  phones?: Array<{ number?: string | null; keepId?: number; kind: string }>;
  creditCode?: string | null;
  creditCodeChecksumConfirmed?: boolean;
}

/**
 * The customer file's own rules (ID check digit and its birth date and gender, phone formats, the credit
 * code), separate from the schema so a form can show them while other required fields are still empty:
 * zod runs an object's refinements only once every field has the right type.
 */
export function customerFieldIssues(c: CustomerRuleFields): Array<{ path: (string | number)[]; code: string }> {
  const found: Array<{ path: (string | number)[]; code: string }> = [];
  const add = (path: (string | number)[], code: string) => found.push({ path, code });
  const idNumber = c.idNumber?.trim();
  if (idNumber && c.idType === 'resident' && !c.keepIdNumber) {
    const parsed = parseResidentId(idNumber);
    if (!parsed.ok) add(['idNumber'], parsed.code);
    else {
      if (c.birthDate && c.birthDate !== parsed.birthDate) add(['birthDate'], 'ID_BIRTH_DATE_MISMATCH');
      if (c.gender && c.gender !== parsed.gender) add(['gender'], 'ID_GENDER_MISMATCH');
    }
  }
  if (idNumber && !c.idType) add(['idType'], 'ID_TYPE_REQUIRED');
  (c.phones ?? []).forEach((p, i) => {
    if (!p.number) {
      if (p.keepId === undefined) add(['phones', i, 'number'], 'REQUIRED');
      return;
    }
    const mobile = p.kind === 'mobile' ? parseMobile(p.number) : null;
    if (mobile && !mobile.ok) add(['phones', i, 'number'], mobile.code);
    if (p.kind === 'other' && !/^[\d\s+\-()（）＋－]{5,30}$/.test(p.number.normalize('NFKC'))) add(['phones', i, 'number'], 'PHONE_FORMAT');
  });
  const creditCode = c.creditCode?.trim();
  if (creditCode) {
    const parsed = parseCreditCode(creditCode);
    if (!parsed.ok) add(['creditCode'], parsed.code);
    else if (!parsed.checksumValid && !c.creditCodeChecksumConfirmed) add(['creditCode'], 'USCC_CHECKSUM');
  }
  if (c.kind === 'company' && !creditCode) add(['creditCode'], 'REQUIRED');
  return found;
}

/**
 * The customer file as a form sends it. Validation is the same code in the form and in main:
 * ID numbers, mobiles and credit codes are checked and normalised here, field by field.
 */
export const customerInputSchema = z
  .object({
    kind: z.enum(customerKinds),
    name: text(100).min(1),
    gender: z.enum(genders).nullish().transform((v) => v ?? null),
    birthDate: isoDate.nullish().transform((v) => v ?? null),
    idType: z.enum(idTypes).nullish().transform((v) => v ?? null),
    idNumber: optionalText(40),
    /** Keep the stored ID number (the editor saw it masked); core checks it again with the other fields. */
    keepIdNumber: z.boolean().default(false),
    phones: z.array(phoneInputSchema).max(6).default([]),
    wechat: optionalText(60),
    email: z.email().max(120).nullish().or(z.literal('')).transform((v) => (v ? v : null)),
    address: optionalText(200),
    region: optionalText(60),
    occupation: optionalText(60),
    creditCode: optionalText(30),
    /** A credit code whose check character fails is kept only when the user confirmed it (early pilot codes). */
    creditCodeChecksumConfirmed: z.boolean().default(false),
    legalRep: optionalText(60),
    contactPerson: optionalText(60),
    sourceChannel: z.enum(sourceChannels),
    category: z.enum(categories),
    grade: z.enum(grades).nullish().transform((v) => v ?? null),
    ownerId: id.nullish().transform((v) => v ?? null),
    secrecy: z.enum(secrecyLevels).default('normal'),
    location: paperLocationSchema.nullish().transform((v) => v ?? null),
    retentionUntil: isoDate.nullish().transform((v) => v ?? null),
    note: optionalText(1000),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const found of customerFieldIssues(c)) issue(ctx, found.path, found.code);
  })
  .transform((c) => {
    const resident = c.idNumber && c.idType === 'resident' && !c.keepIdNumber ? parseResidentId(c.idNumber) : null;
    const creditCode = c.creditCode ? parseCreditCode(c.creditCode) : null;
    return {
      ...c,
      idNumber: resident?.ok ? resident.value : c.idNumber,
      birthDate: c.birthDate ?? (resident?.ok ? resident.birthDate : null),
      gender: c.gender ?? (resident?.ok ? resident.gender : null),
      creditCode: creditCode?.ok ? creditCode.value : c.creditCode,
      phones: c.phones.map((p): PhoneValue => {
        if (!p.number) return { kind: p.kind, keepId: p.keepId as number };
        const mobile = p.kind === 'mobile' ? parseMobile(p.number) : null;
        return { kind: p.kind, number: mobile?.ok ? mobile.value : p.number.normalize('NFKC').replace(/\s/g, '') };
      }),
    };
  });

type PhoneValue = { kind: 'mobile' | 'other'; number: string } | { kind: 'mobile' | 'other'; keepId: number };

/** A file as core stores it: every phone and the ID number spelled out (kept ones looked up again). */
export type StoredCustomerValues = Omit<CustomerValues, 'phones' | 'keepIdNumber'> & { phones: Array<{ kind: 'mobile' | 'other'; number: string }> };
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerValues = z.output<typeof customerInputSchema>;

export const intentionInputSchema = z
  .object({
    model: text(80).min(1),
    budgetMin: z.number().int().min(0).nullish().transform((v) => v ?? null),
    budgetMax: z.number().int().min(0).nullish().transform((v) => v ?? null),
    expectedDate: isoDate.nullish().transform((v) => v ?? null),
    focus: optionalText(200),
    tradeIn: optionalText(200),
  })
  .strict()
  .refine((i) => i.budgetMin === null || i.budgetMax === null || i.budgetMin <= i.budgetMax, { message: 'BUDGET_RANGE', path: ['budgetMax'] });

export const contactInputSchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    method: z.enum(contactMethods),
    content: text(2000).min(1),
    feedback: optionalText(1000),
    nextStep: optionalText(500),
    nextAt: z.iso.datetime({ offset: true }).nullish().transform((v) => v ?? null),
  })
  .strict();

export const serviceInputSchema = z
  .object({
    vehicleId: id.nullish().transform((v) => v ?? null),
    kind: z.enum(serviceKinds),
    date: isoDate,
    mileage: z.number().int().min(0).max(5_000_000).nullish().transform((v) => v ?? null),
    items: text(1000).min(1),
    costCents: z.number().int().min(0).nullish().transform((v) => v ?? null),
    technician: optionalText(40),
  })
  .strict();

export const feedbackInputSchema = z
  .object({
    kind: z.enum(feedbackKinds),
    receivedAt: z.iso.datetime({ offset: true }),
    content: text(2000).min(1),
    handling: optionalText(2000),
    result: optionalText(1000),
    closedAt: z.iso.datetime({ offset: true }).nullish().transform((v) => v ?? null),
    satisfaction: z.number().int().min(1).max(5).nullish().transform((v) => v ?? null),
  })
  .strict();

export const consentInputSchema = z
  .object({ kind: z.enum(consentKinds), givenAt: z.iso.datetime({ offset: true }), channel: z.enum(consentChannels), note: optionalText(200) })
  .strict();

/** The statuses the list and search show; 封存 files are reached only through the restricted-files screen. */
export const listedStatuses = ['active', 'invalid', 'merged', 'cleaned', 'destroyed'] as const satisfies readonly CustomerStatus[];

export const searchQuerySchema = z
  .object({
    query: z.string().max(60).default(''),
    category: z.enum(categories).optional(),
    grade: z.enum(grades).optional(),
    ownerId: id.optional(),
    region: z.string().max(60).optional(),
    secrecy: z.enum(secrecyLevels).optional(),
    status: z.enum(listedStatuses).default('active'),
    overdue: z.boolean().optional(),
    /** Default: newest files first for a text search, most recently updated for the plain list. */
    sort: z.enum(['newest', 'updated', 'name', 'archiveNo', 'lastContact']).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
