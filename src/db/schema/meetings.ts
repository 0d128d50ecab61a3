import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, serial, smallint, text, unique } from 'drizzle-orm/pg-core';
import {
  ATTENDANCE_KINDS, DECLARATION_KINDS, MEETING_STATUSES, MEETING_TYPES, PROTECTIVE_MARKINGS, STANDING_ITEMS,
} from '../../domain/meetings.js';
import { bodies } from './bodies.js';
import { createdAt, oneOf, tsvector, updatedAt } from './columns.js';
import { organisations, people } from './people.js';

export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    type: text('type', { enum: MEETING_TYPES }).notNull().default('ordinary'),
    /** A meeting's own title beside the body: "Deep Dive: Child Exploitation". */
    title: text('title'),
    date: date('date').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    venue: text('venue'),
    virtual: boolean('virtual').notNull().default(false),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('scheduled'),
    protectiveMarking: text('protective_marking', { enum: PROTECTIVE_MARKINGS }).notNull().default('OFFICIAL'),
    publishedAt: date('published_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_body_date_idx').on(t.bodyId, t.date),
    index('meetings_date_idx').on(t.date),
    check('meetings_type_check', sql.raw(`type in (${oneOf(MEETING_TYPES)})`)),
    check('meetings_status_check', sql.raw(`status in (${oneOf(MEETING_STATUSES)})`)),
    check('meetings_marking_check', sql.raw(`protective_marking in (${oneOf(PROTECTIVE_MARKINGS)})`)),
    check('meetings_time_check', sql`${t.startTime} is null or ${t.startTime} ~ '^[0-2][0-9]:[0-5][0-9]$'`),
  ],
);

export const attendances = pgTable(
  'attendances',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id),
    kind: text('kind', { enum: ATTENDANCE_KINDS }).notNull().default('present'),
    /** The initials the minutes use for this person: "HJJ". */
    initials: text('initials'),
    /** Role at this meeting: "Chair", "minutes". */
    role: text('role'),
    /** The organisation they attended for, as grouped in the minutes. */
    organisationId: integer('organisation_id').references(() => organisations.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    unique('attendances_meeting_person_key').on(t.meetingId, t.personId),
    index('attendances_person_idx').on(t.personId),
    check('attendances_kind_check', sql.raw(`kind in (${oneOf(ATTENDANCE_KINDS)})`)),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    /** As numbered in the agenda: "3", "6a". */
    number: text('number'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** The title the public sees when the item is exempt. */
    publicTitle: text('public_title'),
    /** Schedule 12A Local Government Act 1972 paragraph (1–7) when exempt. */
    exemptParagraph: smallint('exempt_paragraph'),
    standing: text('standing', { enum: STANDING_ITEMS }),
    presenter: text('presenter'),
    createdAt: createdAt(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    check('agenda_items_exempt_check', sql`${t.exemptParagraph} is null or ${t.exemptParagraph} between 1 and 7`),
    check('agenda_items_standing_check', sql.raw(`standing is null or standing in (${oneOf(STANDING_ITEMS)})`)),
  ],
);

export const minuteParagraphs = pgTable(
  'minute_paragraphs',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** "3.16" */
    number: text('number'),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('english', text)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('minute_paragraphs_meeting_idx').on(t.meetingId, t.position),
    index('minute_paragraphs_item_idx').on(t.agendaItemId),
    index('minute_paragraphs_search_idx').using('gin', t.search),
  ],
);

export const declarations = pgTable(
  'declarations',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id),
    kind: text('kind', { enum: DECLARATION_KINDS }).notNull().default('personal'),
    interest: text('interest').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('declarations_meeting_idx').on(t.meetingId),
    check('declarations_kind_check', sql.raw(`kind in (${oneOf(DECLARATION_KINDS)})`)),
  ],
);

export const decisions = pgTable(
  'decisions',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    number: text('number'),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('english', text)`),
    createdAt: createdAt(),
  },
  (t) => [
    index('decisions_meeting_idx').on(t.meetingId, t.position),
    index('decisions_search_idx').using('gin', t.search),
  ],
);
