import { z } from 'zod';
import { id, isoDate, paging } from '../schemas.js';

/** The kind of record, as the audit log names it: "action", "recommendation", "meeting". */
export const entityType = z.string().trim().regex(/^[A-Za-z]{1,40}$/, 'Enter the kind of record, for example action or recommendation');

export const historyParams = z.object({ entityType, id });

export const auditFilter = paging.extend({
  entityType: entityType.optional(),
  entityId: id.optional(),
  /** "action.status", or a prefix such as "action." */
  event: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(254).optional(),
  userId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditFilter = z.input<typeof auditFilter>;
