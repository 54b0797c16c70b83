import type { CustomerFile, CustomerRow } from '../../../shared/customers/customerTypes';
import { followUpFromDue, isStale } from '../../../shared/customers/cadence';
import { missingFields } from './customerRules';
import { maskIdNumber, maskPhone } from './masking';
import { locationOf, type CustomerRecord, type StoredPhone } from './customerStore';

/** How a stored file leaves core: masked, with its follow-up state and what the card still lacks. */
export function toFile(c: CustomerRecord, phones: StoredPhone[], now: Date, staleDays: number): CustomerFile {
  return {
    id: c.id,
    archiveNo: c.archiveNo,
    kind: c.kind,
    name: c.name,
    gender: c.gender,
    birthDate: c.birthDate,
    idType: c.idType,
    idNumberMasked: c.idNumber ? maskIdNumber(c.idType, c.idNumber) : null,
    phones: phones.map((p) => ({ id: p.id, kind: p.kind, masked: maskPhone(p.number) })),
    wechat: c.wechat,
    email: c.email,
    address: c.address,
    region: c.region,
    occupation: c.occupation,
    creditCode: c.creditCode,
    legalRep: c.legalRep,
    contactPerson: c.contactPerson,
    sourceChannel: c.sourceChannel,
    category: c.category,
    grade: c.grade,
    ownerId: c.ownerId,
    ownerName: c.ownerName,
    secrecy: c.secrecy,
    location: locationOf(c),
    retentionUntil: c.retentionUntil,
    status: c.status,
    note: c.note,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastContactAt: c.lastContactAt,
    followUp: followUpFromDue(c.nextContactAt, now),
    stale: isStale(c.lastContactAt, c.createdAt, now, staleDays),
    missing: missingFields(c, phones.length),
  };
}

/** One line of the list: the first phone masked, the first plate, and why a search matched it. */
export function toRow(c: CustomerRecord & { phone: string | null; plate: string | null }, now: Date, staleDays: number, matched: CustomerRow['matched'] = null): CustomerRow {
  return {
    id: c.id,
    archiveNo: c.archiveNo,
    kind: c.kind,
    name: c.name,
    phone: c.phone ? maskPhone(c.phone) : null,
    category: c.category,
    grade: c.grade,
    ownerId: c.ownerId,
    ownerName: c.ownerName,
    region: c.region,
    secrecy: c.secrecy,
    status: c.status,
    plate: c.plate,
    lastContactAt: c.lastContactAt,
    followUp: followUpFromDue(c.nextContactAt, now),
    stale: isStale(c.lastContactAt, c.createdAt, now, staleDays),
    matched,
  };
}
