/** Escalations between bodies, the work programme, and feedback and outcomes. */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { actions } from './actions.js';
import { bodies } from './bodies.js';
import { createdAt, updatedAt } from './columns.js';
import { agendaItems, meetings } from './meetings.js';
import { people } from './people.js';

export const ESCALATION_STATUSES = ['waiting', 'decided', 'returned', 'withdrawn'] as const;

export const escalations = pgTable(
  'escalations',
  {
    id: serial('id').primaryKey(),
    fromBodyId: integer('from_body_id').notNull().references(() => bodies.id),
    toBodyId: integer('to_body_id').notNull().references(() => bodies.id),
    actionId: integer('action_id').references(() => actions.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    /** The meeting it was escalated from, and the one that heard it. */
    raisedAtMeetingId: integer('raised_at_meeting_id').references(() => meetings.id),
    heardAtMeetingId: integer('heard_at_meeting_id').references(() => meetings.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: ESCALATION_STATUSES }).notNull().default('waiting'),
    outcome: text('outcome'),
    decidedOn: date('decided_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('escalations_to_idx').on(t.toBodyId, t.status),
    index('escalations_from_idx').on(t.fromBodyId),
    check('escalations_status_check', sql`${t.status} in ('waiting', 'decided', 'returned', 'withdrawn')`),
    check('escalations_bodies_check', sql`${t.fromBodyId} <> ${t.toBodyId}`),
    check('escalations_outcome_check', sql`${t.status} = 'waiting' or ${t.outcome} is not null`),
  ],
);

export const WORK_PROGRAMME_STATUSES = ['proposed', 'scheduled', 'done', 'dropped'] as const;

export const workProgrammeItems = pgTable(
  'work_programme_items',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    topic: text('topic').notNull(),
    description: text('description'),
    requestedBy: text('requested_by'),
    requestedAtMeetingId: integer('requested_at_meeting_id').references(() => meetings.id),
    plannedMeetingId: integer('planned_meeting_id').references(() => meetings.id),
    /** As said: "March", "Summer 2024". */
    plannedFor: text('planned_for'),
    leadPersonId: integer('lead_person_id').references(() => people.id),
    status: text('status', { enum: WORK_PROGRAMME_STATUSES }).notNull().default('proposed'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('work_programme_body_idx').on(t.bodyId, t.status),
    check('work_programme_status_check', sql`${t.status} in ('proposed', 'scheduled', 'done', 'dropped')`),
  ],
);

/** What members challenged or suggested, and what changed as a result. */
export const feedback = pgTable(
  'feedback',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    raisedByPersonId: integer('raised_by_person_id').references(() => people.id),
    challenge: text('challenge').notNull(),
    outcome: text('outcome'),
    outcomeOn: date('outcome_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('feedback_body_idx').on(t.bodyId)],
);
