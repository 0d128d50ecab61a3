/** Reading plans: the list, and one plan as a whole report card. Plans are internal. */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { scopeFor } from '../../domain/access.js';
import type { Rag } from '../../domain/rag.js';
import { getActionRow, type ActionListRow } from '../actions/query.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse } from '../validation.js';
import { actionVisible } from '../visibility.js';
import { trendOf, type Measure, type MeasureValue, type Trend } from './measures.js';
import type { ActionPlan, PlanAction, PlanObjective } from './plans.js';
import { planFilter, type PlanFilter } from './schemas.js';

const { actionPlans, planObjectives, planActions, measures, measureValues, actions, bodies } = schema;

export type PlanRow = ActionPlan & { bodyName: string; bodyShortName: string };

export interface PlanActionView extends PlanAction {
  tasks: ActionListRow[];
}

export interface MeasureView extends Measure {
  /** In date order. */
  values: MeasureValue[];
  latest: MeasureValue | null;
  trend: Trend | null;
}

export interface ReportCard extends PlanRow {
  objectives: (PlanObjective & { actions: PlanActionView[] })[];
  /** Plan actions not under any objective. */
  otherActions: PlanActionView[];
  measures: MeasureView[];
  /** How many tasks are red, amber and green (cancelled ones have none). */
  rag: Record<Rag, number>;
}

export async function listPlans(ctx: ServiceContext, filter: PlanFilter = {}): Promise<Page<PlanRow>> {
  requirePermission(ctx, 'internal.read');
  const f = parse(planFilter, filter);
  const condition = f.bodyId ? eq(actionPlans.bodyId, f.bodyId) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db.select({ plan: actionPlans, bodyName: bodies.name, bodyShortName: bodies.shortName }).from(actionPlans)
      .innerJoin(bodies, eq(bodies.id, actionPlans.bodyId)).where(condition)
      .orderBy(asc(bodies.name), asc(actionPlans.title), asc(actionPlans.id)).limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(actionPlans).where(condition),
  ]);
  return { items: rows.map((r) => ({ ...r.plan, bodyName: r.bodyName, bodyShortName: r.bodyShortName })), total: total!.n, page: f.page, pageSize: f.pageSize };
}

/** The whole report card: objectives → plan actions → tasks (with status and RAG), and measures with their trend. */
export async function getPlan(ctx: ServiceContext, planId: number): Promise<ReportCard> {
  requirePermission(ctx, 'internal.read');
  const [row] = await ctx.db.select({ plan: actionPlans, bodyName: bodies.name, bodyShortName: bodies.shortName })
    .from(actionPlans).innerJoin(bodies, eq(bodies.id, actionPlans.bodyId)).where(eq(actionPlans.id, planId));
  if (!row) throw new NotFound('action plan', planId);
  const [objectiveRows, planActionRows, measureRows] = await Promise.all([
    ctx.db.select().from(planObjectives).where(eq(planObjectives.planId, planId)).orderBy(asc(planObjectives.position), asc(planObjectives.id)),
    ctx.db.select().from(planActions).where(eq(planActions.planId, planId)).orderBy(asc(planActions.position), asc(planActions.id)),
    ctx.db.select().from(measures).where(eq(measures.planId, planId)).orderBy(asc(measures.position), asc(measures.id)),
  ]);
  const [tasks, values] = await Promise.all([
    tasksOf(ctx, planActionRows.map((a) => a.id)),
    measureRows.length
      ? ctx.db.select().from(measureValues).where(inArray(measureValues.measureId, measureRows.map((m) => m.id)))
        .orderBy(asc(measureValues.periodEnd))
      : Promise.resolve([]),
  ]);
  const withTasks = (a: PlanAction): PlanActionView => ({ ...a, tasks: tasks.filter((t) => t.planActionId === a.id) });
  const rag: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const t of tasks) if (t.rag) rag[t.rag]++;
  return {
    ...row.plan,
    bodyName: row.bodyName,
    bodyShortName: row.bodyShortName,
    objectives: objectiveRows.map((o) => ({ ...o, actions: planActionRows.filter((a) => a.objectiveId === o.id).map(withTasks) })),
    otherActions: planActionRows.filter((a) => a.objectiveId === null).map(withTasks),
    measures: measureRows.map((m) => {
      const own = values.filter((v) => v.measureId === m.id);
      return { ...m, values: own, latest: own.at(-1) ?? null, trend: trendOf(own.map((v) => v.value), m.betterDirection, m.baseline) };
    }),
    rag,
  };
}

/** The task rows under the plan actions, as action-log rows (status, due state, derived RAG). */
async function tasksOf(ctx: ServiceContext, planActionIds: number[]): Promise<ActionListRow[]> {
  if (!planActionIds.length) return [];
  const ids = await ctx.db.select({ id: actions.id }).from(actions)
    .where(and(inArray(actions.planActionId, planActionIds), actionVisible(scopeFor(ctx.viewer), actions))).orderBy(asc(actions.id));
  return Promise.all(ids.map((r) => getActionRow(ctx, r.id)));
}
