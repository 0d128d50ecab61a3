import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { ACTION_STATUSES } from '../../domain/actionStatus.js';
import { RAG_VALUES } from '../../domain/rag.js';
import { bodies } from './bodies.js';
import { createdAt, oneOf, tsvector, updatedAt } from './columns.js';
import { agendaItems, meetings } from './meetings.js';
import { organisations, people } from './people.js';
import { planActions } from './plans.js';

export const actions = pgTable(
  'actions',
  {
    id: serial('id').primaryKey(),
    /** PALG/2019-03/3: stable for ever. */
    reference: text('reference').notNull(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    /** For an action plan's task rows: the numbered plan action they sit under. */
    planActionId: integer('plan_action_id').references(() => planActions.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    dueDate: date('due_date'),
    /** The due date as written: "ASAP", "6 months", "Summer 2012 & on-going". */
    dueText: text('due_text'),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    /** The owner's own RAG, which wins over the derived one. */
    ownerRag: text('owner_rag', { enum: RAG_VALUES }),
    resources: text('resources'),
    closedOn: date('closed_on'),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('english', reference || ' ' || text)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('actions_reference_key').on(t.reference),
    index('actions_body_status_idx').on(t.bodyId, t.status),
    index('actions_meeting_idx').on(t.meetingId),
    index('actions_due_idx').on(t.dueDate),
    index('actions_search_idx').using('gin', t.search),
    check('actions_status_check', sql.raw(`status in (${oneOf(ACTION_STATUSES)})`)),
    check('actions_rag_check', sql.raw(`owner_rag is null or owner_rag in (${oneOf(RAG_VALUES)})`)),
    check('actions_closed_check', sql`(${t.status} in ('completed', 'cancelled')) = (${t.closedOn} is not null)`),
  ],
);

/** An owner is a person, an organisation, or a team named as written ("Commissioner's Team"). */
export const actionOwners = pgTable(
  'action_owners',
  {
    id: serial('id').primaryKey(),
    actionId: integer('action_id').notNull().references(() => actions.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    team: text('team'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('action_owners_action_idx').on(t.actionId),
    index('action_owners_person_idx').on(t.personId),
    index('action_owners_organisation_idx').on(t.organisationId),
    check('action_owners_someone_check', sql`num_nonnulls(${t.personId}, ${t.organisationId}, ${t.team}) = 1`),
  ],
);

export const actionUpdates = pgTable(
  'action_updates',
  {
    id: serial('id').primaryKey(),
    actionId: integer('action_id').notNull().references(() => actions.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    statusFrom: text('status_from', { enum: ACTION_STATUSES }),
    statusTo: text('status_to', { enum: ACTION_STATUSES }),
    rag: text('rag', { enum: RAG_VALUES }),
    evidence: text('evidence'),
    authorUserId: integer('author_user_id'),
    authorName: text('author_name'),
    /** The meeting at which the update was reported, e.g. as a matter arising. */
    meetingId: integer('meeting_id').references(() => meetings.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_updates_action_idx').on(t.actionId, t.createdAt)],
);

/** Reminders sent to action owners, so that the same reminder is not sent twice. */
export const reminders = pgTable(
  'reminders',
  {
    id: serial('id').primaryKey(),
    actionId: integer('action_id').notNull().references(() => actions.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id),
    /** "due soon" or "overdue" */
    kind: text('kind').notNull(),
    sentOn: date('sent_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('reminders_once_key').on(t.actionId, t.personId, t.kind, t.sentOn)],
);
