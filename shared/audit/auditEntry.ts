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
  prevHash: string;
  hash: string;
}

export const auditQuerySchema = z
  .object({
    actorId: z.number().int().positive().optional(),
    action: z.string().trim().max(64).optional(),
    targetType: z.string().trim().max(64).optional(),
    targetId: z.string().trim().max(64).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** Page backwards from this sequence number (exclusive); newest first. */
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export interface AuditPage {
  entries: AuditEntry[];
  head: { seq: number; hash: string } | null;
  hasMore: boolean;
}

export type AuditVerifyResult =
  | { ok: true; checked: number; head: { seq: number; hash: string } | null }
  | { ok: false; checked: number; brokenSeq: number };
