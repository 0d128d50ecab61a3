import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { BODY_KINDS, MEMBERSHIP_ROLES } from '../../domain/bodies.js';
import { createdAt, oneOf, updatedAt } from './columns.js';
import { organisations, people } from './people.js';

export const bodies = pgTable(
  'bodies',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** Used in action references: PALG/2019-03/3. */
    shortName: text('short_name').notNull(),
    kind: text('kind', { enum: BODY_KINDS }).notNull().default('board'),
    reportsToId: integer('reports_to_id').references((): AnyPgColumn => bodies.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('bodies_short_name_key').on(sql`lower(${t.shortName})`),
    uniqueIndex('bodies_name_key').on(sql`lower(${t.name})`),
    check('bodies_kind_check', sql.raw(`kind in (${oneOf(BODY_KINDS)})`)),
    check('bodies_short_name_check', sql`${t.shortName} ~ '^[A-Za-z0-9&-]{1,16}$'`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    personId: integer('person_id').notNull().references(() => people.id),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull().default('member'),
    /** The theme a link member leads on. */
    linkTheme: text('link_theme'),
    fromDate: date('from_date'),
    toDate: date('to_date'),
    createdAt: createdAt(),
  },
  (t) => [
    index('memberships_body_idx').on(t.bodyId),
    index('memberships_person_idx').on(t.personId),
    check('memberships_role_check', sql.raw(`role in (${oneOf(MEMBERSHIP_ROLES)})`)),
    check('memberships_dates_check', sql`${t.toDate} is null or ${t.fromDate} is null or ${t.toDate} >= ${t.fromDate}`),
  ],
);
