export type SqlParam = string | number;

/**
 * Builds a WHERE clause from optional filters: a filter whose value is missing is left out, every
 * value is bound as a named parameter, never spliced into the text. One builder for the customer
 * search, the loan register and the audit log.
 */
export class Where {
  private readonly clauses: string[] = [];
  readonly params: Record<string, SqlParam> = {};

  /** Adds `clause` when every value it names is present (not undefined, null or ''). */
  when(clause: string, values: Record<string, SqlParam | null | undefined>): this {
    if (Object.values(values).some((v) => v === undefined || v === null || v === '')) return this;
    this.clauses.push(clause);
    Object.assign(this.params, values);
    return this;
  }

  /** Adds a clause that names no value of the caller's (or whose values were bound already). */
  always(clause: string, values: Record<string, SqlParam> = {}): this {
    this.clauses.push(clause);
    Object.assign(this.params, values);
    return this;
  }

  get empty(): boolean {
    return this.clauses.length === 0;
  }

  /** `a AND b AND c`, or `1` when there is nothing to filter by. */
  conditions(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : '1';
  }

  toSql(): string {
    return this.clauses.length ? `WHERE ${this.conditions()}` : '';
  }
}
