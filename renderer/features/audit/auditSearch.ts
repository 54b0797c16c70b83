import { z } from 'zod';
import { dayParam, idParam, textParam } from '../../routing/searchFields';

/** #/audit?action=auth.login&from=2026-03-01: the filters in the address, applied with 查询. */
export const auditSearch = z.object({
  actor: idParam(),
  action: textParam(64),
  targetType: textParam(64),
  targetId: textParam(64),
  from: dayParam(),
  to: dayParam(),
});
export type AuditSearch = z.infer<typeof auditSearch>;
