import { z } from 'zod';

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: string;
  /**
   * What the UI needs to say the entry in either language: a JSON object whose values are numbers,
   * short texts or lists of them, e.g. `{ "file": 12, "fields": ["address", "phones"] }`. Stored as
   * the JSON text the hash covers; null on entries written before parameters existed.
   */
  params: string | null;
  prevHash: string;
  hash: string;
}

export type AuditParamValue = string | number | boolean | null | Array<string | number>;
export type AuditParams = Record<string, AuditParamValue>;

export const auditQuerySchema = z
  .object({
    actorId: z.number().int().positive().optional(),
    /** The actor as people know them, by the name the entry was written with. */
    actorName: z.string().trim().min(1).max(80).optional(),
    action: z.string().trim().max(64).optional(),
    targetType: z.string().trim().max(64).optional(),
    targetId: z.string().trim().max(64).optional(),
    /** A customer file by its archive number, as people know it (not the internal id). */
    archiveNo: z.string().trim().max(40).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** Page backwards from this sequence number (exclusive); newest first. */
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** An entry as a reader sees it: the files and people it names, a file's name only where the reader may see that file. */
export interface AuditLine extends AuditEntry {
  files: Array<{ id: number; archiveNo: string; name: string | null }>;
  people: Array<{ id: number; name: string }>;
}

export interface AuditPage {
  entries: AuditLine[];
  head: { seq: number; hash: string } | null;
  hasMore: boolean;
}

export type AuditVerifyResult =
  | { ok: true; checked: number; head: { seq: number; hash: string } | null }
  | { ok: false; checked: number; brokenSeq: number };
