import type { Grade } from './vocabularies';

/**
 * Follow-up cadence as data (意向顾客分级: H ≥ every 2 days, A weekly, B twice a month,
 * O until the car is delivered). The system admin may change the numbers; the rule stays pure.
 */
export interface CadenceRule {
  /** Longest allowed gap between two contacts, in days. */
  intervalDays: number;
  /** O-grade follow-up ends once the vehicle is delivered. */
  untilDelivery?: boolean;
}

export type CadenceRules = Partial<Record<Grade, CadenceRule>>;

export const defaultCadence: CadenceRules = {
  H: { intervalDays: 2 },
  A: { intervalDays: 7 },
  B: { intervalDays: 15 },
  O: { intervalDays: 3, untilDelivery: true },
};

/** The cadence the administrator set (one interval per grade; O ends at delivery). */
export function cadenceFromSettings(days: { followUpDaysO: number; followUpDaysH: number; followUpDaysA: number; followUpDaysB: number }): CadenceRules {
  return {
    H: { intervalDays: days.followUpDaysH },
    A: { intervalDays: days.followUpDaysA },
    B: { intervalDays: days.followUpDaysB },
    O: { intervalDays: days.followUpDaysO, untilDelivery: true },
  };
}

/** Customers not contacted for this many days are flagged (长期未联系). */
export const DEFAULT_STALE_DAYS = 90;

const DAY_MS = 86_400_000;

export type FollowUpState = 'none' | 'ok' | 'dueToday' | 'overdue';

export interface FollowUpStatus {
  state: FollowUpState;
  /** When the next contact is due (ISO), or null when no cadence applies. */
  dueAt: string | null;
  overdueDays: number;
}

/**
 * Where a customer stands against the cadence. `nextPlannedAt` (a contact's "next date") brings the
 * due date forward but never pushes it past the rule; with no contact yet the clock starts at `since`.
 */
export function followUpStatus(
  input: { grade: Grade | null; lastContactAt: string | null; since: string; nextPlannedAt?: string | null; delivered?: boolean },
  now: Date,
  rules: CadenceRules = defaultCadence,
): FollowUpStatus {
  const rule = input.grade ? rules[input.grade] : undefined;
  if (!rule || (rule.untilDelivery && input.delivered)) return { state: 'none', dueAt: null, overdueDays: 0 };
  const from = new Date(input.lastContactAt ?? input.since).getTime();
  let due = from + rule.intervalDays * DAY_MS;
  if (input.nextPlannedAt) due = Math.min(due, new Date(input.nextPlannedAt).getTime());
  return followUpFromDue(new Date(due).toISOString(), now);
}

/** Where a file stands given when its next contact is due (as stored when it was last written). */
export function followUpFromDue(dueAt: string | null, now: Date): FollowUpStatus {
  if (!dueAt) return { state: 'none', dueAt: null, overdueDays: 0 };
  const due = new Date(dueAt).getTime();
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const endOfToday = startOfToday.getTime() + DAY_MS;
  if (due < startOfToday.getTime()) {
    return { state: 'overdue', dueAt, overdueDays: Math.ceil((startOfToday.getTime() - due) / DAY_MS) };
  }
  return { state: due < endOfToday ? 'dueToday' : 'ok', dueAt, overdueDays: 0 };
}

export function isStale(lastContactAt: string | null, since: string, now: Date, staleDays = DEFAULT_STALE_DAYS): boolean {
  return now.getTime() - new Date(lastContactAt ?? since).getTime() > staleDays * DAY_MS;
}
