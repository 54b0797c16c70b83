import { sql } from 'drizzle-orm';
import { documentKinds } from '../../../shared/documents/documentTypes';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  attachmentKinds,
  categories,
  consentChannels,
  consentKinds,
  contactMethods,
  customerKinds,
  customerStatuses,
  feedbackKinds,
  genders,
  grades,
  idTypes,
  paymentMethods,
  secrecyLevels,
  serviceKinds,
  sourceChannels,
} from '../../../shared/customers/vocabularies';
import { roles } from '../../../shared/roles/permissions';

/**
 * The archive's tables. drizzle-kit generates the SQL migrations from this file
 * (`npm run db:generate`); raw SQL (triggers) lives in hand-written migrations beside them.
 */

/** Store-wide settings as key/value rows (store name, idle lock minutes …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Deleted accounts keep their row so audit entries still name them; their key slot is gone. */
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
    lastLoginAt: text('last_login_at'),
    passwordChangedAt: text('password_changed_at'),
  },
  (t) => [uniqueIndex('users_username_unique').on(sql`lower(${t.username})`)],
);

/** Edits of the permission matrix; the defaults live in shared/auth/permissions.ts. */
export const roleGrants = sqliteTable(
  'role_grants',
  {
    role: text('role').notNull(),
    permission: text('permission').notNull(),
    granted: integer('granted', { mode: 'boolean' }).notNull(),
    changedAt: text('changed_at').notNull(),
    changedBy: integer('changed_by').notNull(),
    approvedBy: integer('approved_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.role, t.permission] })],
);

/** Append-only (triggers refuse UPDATE and DELETE) and hash-chained; see electron/core/audit. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    summary: text('summary').notNull(),
    /** What the UI needs to say the entry in either language (JSON); null on entries older than it. */
    params: text('params'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorId, t.seq),
    index('audit_log_action').on(t.action, t.seq),
    index('audit_log_target').on(t.targetType, t.targetId, t.seq),
  ],
);

/** 客户档案: one row per customer file, person or company. Rows are never deleted (destruction purges the content). */
export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    archiveNo: text('archive_no').notNull(),
    kind: text('kind', { enum: customerKinds }).notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: genders }),
    birthDate: text('birth_date'),
    idType: text('id_type', { enum: idTypes }),
    idNumber: text('id_number'),
    wechat: text('wechat'),
    email: text('email'),
    address: text('address'),
    region: text('region'),
    occupation: text('occupation'),
    creditCode: text('credit_code'),
    legalRep: text('legal_rep'),
    contactPerson: text('contact_person'),
    sourceChannel: text('source_channel', { enum: sourceChannels }).notNull(),
    category: text('category', { enum: categories }).notNull(),
    grade: text('grade', { enum: grades }),
    ownerId: integer('owner_id').references(() => users.id),
    secrecy: text('secrecy', { enum: secrecyLevels }).notNull().default('normal'),
    locRoom: text('loc_room'),
    locCabinet: text('loc_cabinet'),
    locShelf: text('loc_shelf'),
    locBox: text('loc_box'),
    locFolder: text('loc_folder'),
    retentionUntil: text('retention_until'),
    status: text('status', { enum: customerStatuses }).notNull().default('active'),
    /** A merged file's tombstone names the file it went into (已并入 …). */
    mergedInto: integer('merged_into'),
    /** 封存: why, since when, by whom, and when to review it; the status before, to lift it. */
    restrictionReason: text('restriction_reason'),
    restrictedAt: text('restricted_at'),
    restrictedBy: integer('restricted_by'),
    restrictionReviewAt: text('restriction_review_at'),
    statusBeforeRestriction: text('status_before_restriction', { enum: customerStatuses }),
    lastContactAt: text('last_contact_at'),
    nextContactAt: text('next_contact_at'),
    deliveredAt: text('delivered_at'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').notNull(),
  },
  (t) => [
    uniqueIndex('customers_archive_no').on(t.archiveNo),
    index('customers_owner').on(t.ownerId, t.status),
    index('customers_category').on(t.category, t.grade),
    // The list (newest first), the follow-up lists and the scope count each walk one of these.
    index('customers_status_updated').on(t.status, t.updatedAt, t.secrecy, t.ownerId),
    index('customers_status_next_contact').on(t.status, t.nextContactAt, t.secrecy, t.ownerId),
    index('customers_status_scope').on(t.status, t.secrecy, t.ownerId),
    // Lets a search decide which files make the page without decrypting their full rows.
    index('customers_id_cover').on(t.id, t.status, t.secrecy, t.ownerId, t.updatedAt, t.category, t.grade),
  ],
);

