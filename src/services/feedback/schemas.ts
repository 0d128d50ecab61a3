import { z } from 'zod';
import { flag, id, isoDate, longText, paging } from '../schemas.js';

export const feedbackInput = z.object({
  bodyId: id,
  meetingId: id.nullish(),
  agendaItemId: id.nullish(),
  /** The member who challenged or suggested it. */
  raisedByPersonId: id.nullish(),
  /** What the member challenged or suggested. */
  challenge: longText(4000),
});
export type FeedbackInput = z.input<typeof feedbackInput>;
export const feedbackUpdate = feedbackInput.omit({ bodyId: true }).partial();
export type FeedbackUpdate = z.input<typeof feedbackUpdate>;

export const feedbackOutcomeInput = z.object({
  /** What changed as a result. */
  outcome: longText(4000),
  /** Defaults to today. */
  outcomeOn: isoDate.optional(),
});
export type FeedbackOutcomeInput = z.input<typeof feedbackOutcomeInput>;

export const feedbackFilter = paging.extend({
  bodyId: id.optional(),
  meetingId: id.optional(),
  raisedByPersonId: id.optional(),
  /** true: those with an outcome recorded; false: those still waiting for one. */
  hasOutcome: flag.optional(),
});
export type FeedbackFilter = z.input<typeof feedbackFilter>;
