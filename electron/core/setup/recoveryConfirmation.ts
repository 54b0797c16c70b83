import { randomInt } from 'node:crypto';
import { normaliseRecoveryCode, RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH } from '../../../shared/auth/recoveryCode';
import type { RecoveryCodeSheet } from '../../../shared/auth/recoveryCode';

/** Picks two different groups (0-based) the admin must type back from the sheet. */
export function recoverySheet(recoveryCode: string): RecoveryCodeSheet {
  const first = randomInt(RECOVERY_GROUPS);
  let second = randomInt(RECOVERY_GROUPS - 1);
  if (second >= first) second += 1;
  return { recoveryCode, confirmGroups: [first, second].sort((a, b) => a - b) };
}

export function groupsMatch(recoveryCode: string, asked: number[], typed: Array<{ index: number; value: string }>): boolean {
  const raw = normaliseRecoveryCode(recoveryCode);
  const answers = new Map(typed.map((g) => [g.index, normaliseRecoveryCode(g.value)]));
  return asked.every((i) => answers.get(i) === raw.slice(i * RECOVERY_GROUP_LENGTH, (i + 1) * RECOVERY_GROUP_LENGTH));
}