export const customerPhones = sqliteTable(
  'customer_phones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    number: text('number').notNull(),
    kind: text('kind', { enum: ['mobile', 'other'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('customer_phones_customer').on(t.customerId)],
);

/** Dated history of category and grade, each with the reason given. */
export const gradeHistory = sqliteTable(
  'grade_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    at: text('at').notNull(),
    category: text('category', { enum: categories }).notNull(),
    grade: text('grade', { enum: grades }),
    reason: text('reason').notNull(),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('grade_history_customer').on(t.customerId, t.at)],
);

/** Where the paper file is, and every move. */
export const locationHistory = sqliteTable(
  'location_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    at: text('at').notNull(),
    /** The new place, as text (rows written before moves were structured have only this). */
    location: text('location').notNull(),
    /** Where from and where to, as JSON paper locations, and why it moved. */
    fromLoc: text('from_loc'),
    toLoc: text('to_loc'),
    reason: text('reason'),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('location_history_customer').on(t.customerId, t.at)],
);

export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    kind: text('kind', { enum: consentKinds }).notNull(),
    givenAt: text('given_at').notNull(),
    channel: text('channel', { enum: consentChannels }).notNull(),
    withdrawnAt: text('withdrawn_at'),
    note: text('note'),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('consents_customer').on(t.customerId)],
);

/** 一车一档: each vehicle has its own record; ownership moves are kept in vehicle_owners. */
export const vehicles = sqliteTable(
  'vehicles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vin: text('vin').notNull(),
    plate: text('plate'),
    brand: text('brand'),
    series: text('series'),
    model: text('model'),
    config: text('config'),
    colour: text('colour'),
    engineNo: text('engine_no'),
    displacement: text('displacement'),
    purchaseDate: text('purchase_date'),
    registrationDate: text('registration_date'),
    contractNo: text('contract_no'),
    priceCents: integer('price_cents'),
    paymentMethod: text('payment_method', { enum: paymentMethods }),
    deliveryDate: text('delivery_date'),
    insurer: text('insurer'),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('vehicles_vin').on(t.vin), index('vehicles_customer').on(t.customerId), index('vehicles_plate').on(t.plate)],
);

export const vehicleOwners = sqliteTable(
  'vehicle_owners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vehicleId: integer('vehicle_id').notNull().references(() => vehicles.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    fromAt: text('from_at').notNull(),
    toAt: text('to_at'),
    reason: text('reason').notNull(),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('vehicle_owners_vehicle').on(t.vehicleId, t.fromAt), index('vehicle_owners_customer').on(t.customerId)],
);

export const intentions = sqliteTable(
  'intentions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    model: text('model').notNull(),
    budgetMin: integer('budget_min'),
    budgetMax: integer('budget_max'),
    expectedDate: text('expected_date'),
    focus: text('focus'),
    tradeIn: text('trade_in'),
    createdAt: text('created_at').notNull(),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('intentions_customer').on(t.customerId, t.createdAt)],
);

/** 沟通记录 */
export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    at: text('at').notNull(),
    method: text('method', { enum: contactMethods }).notNull(),
    content: text('content').notNull(),
    feedback: text('feedback'),
    nextStep: text('next_step'),
    nextAt: text('next_at'),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('contacts_customer').on(t.customerId, t.at)],
);

/** 维修保养 */
export const serviceRecords = sqliteTable(
  'service_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    vehicleId: integer('vehicle_id').references(() => vehicles.id),
    kind: text('kind', { enum: serviceKinds }).notNull(),
    date: text('date').notNull(),
    mileage: integer('mileage'),
    items: text('items').notNull(),
    costCents: integer('cost_cents'),
    technician: text('technician'),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('service_records_customer').on(t.customerId, t.date)],
);

/** 反馈投诉 */
export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    kind: text('kind', { enum: feedbackKinds }).notNull(),
    receivedAt: text('received_at').notNull(),
    content: text('content').notNull(),
    handling: text('handling'),
    result: text('result'),
    closedAt: text('closed_at'),
    satisfaction: integer('satisfaction'),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('feedback_customer').on(t.customerId, t.receivedAt)],
);

/** Scans (ID card, licence, contract) stored inside the encrypted DB, never as loose files. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id').notNull().references(() => customers.id),
    kind: text('kind', { enum: attachmentKinds }).notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
    byUser: integer('by_user').notNull(),
  },
  (t) => [index('attachments_customer').on(t.customerId)],
);

/** Archive numbers handed out, per pattern period; a number is never reused. */
export const archiveCounters = sqliteTable('archive_counters', {
  period: text('period').primaryKey(),
  last: integer('last').notNull(),
});

/**
 * The search index: normalised tokens (name n-grams, pinyin, phone and plate suffixes, VIN tail,
 * archive number) → customer. Prefix range scans on the primary key answer every query type.
 */
