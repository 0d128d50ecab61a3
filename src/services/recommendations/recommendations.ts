/** Recording recommendations, their response and implementation, and the actions that implement them. */
import { and, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { can, scopeFor } from '../../domain/access.js';
import {
  canMoveImplementation, IMPLEMENTATION_STATUSES, responseNeedsText, type ImplementationStatus,
} from '../../domain/recommendations.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, Forbidden, InvalidInput, NotFound, say } from '../errors.js';
import { assertBody } from '../placement.js';
import { parse, parseChanges } from '../validation.js';
import { actionVisible } from '../visibility.js';
import {
  implementationInput, linkActionInput, recommendationEdit, recommendationInput, responseInput,
  type ImplementationInput, type RecommendationEdit, type RecommendationInput, type ResponseInput,
} from './schemas.js';

const { recommendations, recommendationSources: sources, recommendationActions, actions, organisations } = schema;

export type Recommendation = typeof recommendations.$inferSelect;

async function assertOwners(tx: Executor, data: { ownerBodyId?: number | null; ownerOrganisationId?: number | null }): Promise<void> {
  if (data.ownerBodyId) await assertBody(tx, data.ownerBodyId, 'ownerBodyId');
  if (data.ownerOrganisationId) {
    const [o] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, data.ownerOrganisationId));
    if (!o) throw InvalidInput.field('ownerOrganisationId', say('noOrganisation', { id: data.ownerOrganisationId }));
  }
}

export async function lockRecommendation(tx: Executor, recommendationId: number): Promise<Recommendation> {
  const [row] = await tx.select().from(recommendations).where(eq(recommendations.id, recommendationId)).for('update');
  if (!row) throw new NotFound('recommendation', recommendationId);
  return row;
}

export async function recordRecommendation(ctx: ServiceContext, input: RecommendationInput): Promise<Recommendation> {
  requirePermission(ctx, 'recommendation.edit');
  const data = parse(recommendationInput, input);
  return write(ctx, async (tx, record) => {
    const [source] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, data.sourceId));
    if (!source) throw InvalidInput.field('sourceId', say('noSource', { id: data.sourceId }));
    await assertOwners(tx, data);
    const [row] = await tx.insert(recommendations).values(data).returning();
    await record({ event: 'recommendation.create', entityType: 'recommendation', entityId: row!.id, after: row });
    return row!;
  });
}

export async function editRecommendation(ctx: ServiceContext, recommendationId: number, input: RecommendationEdit): Promise<Recommendation> {
  requirePermission(ctx, 'recommendation.edit');
  const data = parseChanges(recommendationEdit, input);
  return write(ctx, async (tx, record) => {
    const before = await lockRecommendation(tx, recommendationId);
    await assertOwners(tx, data);
    const [after] = await tx.update(recommendations).set({ ...data, updatedAt: new Date() }).where(eq(recommendations.id, recommendationId)).returning();
    await record({ event: 'recommendation.edit', entityType: 'recommendation', entityId: recommendationId, before, after });
    return after!;
  });
}

/** Accepted, partially accepted or not accepted (with the reasons); back to pending only before work starts. */
export async function recordResponse(ctx: ServiceContext, recommendationId: number, input: ResponseInput): Promise<Recommendation> {
  requirePermission(ctx, 'recommendation.edit');
  const data = parse(responseInput, input);
  if (responseNeedsText(data.response) && !data.responseText) {
    throw InvalidInput.field('responseText', say(data.response === 'not accepted' ? 'responseReasons' : 'responseWords'));
  }
  return write(ctx, async (tx, record) => {
    const before = await lockRecommendation(tx, recommendationId);
    if (data.response === 'pending' && before.implementation !== 'not started') {
      throw new Conflict(say('responseBackToPending', { implementation: before.implementation }), 'response');
    }
    const pending = data.response === 'pending';
    const responseDate = pending ? null : data.responseDate ?? ctx.today;
    const [source] = await tx.select({ publishedOn: sources.publishedOn }).from(sources).where(eq(sources.id, before.sourceId));
    if (responseDate && source?.publishedOn && responseDate < source.publishedOn) {
      throw InvalidInput.field('responseDate', say('responseBeforeReport', { date: source.publishedOn }));
    }
    const [after] = await tx.update(recommendations).set({
      response: data.response,
      responseText: pending ? null : data.responseText,
      responseDate,
      updatedAt: new Date(),
    }).where(eq(recommendations.id, recommendationId)).returning();
    await record({ event: 'recommendation.response', entityType: 'recommendation', entityId: recommendationId, before, after });
    return after!;
  });
}

