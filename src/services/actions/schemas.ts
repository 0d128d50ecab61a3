import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/actionStatus.js';
import { RAG_VALUES } from '../../domain/rag.js';
import { flag, id, isoDate, list, longText, optionalText, paging } from '../schemas.js';

/** One owner: a person, an organisation, or a team named in words. */
export const ownerInput = z.union([
  z.object({ personId: id }),
  z.object({ organisationId: id }),
  z.object({ team: z.string().trim().min(1, 'Enter the team').max(200) }),
]);
export type OwnerInput = z.input<typeof ownerInput>;

export const actionInput = z.object({
  /** The body; taken from the meeting when a meeting is given. */
  bodyId: id.optional(),
  meetingId: id.nullish(),
  agendaItemId: id.nullish(),
  planActionId: id.nullish(),
  text: longText(4000),
  owners: z.array(ownerInput).max(20).default([]),
  dueDate: isoDate.nullish(),
  dueText: optionalText(200),
  ownerRag: z.enum(RAG_VALUES).nullish(),
  resources: optionalText(1000),
});
export type ActionInput = z.input<typeof actionInput>;

export const actionEdit = actionInput.omit({ bodyId: true, meetingId: true }).partial();
export type ActionEdit = z.input<typeof actionEdit>;

export const actionUpdateInput = z.object({
  text: longText(10_000),
  status: z.enum(ACTION_STATUSES).optional(),
  rag: z.enum(RAG_VALUES).nullish(),
  evidence: optionalText(4000),
  /** The meeting at which it was reported. */
  meetingId: id.nullish(),
  /** When the update was given, for updates recorded after the fact (imports); defaults to now. */
  on: isoDate.optional(),
});
export type ActionUpdateInput = z.input<typeof actionUpdateInput>;

export const ACTION_SORTS = ['due', 'reference', 'status', 'updated', 'body'] as const;

export const actionFilter = paging.extend({
  bodyId: id.optional(),
  meetingId: id.optional(),
  ownerPersonId: id.optional(),
  organisationId: id.optional(),
  status: list(z.enum(ACTION_STATUSES)).optional(),
  /** Not completed or cancelled. */
  open: flag.optional(),
  overdue: flag.optional(),
  dueSoon: flag.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(ACTION_SORTS).default('due'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type ActionFilter = z.input<typeof actionFilter>;
