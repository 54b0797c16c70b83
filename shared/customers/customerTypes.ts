import type { FollowUpStatus } from './cadence';
import type { AttachmentInfo } from '../attachments/attachments';
import type { Vehicle } from '../vehicles/vehicleTypes';
import type {
  Category,
  ConsentChannel,
  ConsentKind,
  ContactMethod,
  CustomerKind,
  CustomerStatus,
  FeedbackKind,
  Gender,
  Grade,
  IdType,
  SecrecyLevel,
  ServiceKind,
  SourceChannel,
} from './vocabularies';

/** Phones and ID numbers leave core masked unless a reveal was asked for (and audited). */
export interface MaskedPhone {
  id: number;
  masked: string;
  kind: 'mobile' | 'other';
}

export interface PaperLocation {
  room: string;
  cabinet: string;
  shelf: string;
  box: string;
  folder: string;
}

export interface CustomerRow {
  id: number;
  archiveNo: string;
  kind: CustomerKind;
  name: string;
  phone: string | null;
  category: Category;
  grade: Grade | null;
  ownerId: number | null;
  ownerName: string | null;
  region: string | null;
  secrecy: SecrecyLevel;
  status: CustomerStatus;
  plate: string | null;
  lastContactAt: string | null;
  followUp: FollowUpStatus;
  stale: boolean;
  /** Why a search found this file (the list shows 手机尾号 2300, 车牌 鲁JZSP98); null for a plain list. */
  matched: SearchMatch | null;
}

/** What a search matched: the field, and the matching text where it may be shown (never a full phone). */
export interface SearchMatch {
  field: 'name' | 'pinyin' | 'phone' | 'plate' | 'vin' | 'archiveNo';
  value: string;
}

export interface CustomerFile {
  id: number;
  archiveNo: string;
  kind: CustomerKind;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  idType: IdType | null;
  idNumberMasked: string | null;
  phones: MaskedPhone[];
  wechat: string | null;
  email: string | null;
  address: string | null;
  region: string | null;
  occupation: string | null;
  creditCode: string | null;
  legalRep: string | null;
  contactPerson: string | null;
  sourceChannel: SourceChannel;
  category: Category;
  grade: Grade | null;
  ownerId: number | null;
  ownerName: string | null;
  secrecy: SecrecyLevel;
  location: PaperLocation | null;
  retentionUntil: string | null;
  status: CustomerStatus;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  lastContactAt: string | null;
  followUp: FollowUpStatus;
  stale: boolean;
  /** Required fields still empty (the "incomplete card" indicator). */
  missing: string[];
}

export interface Intention {
  id: number;
  model: string;
  budgetMin: number | null;
  budgetMax: number | null;
  expectedDate: string | null;
  focus: string | null;
  tradeIn: string | null;
  createdAt: string;
  byName: string;
}

export interface ContactEntry {
  id: number;
  at: string;
  method: ContactMethod;
  content: string;
  feedback: string | null;
  nextStep: string | null;
  nextAt: string | null;
  byName: string;
}

export interface ServiceRecord {
  id: number;
  vehicleId: number | null;
  kind: ServiceKind;
  date: string;
  mileage: number | null;
  items: string;
  costCents: number | null;
  technician: string | null;
}

export interface FeedbackEntry {
  id: number;
  kind: FeedbackKind;
  receivedAt: string;
  content: string;
  handling: string | null;
  result: string | null;
  closedAt: string | null;
  satisfaction: number | null;
}

export interface Consent {
  id: number;
  kind: ConsentKind;
  givenAt: string;
  channel: ConsentChannel;
  withdrawnAt: string | null;
  note: string | null;
}

export interface GradeChange {
  at: string;
  category: Category;
  grade: Grade | null;
  reason: string;
  byName: string;
}

export interface LocationMove {
  at: string;
  /** Where the paper file was and where it went; null for moves recorded before they were structured. */
  from: PaperLocation | null;
  to: PaperLocation | null;
  /** The new place as it was written at the time. */
  text: string;
  reason: string | null;
  byName: string;
}

/** The customer card: the file and the first page of every tab. */
export interface CustomerCard {
  customer: CustomerFile;
  /** The paper file is out: who has it and until when. */
  loanOut?: { requestId: number; holder: string; dueAt: string } | null;
  /** A merged file's tombstone: the file it went into (已并入 …). */
  mergedInto?: { id: number; archiveNo: string } | null;
  vehicles: Vehicle[];
  intentions: Intention[];
  contacts: ContactEntry[];
  services: ServiceRecord[];
  feedback: FeedbackEntry[];
  attachments: AttachmentInfo[];
  consents: Consent[];
  grades: GradeChange[];
  locations: LocationMove[];
}

/** Another file holding the same phone, ID number or VIN as the one being saved. */
export interface FileMatch {
  archiveNo: string;
  /** Only for a file the caller may see (then also its id, to open it). */
  customerId: number | null;
  name: string | null;
  fields: Array<'phone' | 'idNumber' | 'vin'>;
}

export interface SearchResult {
  total: number;
  /** True when more files matched than the search sorts (the list says "more than total"). */
  capped?: boolean;
  rows: CustomerRow[];
}

/** One page of the follow-up list (most overdue first) and how many files are on it in all. */
export interface FollowUpPage {
  total: number;
  rows: CustomerRow[];
}
