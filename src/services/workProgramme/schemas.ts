import { z } from 'zod';
import { WORK_PROGRAMME_STATUSES } from '../../db/schema/governance.js';
import { id, list, optionalText, paging, shortText } from '../schemas.js';

export const workItemInput = z.object({
  bodyId: id,
  topic: shortText(300),
  description: optionalText(4000),
  /** Who asked for it, as said: "the Chair", "Cllr Jones". */
  requestedBy: optionalText(200),
  requestedAtMeetingId: id.nullish(),
  /** The meeting it is scheduled for: a meeting of the same body. */
  plannedMeetingId: id.nullish(),
  /** When, in words, before a meeting is fixed: "March", "Summer 2024". */
  plannedFor: optionalText(100),
  leadPersonId: id.nullish(),
  status: z.enum(WORK_PROGRAMME_STATUSES).optional(),
});
export type WorkItemInput = z.input<typeof workItemInput>;
export const workItemUpdate = workItemInput.omit({ bodyId: true }).partial();
export type WorkItemUpdate = z.input<typeof workItemUpdate>;

export const workItemFilter = paging.extend({
  bodyId: id.optional(),
  status: list(z.enum(WORK_PROGRAMME_STATUSES)).optional(),
  plannedMeetingId: id.optional(),
  leadPersonId: id.optional(),
});
export type WorkItemFilter = z.input<typeof workItemFilter>;
