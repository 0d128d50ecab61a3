import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { IMPLEMENTATION_STATUSES, RECOMMENDATION_SOURCE_KINDS, RESPONSES } from '../../domain/recommendations.js';
import { actions } from './actions.js';
import { bodies } from './bodies.js';
import { createdAt, oneOf, tsvector, updatedAt } from './columns.js';
import { organisations } from './people.js';

/** Where recommendations come from: an inspection report, an audit, a scrutiny review. */
export const recommendationSources = pgTable(
  'recommendation_sources',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: RECOMMENDATION_SOURCE_KINDS }).notNull(),
    title: text('title').notNull(),
    /** "HMICFRS", "Internal Audit", "Community and Adult Services Scrutiny Committee". */
    issuer: text('issuer'),
    publishedOn: date('published_on'),
    /** For inspections, the s55 clock: 56 days after publication. */
    responseDueOn: date('response_due_on'),
    respondedOn: date('responded_on'),
    /** The body that owns the response. */
    bodyId: integer('body_id').references(() => bodies.id),
    url: text('url'),
    createdAt: createdAt(),
  },
  () => [check('recommendation_sources_kind_check', sql.raw(`kind in (${oneOf(RECOMMENDATION_SOURCE_KINDS)})`))],
);

export const recommendations = pgTable(
  'recommendations',
  {
    id: serial('id').primaryKey(),
    sourceId: integer('source_id').notNull().references(() => recommendationSources.id),
    number: text('number').notNull(),
    text: text('text').notNull(),
    ownerBodyId: integer('owner_body_id').references(() => bodies.id),
    ownerOrganisationId: integer('owner_organisation_id').references(() => organisations.id),
    dueDate: date('due_date'),
    dueText: text('due_text'),
    response: text('response', { enum: RESPONSES }).notNull().default('pending'),
    responseText: text('response_text'),
    responseDate: date('response_date'),
    implementation: text('implementation', { enum: IMPLEMENTATION_STATUSES }).notNull().default('not started'),
    closedOn: date('closed_on'),
    closureEvidence: text('closure_evidence'),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('english', text || ' ' || coalesce(response_text, ''))`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('recommendations_source_idx').on(t.sourceId),
    index('recommendations_search_idx').using('gin', t.search),
    check('recommendations_response_check', sql.raw(`response in (${oneOf(RESPONSES)})`)),
    check('recommendations_implementation_check', sql.raw(`implementation in (${oneOf(IMPLEMENTATION_STATUSES)})`)),
    check('recommendations_closed_check', sql`${t.implementation} <> 'closed' or ${t.closureEvidence} is not null`),
  ],
);

/** The actions that implement a recommendation. */
export const recommendationActions = pgTable(
  'recommendation_actions',
  {
    recommendationId: integer('recommendation_id').notNull().references(() => recommendations.id, { onDelete: 'cascade' }),
    actionId: integer('action_id').notNull().references(() => actions.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.actionId] }), index('recommendation_actions_action_idx').on(t.actionId)],
);
