import type Database from 'better-sqlite3';
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { CustomerStatus, SecrecyLevel } from '../../../shared/customers/vocabularies';
import { ormOf } from '../db/orm';
import { customers } from '../db/schema';

export interface IndexRow {
  archiveNo: string;
  name: string;
  region: string | null;
  secrecy: SecrecyLevel;
  status: CustomerStatus;
  ownerId: number | null;
  locRoom: string | null;
  locCabinet: string | null;
  locShelf: string | null;
  locBox: string | null;
  locFolder: string | null;
}

/** Files for the archive index (档案目录), in archive-number order; at most `limit` (the caller refuses more). */
export function indexRows(db: Database.Database, f: { region?: string; fromNo?: string; toNo?: string; limit: number }): IndexRow[] {
  const conditions: SQL[] = [];
  if (f.region) conditions.push(eq(customers.region, f.region));
  if (f.fromNo) conditions.push(gte(customers.archiveNo, f.fromNo));
  if (f.toNo) conditions.push(lte(customers.archiveNo, f.toNo));
  return ormOf(db)
    .select({
      archiveNo: customers.archiveNo,
      name: customers.name,
      region: customers.region,
      secrecy: customers.secrecy,
      status: customers.status,
      ownerId: customers.ownerId,
      locRoom: customers.locRoom,
      locCabinet: customers.locCabinet,
      locShelf: customers.locShelf,
      locBox: customers.locBox,
      locFolder: customers.locFolder,
    })
    .from(customers)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(customers.archiveNo))
    .limit(f.limit)
    .all();
}
