import { z } from 'zod';
import { ESCALATION_STATUSES } from '../../db/schema/governance.js';
import { id, isoDate, list, longText, optionalText, paging } from '../schemas.js';

export const escalationInput = z.object({
  fromBodyId: id,
  toBodyId: id,
  /** What is escalated: an action of the from-body, an agenda item of one of its meetings, or only the matter in words. */
  actionId: id.nullish(),
  agendaItemId: id.nullish(),
  /** The from-body's meeting that escalated it (taken from the agenda item when one is given). */
  raisedAtMeetingId: id.nullish(),
  reason: longText(4000),
});
export type EscalationInput = z.input<typeof escalationInput>;

export const OUTCOME_STATUSES = ESCALATION_STATUSES.filter((s) => s !== 'waiting') as ['decided', 'returned', 'withdrawn'];

export const outcomeInput = z.object({
  status: z.enum(OUTCOME_STATUSES),
  /** What was decided, or why it was returned or withdrawn. */
  outcome: optionalText(4000),
  /** The to-body's meeting that heard it. */
  heardAtMeetingId: id.nullish(),
  /** Defaults to the date of that meeting, or today. */
  decidedOn: isoDate.optional(),
});
export type OutcomeInput = z.input<typeof outcomeInput>;

export const escalationFilter = paging.extend({
  /** Escalated to this body (with status=waiting: what waits for it). */
  toBodyId: id.optional(),
  /** Raised by this body. */
  fromBodyId: id.optional(),
  status: list(z.enum(ESCALATION_STATUSES)).optional(),
  actionId: id.optional(),
});
export type EscalationFilter = z.input<typeof escalationFilter>;
