import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/contract/errors';

/**
 * Turns zod issues into stable field issues. Built-in checks keep zod's code (too_small, invalid_type…);
 * the shared validators raise `custom` issues whose message is the stable key (ID_CHECKSUM…).
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'custom') {
      return { path, code: issue.message, ...(issue.params ? { params: issue.params as FieldIssue['params'] } : {}) };
    }
    const params: Record<string, string | number> = {};
    if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) params.minimum = Number(issue.minimum);
    if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) params.maximum = Number(issue.maximum);
    if ('expected' in issue && typeof issue.expected === 'string') params.expected = issue.expected;
    return { path, code: issue.code, ...(Object.keys(params).length ? { params } : {}) };
  });
}
