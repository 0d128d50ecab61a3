import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { LANGUAGES } from '../../domain/bodies.js';
import { createdAt, oneOf, updatedAt } from './columns.js';

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisations_name_key').on(sql`lower(${t.name})`)],
);

export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    /** The name without honorific: "Jenny Gilmer". */
    name: text('name').notNull(),
    /** "Assistant Chief Constable", "Councillor", "Dr". */
    honorific: text('honorific'),
    initials: text('initials'),
    /** Job title or role: "Policy Officer". */
    role: text('role'),
    organisationId: integer('organisation_id').references(() => organisations.id),
    email: text('email'),
    phone: text('phone'),
    preferredLanguage: text('preferred_language', { enum: LANGUAGES }).notNull().default('en'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('people_name_idx').on(sql`lower(${t.name})`),
    index('people_organisation_idx').on(t.organisationId),
    check('people_language_check', sql.raw(`preferred_language in (${oneOf(LANGUAGES)})`)),
  ],
);
