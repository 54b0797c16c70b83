import type { SessionUser } from '../../../shared/app/status';
import { defaultSecrecyClearance, levelsUpTo } from '../../../shared/customers/access';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';

/**
 * Which customer files a user may see at all: consultants only their own (unless their role holds
 * customer.readAll), and never a file above their role's secrecy clearance.
 */
export interface CustomerScope {
  ownerOnly: number | null;
  levels: SecrecyLevel[];
  canReveal: boolean;
}

export function scopeOf(user: SessionUser): CustomerScope {
  return {
    ownerOnly: user.permissions.includes('customer.readAll') ? null : user.id,
    levels: levelsUpTo(defaultSecrecyClearance[user.role]),
    canReveal: user.permissions.includes('customer.reveal'),
  };
}

/** SQL condition over a table alias holding secrecy and owner_id (customers, or search_tokens), with its parameters. */
export function scopeSql(scope: CustomerScope, alias = 'c'): { sql: string; params: Record<string, string | number> } {
  const params: Record<string, string | number> = {};
  const levels = scope.levels.map((level, i) => {
    params[`lvl${i}`] = level;
    return `@lvl${i}`;
  });
  const parts = [levels.length ? `${alias}.secrecy IN (${levels.join(', ')})` : '0'];
  if (scope.ownerOnly !== null) {
    parts.push(`${alias}.owner_id = @scopeOwner`);
    params.scopeOwner = scope.ownerOnly;
  }
  return { sql: parts.join(' AND '), params };
}

export function inScope(scope: CustomerScope, c: { ownerId: number | null; secrecy: SecrecyLevel }): boolean {
  return scope.levels.includes(c.secrecy) && (scope.ownerOnly === null || c.ownerId === scope.ownerOnly);
}
