import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { bodies } from './bodies.js';
import { createdAt, updatedAt } from './columns.js';

/** An action plan or report card (Results-Based Accountability). Its tasks are actions. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    title: text('title').notNull(),
    /** The population outcome the plan works towards. */
    outcome: text('outcome'),
    period: text('period'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('action_plans_body_idx').on(t.bodyId)],
);

/** "We will…" */
export const planObjectives = pgTable(
  'plan_objectives',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').notNull().references(() => actionPlans.id, { onDelete: 'cascade' }),
    number: text('number'),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
  },
  (t) => [index('plan_objectives_plan_idx').on(t.planId)],
);

/** A numbered action of a plan; its task rows are actions that point at it. */
export const planActions = pgTable(
  'plan_actions',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').notNull().references(() => actionPlans.id, { onDelete: 'cascade' }),
    objectiveId: integer('objective_id').references(() => planObjectives.id, { onDelete: 'set null' }),
    number: text('number'),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
  },
  (t) => [index('plan_actions_plan_idx').on(t.planId)],
);

export const BETTER_DIRECTIONS = ['up', 'down'] as const;

/** A performance measure: a curve to turn. */
export const measures = pgTable(
  'measures',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').notNull().references(() => actionPlans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    unit: text('unit'),
    betterDirection: text('better_direction', { enum: BETTER_DIRECTIONS }).notNull().default('up'),
    baseline: doublePrecision('baseline'),
    baselineLabel: text('baseline_label'),
    storyBehindCurve: text('story_behind_curve'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('measures_plan_idx').on(t.planId),
    check('measures_direction_check', sql`${t.betterDirection} in ('up', 'down')`),
  ],
);

export const measureValues = pgTable(
  'measure_values',
  {
    id: serial('id').primaryKey(),
    measureId: integer('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    /** "2012 Q1", "April 2013" */
    period: text('period').notNull(),
    periodEnd: date('period_end').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note'),
  },
  (t) => [unique('measure_values_period_key').on(t.measureId, t.periodEnd)],
);