export const searchTokens = sqliteTable(
  'search_tokens',
  {
    token: text('token').notNull(),
    field: text('field').notNull(),
    customerId: integer('customer_id').notNull(),
    // Copies of the file's scope, so a search can filter without decrypting customer rows;
    // rewritten by reindexCustomer whenever status, secrecy or owner change.
    status: text('status').notNull().default('active'),
    secrecy: text('secrecy').notNull().default('normal'),
    ownerId: integer('owner_id'),
  },
  (t) => [primaryKey({ columns: [t.token, t.field, t.customerId] }), index('search_tokens_customer').on(t.customerId)],
);

/** 借阅/查阅/复制 requests: one row per request, whatever happens to it later. */
export const loanRequests = sqliteTable(
  'loan_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requesterId: integer('requester_id').notNull().references(() => users.id),
    department: text('department').notNull(),
    kind: text('kind').notNull(),
    purpose: text('purpose').notNull(),
    reason: text('reason').notNull(),
    level: text('level').notNull(),
    startAt: text('start_at').notNull(),
    endAt: text('end_at').notNull(),
    status: text('status').notNull(),
    createdAt: text('created_at').notNull(),
    checkedOutAt: text('checked_out_at'),
    checkedOutBy: integer('checked_out_by'),
    returnedAt: text('returned_at'),
    returnedTo: integer('returned_to'),
    conditionNote: text('condition_note'),
    /** The person who signed for the paper files at hand-over (their own password, on this PC). */
    receivedBy: integer('received_by'),
    /** Fixed when the request was made: the approval chain, and whether the files stay in the archive room. */
    approvalId: integer('approval_id').references(() => approvalRequests.id),
    archiveRoomOnly: integer('archive_room_only', { mode: 'boolean' }).notNull().default(false),
    /** 七.1: borrowed directly through the archive admin, without an approval. */
    direct: integer('direct', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('loan_requests_status').on(t.status, t.endAt), index('loan_requests_requester').on(t.requesterId, t.status)],
);

export const loanItems = sqliteTable(
  'loan_items',
  {
    requestId: integer('request_id').notNull().references(() => loanRequests.id),
    customerId: integer('customer_id').notNull().references(() => customers.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.customerId] }), index('loan_items_customer').on(t.customerId)],
);

/** One approval workflow: a request for something (a loan, a policy change, a cleanup) and its chain of steps. */
export const approvalRequests = sqliteTable(
  'approval_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    requesterId: integer('requester_id').notNull().references(() => users.id),
    status: text('status').notNull(),
    summary: text('summary').notNull(),
    createdAt: text('created_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [index('approval_requests_subject').on(t.subjectType, t.subjectId), index('approval_requests_status').on(t.status)],
);

/** Each step names who may sign it, fixed at submission; a deputy's signature records the delegation. */
export const approvalSteps = sqliteTable(
  'approval_steps',
  {
    requestId: integer('request_id').notNull().references(() => approvalRequests.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    roles: text('roles').notNull(),
    permission: text('permission'),
    status: text('status').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    note: text('note'),
    delegationId: integer('delegation_id').references(() => approvalDelegations.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.position] })],
);

/** 委托书: the delegator's approval authority passes to a named deputy for a period (销售客户档案管理制度 七.3). */
export const approvalDelegations = sqliteTable(
  'approval_delegations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    delegatorId: integer('delegator_id').notNull().references(() => users.id),
    delegateId: integer('delegate_id').notNull().references(() => users.id),
    role: text('role').notNull(),
    fromAt: text('from_at').notNull(),
    untilAt: text('until_at').notNull(),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('approval_delegations_delegate').on(t.delegateId)],
);

/**
 * Every backup made, checked or restored: when, where, how big, whether it was read back and found
 * whole, by whom, and the audit head it holds. The destruction record reads it to list backups that
 * still hold destroyed data; `rotatedAt` says when the app removed a file to keep only the last N.
 */
export const backupHistory = sqliteTable(
  'backup_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['backup', 'verify', 'restore'] }).notNull(),
    at: text('at').notNull(),
    path: text('path').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    verified: integer('verified', { mode: 'boolean' }).notNull(),
    secret: text('secret', { enum: ['passphrase', 'key'] }).notNull(),
    byUser: integer('by_user').references(() => users.id),
    snapshotAt: text('snapshot_at').notNull(),
    auditSeq: integer('audit_seq'),
    auditHash: text('audit_hash'),
    rotatedAt: text('rotated_at'),
  },
  (t) => [index('backup_history_at').on(t.kind, t.at)],
);

