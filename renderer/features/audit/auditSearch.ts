import { z } from 'zod';
import { dayParam, idParam, textParam } from '../../routing/searchFields';

/** #/audit?action=auth.login&file=KD2026000001&from=2026-03-01: the filters in the address, applied with 查询. */
export const auditSearch = z.object({
  actor: idParam(),
  /** An actor by name, for readers who may not list the accounts. */
  by: textParam(80),
  action: textParam(64),
  /** A customer file by its archive number, as people know it. */
  file: textParam(40),
  from: dayParam(),
  to: dayParam(),
});
export type AuditSearch = z.infer<typeof auditSearch>;
