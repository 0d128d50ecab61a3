import { z } from 'zod';
import { BETTER_DIRECTIONS } from '../../db/schema/plans.js';
import { actionInput } from '../actions/schemas.js';
import { id, isoDate, longText, optionalText, paging, shortText } from '../schemas.js';

const position = z.number().int().min(0).optional();

export const planInput = z.object({
  bodyId: id,
  title: shortText(300),
  /** The population outcome the plan works towards. */
  outcome: optionalText(2000),
  /** "2023–2025" */
  period: optionalText(100),
});
export type PlanInput = z.input<typeof planInput>;
export const planUpdate = planInput.omit({ bodyId: true }).partial();
export type PlanUpdate = z.input<typeof planUpdate>;

export const planFilter = paging.extend({ bodyId: id.optional() });
export type PlanFilter = z.input<typeof planFilter>;

/** "We will…" */
export const objectiveInput = z.object({ number: optionalText(20), text: longText(2000), position });
export type ObjectiveInput = z.input<typeof objectiveInput>;

export const planActionInput = z.object({ objectiveId: id.nullish(), number: optionalText(20), text: longText(2000), position });
export type PlanActionInput = z.input<typeof planActionInput>;

/** A task row: an action under a plan action, with its lead, target, resources and RAG. */
export const taskInput = actionInput.pick({ text: true, owners: true, dueDate: true, dueText: true, ownerRag: true, resources: true });
export type TaskInput = z.input<typeof taskInput>;

export const measureInput = z.object({
  name: shortText(300),
  unit: optionalText(50),
  betterDirection: z.enum(BETTER_DIRECTIONS).optional(),
  baseline: z.number().nullish(),
  /** When the baseline was taken: "2011/12". */
  baselineLabel: optionalText(100),
  storyBehindCurve: optionalText(10_000),
  position,
});
export type MeasureInput = z.input<typeof measureInput>;
export const measureUpdate = measureInput.partial();

export const measureValueInput = z.object({
  /** As reported: "2012 Q1", "April 2013". */
  period: shortText(50),
  periodEnd: isoDate,
  value: z.number(),
  note: optionalText(1000),
});
export type MeasureValueInput = z.input<typeof measureValueInput>;