/**
 * The document register (篇三 第9–13条): every document the archive began to print, with a serial
 * that is never reused (`DOC-<year>-<id>`). A print that failed or was cancelled stays, marked void.
 * The file is named by id and archive number without a foreign key: the register outlives a
 * destroyed file. `params` says how to print the same document again (never the data itself).
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    serial: text('serial').notNull(),
    kind: text('kind', { enum: documentKinds }).notNull(),
    title: text('title').notNull(),
    state: text('state', { enum: ['printing', 'printed', 'void'] }).notNull(),
    customerId: integer('customer_id'),
    archiveNo: text('archive_no'),
    subject: text('subject'),
    params: text('params').notNull(),
    printedBy: integer('printed_by')
      .notNull()
      .references(() => users.id),
    printedAt: text('printed_at').notNull(),
    finishedAt: text('finished_at'),
    pages: integer('pages'),
    sha256: text('sha256'),
    contentHash: text('content_hash'),
    secrecy: text('secrecy', { enum: secrecyLevels }),
    unmasked: integer('unmasked', { mode: 'boolean' }),
    reprintOf: text('reprint_of'),
  },
  (t) => [uniqueIndex('documents_serial').on(t.serial), index('documents_customer').on(t.customerId), index('documents_printed_at').on(t.printedAt)],
);

/** The monthly duplicate check (客户信息管理办法 第十条): when it ran, by whom, how much it looked at and found. */
export const duplicateChecks = sqliteTable('duplicate_checks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  byUser: integer('by_user')
    .notNull()
    .references(() => users.id),
  scanned: integer('scanned').notNull(),
  pairs: integer('pairs').notNull(),
});

/** A pair someone looked at and judged not the same customer: the check does not offer it again. */
export const duplicateDismissals = sqliteTable(
  'duplicate_dismissals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The lower id first, so a pair has one row. */
    customerA: integer('customer_a').notNull(),
    customerB: integer('customer_b').notNull(),
    at: text('at').notNull(),
    byUser: integer('by_user')
      .notNull()
      .references(() => users.id),
    reason: text('reason'),
  },
  (t) => [uniqueIndex('duplicate_dismissals_pair').on(t.customerA, t.customerB)],
);

/**
 * A merge: the survivor keeps its archive number, the other file becomes a tombstone. `snapshot`
 * holds both files and every moved record as they were, for undo within 30 days; it is erased when
 * the undo window closes or either file is destroyed (it is personal data).
 */
export const merges = sqliteTable(
  'merges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    survivorId: integer('survivor_id').notNull(),
    mergedId: integer('merged_id').notNull(),
    survivorArchiveNo: text('survivor_archive_no').notNull(),
    mergedArchiveNo: text('merged_archive_no').notNull(),
    status: text('status', { enum: ['pending', 'merged', 'rejected', 'undone'] }).notNull(),
    reason: text('reason').notNull(),
    /** The field picker's choices: which file each differing field is taken from. */
    choices: text('choices').notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: text('requested_at').notNull(),
    approvalId: integer('approval_id'),
    mergedAt: text('merged_at'),
    snapshot: text('snapshot'),
    undoUntil: text('undo_until'),
    undoneAt: text('undone_at'),
    undoneBy: integer('undone_by'),
  },
  (t) => [index('merges_survivor').on(t.survivorId), index('merges_merged').on(t.mergedId)],
);

/**
 * 清理 and 销毁 requests and, once executed, their permanent records (清理记录 / 销毁记录). No personal
 * data: files are named by archive number; the reason is the requester's words.
 */
export const lifecycleRequests = sqliteTable(
  'lifecycle_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['cleanup', 'destruction'] }).notNull(),
    status: text('status', { enum: ['submitted', 'approved', 'rejected', 'cancelled', 'executed'] }).notNull(),
    reason: text('reason').notNull(),
    requesterId: integer('requester_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    approvalId: integer('approval_id'),
    executedAt: text('executed_at'),
    executedBy: integer('executed_by'),
    /** 销毁: the paper file's shredding, confirmed after the electronic erase. */
    shreddedAt: text('shredded_at'),
    shreddedBy: integer('shredded_by'),
    witnessId: integer('witness_id'),
    /** Verified backups made before the erase that still hold the data: JSON [{ id, at, path }]. */
    backupsHolding: text('backups_holding'),
  },
  (t) => [index('lifecycle_requests_status').on(t.kind, t.status)],
);

export const lifecycleItems = sqliteTable(
  'lifecycle_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => lifecycleRequests.id),
    customerId: integer('customer_id').notNull(),
    archiveNo: text('archive_no').notNull(),
    /** The retention rule that made it a candidate, if any. */
    rule: text('rule'),
    categoryBefore: text('category_before', { enum: categories }).notNull(),
    statusBefore: text('status_before', { enum: customerStatuses }).notNull(),
    fileCreatedAt: text('file_created_at').notNull(),
  },
  (t) => [index('lifecycle_items_request').on(t.requestId), index('lifecycle_items_customer').on(t.customerId)],
);
