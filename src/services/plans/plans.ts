/** Action plans (report cards): the plan, its objectives ("We will…"), numbered plan actions and their task rows. */
import { and, eq, max } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { raiseActionIn, type Action } from '../actions/raise.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { InvalidInput, NotFound, say } from '../errors.js';
import { assertBody } from '../placement.js';
import { parse, parseChanges } from '../validation.js';
import {
  objectiveInput, planActionInput, planInput, planUpdate, taskInput,
  type ObjectiveInput, type PlanActionInput, type PlanInput, type PlanUpdate, type TaskInput,
} from './schemas.js';

const { actionPlans, planObjectives, planActions } = schema;

export type ActionPlan = typeof actionPlans.$inferSelect;
export type PlanObjective = typeof planObjectives.$inferSelect;
export type PlanAction = typeof planActions.$inferSelect;

/** After the last of a plan's objectives, actions or measures. */
export async function nextPosition(tx: Executor, table: typeof planObjectives | typeof planActions | typeof schema.measures, planId: number): Promise<number> {
  const [row] = await tx.select({ last: max(table.position) }).from(table).where(eq(table.planId, planId));
  return (row?.last ?? 0) + 1;
}

export async function lockPlan(tx: Executor, planId: number): Promise<ActionPlan> {
  const [row] = await tx.select().from(actionPlans).where(eq(actionPlans.id, planId)).for('update');
  if (!row) throw new NotFound('action plan', planId);
  return row;
}

export async function createPlan(ctx: ServiceContext, input: PlanInput): Promise<ActionPlan> {
  requirePermission(ctx, 'plan.edit');
  const data = parse(planInput, input);
  return write(ctx, async (tx, record) => {
    await assertBody(tx, data.bodyId);
    const [row] = await tx.insert(actionPlans).values(data).returning();
    await record({ event: 'plan.create', entityType: 'actionPlan', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updatePlan(ctx: ServiceContext, planId: number, input: PlanUpdate): Promise<ActionPlan> {
  requirePermission(ctx, 'plan.edit');
  const data = parseChanges(planUpdate, input);
  return write(ctx, async (tx, record) => {
    const before = await lockPlan(tx, planId);
    const [after] = await tx.update(actionPlans).set({ ...data, updatedAt: new Date() }).where(eq(actionPlans.id, planId)).returning();
    await record({ event: 'plan.update', entityType: 'actionPlan', entityId: planId, before, after });
    return after!;
  });
}

export async function addObjective(ctx: ServiceContext, planId: number, input: ObjectiveInput): Promise<PlanObjective> {
  requirePermission(ctx, 'plan.edit');
  const data = parse(objectiveInput, input);
  return write(ctx, async (tx, record) => {
    await lockPlan(tx, planId);
    const [row] = await tx.insert(planObjectives).values({ ...data, planId, position: data.position ?? await nextPosition(tx, planObjectives, planId) }).returning();
    await record({ event: 'planObjective.create', entityType: 'planObjective', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateObjective(ctx: ServiceContext, objectiveId: number, input: Partial<ObjectiveInput>): Promise<PlanObjective> {
  requirePermission(ctx, 'plan.edit');
  const data = parseChanges(objectiveInput.partial(), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(planObjectives).where(eq(planObjectives.id, objectiveId)).for('update');
    if (!before) throw new NotFound('plan objective', objectiveId);
    const [after] = await tx.update(planObjectives).set(data).where(eq(planObjectives.id, objectiveId)).returning();
    await record({ event: 'planObjective.update', entityType: 'planObjective', entityId: objectiveId, before, after });
    return after!;
  });
}

async function assertObjectiveOfPlan(tx: Executor, planId: number, objectiveId: number | null | undefined): Promise<void> {
  if (!objectiveId) return;
  const [row] = await tx.select({ id: planObjectives.id }).from(planObjectives)
    .where(and(eq(planObjectives.id, objectiveId), eq(planObjectives.planId, planId)));
  if (!row) throw InvalidInput.field('objectiveId', say('objectiveNotInPlan', { id: objectiveId }));
}

export async function addPlanAction(ctx: ServiceContext, planId: number, input: PlanActionInput): Promise<PlanAction> {
  requirePermission(ctx, 'plan.edit');
  const data = parse(planActionInput, input);
  return write(ctx, async (tx, record) => {
    await lockPlan(tx, planId);
    await assertObjectiveOfPlan(tx, planId, data.objectiveId);
    const [row] = await tx.insert(planActions).values({ ...data, planId, position: data.position ?? await nextPosition(tx, planActions, planId) }).returning();
    await record({ event: 'planAction.create', entityType: 'planAction', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updatePlanAction(ctx: ServiceContext, planActionId: number, input: Partial<PlanActionInput>): Promise<PlanAction> {
  requirePermission(ctx, 'plan.edit');
  const data = parseChanges(planActionInput.partial(), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(planActions).where(eq(planActions.id, planActionId)).for('update');
    if (!before) throw new NotFound('plan action', planActionId);
    await assertObjectiveOfPlan(tx, before.planId, data.objectiveId);
    const [after] = await tx.update(planActions).set(data).where(eq(planActions.id, planActionId)).returning();
    await record({ event: 'planAction.update', entityType: 'planAction', entityId: planActionId, before, after });
    return after!;
  });
}

/**
 * Adds a task row under a plan action: an action of the plan's body, with its lead, target,
 * resources and RAG. Its later updates and status changes are those of any action.
 */
export async function addTask(ctx: ServiceContext, planActionId: number, input: TaskInput): Promise<Action> {
  requirePermission(ctx, 'plan.edit');
  const data = parse(taskInput, input);
  return write(ctx, async (tx, record) => {
    const [planAction] = await tx.select({ id: planActions.id }).from(planActions).where(eq(planActions.id, planActionId));
    if (!planAction) throw new NotFound('plan action', planActionId);
    const row = await raiseActionIn(tx, ctx, { ...data, planActionId });
    await record({ event: 'action.create', entityType: 'action', entityId: row.id, after: { ...row, owners: data.owners } });
    return row;
  });
}
