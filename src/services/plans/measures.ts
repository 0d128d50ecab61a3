/** Performance measures ("curves to turn") and their values over time. */
import { and, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import { parse, parseChanges } from '../validation.js';
import { lockPlan, nextPosition } from './plans.js';
import { measureInput, measureUpdate, measureValueInput, type MeasureInput, type MeasureValueInput } from './schemas.js';

const { measures, measureValues } = schema;

export type Measure = typeof measures.$inferSelect;
export type MeasureValue = typeof measureValues.$inferSelect;
export type Trend = 'improving' | 'worsening' | 'steady';

/**
 * Which way the curve is turning: the latest value against the one before it (or against the
 * baseline when there is only one), judged by which direction is better. Null without two points.
 */
export function trendOf(valuesInDateOrder: readonly number[], betterDirection: 'up' | 'down', baseline: number | null): Trend | null {
  const points = valuesInDateOrder.length >= 2 ? valuesInDateOrder.slice(-2)
    : valuesInDateOrder.length === 1 && baseline !== null ? [baseline, valuesInDateOrder[0]!] : null;
  if (!points) return null;
  const [previous, latest] = points as [number, number];
  if (latest === previous) return 'steady';
  return (latest > previous) === (betterDirection === 'up') ? 'improving' : 'worsening';
}

export async function addMeasure(ctx: ServiceContext, planId: number, input: MeasureInput): Promise<Measure> {
  requirePermission(ctx, 'plan.edit');
  const data = parse(measureInput, input);
  return write(ctx, async (tx, record) => {
    await lockPlan(tx, planId);
    const [row] = await tx.insert(measures).values({ ...data, planId, position: data.position ?? await nextPosition(tx, measures, planId) }).returning();
    await record({ event: 'measure.create', entityType: 'measure', entityId: row!.id, after: row });
    return row!;
  });
}

/** Edits a measure, including its story behind the curve. */
export async function updateMeasure(ctx: ServiceContext, measureId: number, input: Partial<MeasureInput>): Promise<Measure> {
  requirePermission(ctx, 'plan.edit');
  const data = parseChanges(measureUpdate, input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(measures).where(eq(measures.id, measureId)).for('update');
    if (!before) throw new NotFound('measure', measureId);
    const [after] = await tx.update(measures).set(data).where(eq(measures.id, measureId)).returning();
    await record({ event: 'measure.update', entityType: 'measure', entityId: measureId, before, after });
    return after!;
  });
}

/** Records the value for a period; a second value for the same period end replaces the first (the log keeps it). */
export async function recordMeasureValue(ctx: ServiceContext, measureId: number, input: MeasureValueInput): Promise<MeasureValue> {
  requirePermission(ctx, 'plan.edit');
  const data = parse(measureValueInput, input);
  return write(ctx, async (tx, record) => {
    const [measure] = await tx.select({ id: measures.id }).from(measures).where(eq(measures.id, measureId)).for('update');
    if (!measure) throw new NotFound('measure', measureId);
    const [before] = await tx.select().from(measureValues)
      .where(and(eq(measureValues.measureId, measureId), eq(measureValues.periodEnd, data.periodEnd)));
    const [row] = await tx.insert(measureValues).values({ ...data, measureId })
      .onConflictDoUpdate({ target: [measureValues.measureId, measureValues.periodEnd], set: { period: data.period, value: data.value, note: data.note } })
      .returning();
    await record({ event: 'measure.value', entityType: 'measure', entityId: measureId, before: before ?? null, after: row });
    return row!;
  });
}
