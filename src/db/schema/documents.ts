import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { PROTECTIVE_MARKINGS } from '../../domain/meetings.js';
import { bodies } from './bodies.js';
import { createdAt, oneOf, tsvector } from './columns.js';
import { agendaItems, meetings } from './meetings.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** A paper or a minutes file kept in the record. */
export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    classification: text('classification', { enum: PROTECTIVE_MARKINGS }).notNull().default('OFFICIAL'),
    published: boolean('published').notNull().default(false),
    bodyId: integer('body_id').references(() => bodies.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    content: bytea('content'),
    /** The text read from the file, for search. */
    textContent: text('text_content'),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('english', title || ' ' || left(coalesce(text_content, ''), 500000))`,
    ),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_sha256_idx').on(t.sha256),
    index('documents_meeting_idx').on(t.meetingId),
    index('documents_search_idx').using('gin', t.search),
    check('documents_classification_check', sql.raw(`classification in (${oneOf(PROTECTIVE_MARKINGS)})`)),
  ],
);

export const IMPORT_STATUSES = ['extracted', 'imported', 'failed'] as const;

/** One document through the importer: its extraction record, review and result. */
export const imports = pgTable(
  'imports',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id').references(() => documents.id),
    filename: text('filename').notNull(),
    sha256: text('sha256').notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull(),
    bodyId: integer('body_id').references(() => bodies.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    /** The ExtractionRecord as extracted, then as reviewed. */
    record: jsonb('record'),
    summary: jsonb('summary'),
    error: text('error'),
    /** What kind of failure it was (an ExtractProblem), so that pages can say it in their own language. */
    problem: text('problem'),
    createdByUserId: integer('created_by_user_id'),
    createdAt: createdAt(),
    importedAt: timestamp('imported_at', { withTimezone: true }),
  },
  (t) => [
    index('imports_sha256_idx').on(t.sha256, t.status),
    check('imports_status_check', sql`${t.status} in ('extracted', 'imported', 'failed')`),
  ],
);