function explainImplementation(from: ImplementationStatus, to: ImplementationStatus): string {
  if (from === to) return `The recommendation is already ${from}.`;
  const allowed = IMPLEMENTATION_STATUSES.filter((s) => canMoveImplementation(from, s));
  return `A recommendation that is ${from} cannot become ${to}; it can become ${allowed.join(', ')}.`;
}

/**
 * Not started → being progressed → complete → closed. Closing (and reopening a closed one) is for
 * those who may close recommendations, and closing needs the evidence.
 */
export async function setImplementation(ctx: ServiceContext, recommendationId: number, input: ImplementationInput): Promise<Recommendation> {
  requirePermission(ctx, 'recommendation.edit');
  const data = parse(implementationInput, input);
  const to = data.implementation;
  if (to === 'closed' && !data.closureEvidence) {
    throw InvalidInput.field('closureEvidence', say('closureEvidence'));
  }
  return write(ctx, async (tx, record) => {
    const before = await lockRecommendation(tx, recommendationId);
    const from = before.implementation;
    if ((to === 'closed' || from === 'closed') && !can(ctx.viewer, 'recommendation.close')) {
      throw new Forbidden(say('secretariatCloses'));
    }
    if (!canMoveImplementation(from, to)) throw new Conflict(explainImplementation(from, to), 'implementation');
    if (before.response === 'pending') {
      throw new Conflict(say('responseFirst'), 'response');
    }
    const closedOn = to === 'closed' ? data.closedOn ?? ctx.today : null;
    const [after] = await tx.update(recommendations).set({
      implementation: to,
      closedOn,
      closureEvidence: to === 'closed' ? data.closureEvidence : null,
      updatedAt: new Date(),
    }).where(eq(recommendations.id, recommendationId)).returning();
    await record({ event: 'recommendation.implementation', entityType: 'recommendation', entityId: recommendationId, before, after });
    return after!;
  });
}

/** Links an action that implements the recommendation. */
export async function linkAction(ctx: ServiceContext, recommendationId: number, input: { actionId: number }): Promise<void> {
  requirePermission(ctx, 'recommendation.edit');
  const { actionId } = parse(linkActionInput, input);
  await write(ctx, async (tx, record) => {
    await lockRecommendation(tx, recommendationId);
    const [action] = await tx.select({ id: actions.id, reference: actions.reference }).from(actions)
      .where(and(eq(actions.id, actionId), actionVisible(scopeFor(ctx.viewer), actions)));
    if (!action) throw InvalidInput.field('actionId', say('noAction', { id: actionId }));
    const linked = await tx.insert(recommendationActions).values({ recommendationId, actionId }).onConflictDoNothing().returning();
    if (!linked.length) throw new Conflict(say('alreadyLinked', { reference: action.reference }), 'actionId');
    await record({ event: 'recommendation.linkAction', entityType: 'recommendation', entityId: recommendationId, after: { actionId, reference: action.reference } });
  });
}

export async function unlinkAction(ctx: ServiceContext, recommendationId: number, actionId: number): Promise<void> {
  requirePermission(ctx, 'recommendation.edit');
  await write(ctx, async (tx, record) => {
    await lockRecommendation(tx, recommendationId);
    const removed = await tx.delete(recommendationActions)
      .where(and(eq(recommendationActions.recommendationId, recommendationId), eq(recommendationActions.actionId, actionId))).returning();
    if (!removed.length) throw new NotFound(`action linked to recommendation ${recommendationId}`, actionId);
    await record({ event: 'recommendation.unlinkAction', entityType: 'recommendation', entityId: recommendationId, before: { actionId } });
  });
}
