/** What an action hangs off, for its page: the agenda item it arose under, its plan action, the recommendations it implements. */
import { asc, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { can } from '../../domain/access.js';
import type { ImplementationStatus, RecommendationResponse } from '../../domain/recommendations.js';
import type { ServiceContext } from '../context.js';
import { getActionRow } from './query.js';

const { agendaItems, planActions, actionPlans, recommendations, recommendationSources, recommendationActions } = schema;

export interface ActionLinks {
  agendaItem: { id: number; number: string | null; title: string } | null;
  /** Plans are internal: null for the public. */
  planAction: { id: number; number: string | null; text: string; planId: number; planTitle: string } | null;
  recommendations: {
    id: number; number: string; text: string; sourceId: number; sourceTitle: string;
    response: RecommendationResponse; implementation: ImplementationStatus;
  }[];
}

export async function actionLinks(ctx: ServiceContext, actionId: number): Promise<ActionLinks> {
  // Seeing the action means seeing its item: an action of an exempt item is hidden as a whole.
  const action = await getActionRow(ctx, actionId);
  const [item, planAction, implemented] = await Promise.all([
    action.agendaItemId
      ? ctx.db.select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title }).from(agendaItems)
        .where(eq(agendaItems.id, action.agendaItemId))
      : [],
    action.planActionId && can(ctx.viewer, 'internal.read')
      ? ctx.db.select({ id: planActions.id, number: planActions.number, text: planActions.text, planId: planActions.planId, planTitle: actionPlans.title })
        .from(planActions).innerJoin(actionPlans, eq(actionPlans.id, planActions.planId)).where(eq(planActions.id, action.planActionId))
      : [],
    ctx.db.select({
      id: recommendations.id, number: recommendations.number, text: recommendations.text,
      sourceId: recommendationSources.id, sourceTitle: recommendationSources.title,
      response: recommendations.response, implementation: recommendations.implementation,
    }).from(recommendationActions)
      .innerJoin(recommendations, eq(recommendations.id, recommendationActions.recommendationId))
      .innerJoin(recommendationSources, eq(recommendationSources.id, recommendations.sourceId))
      .where(eq(recommendationActions.actionId, actionId)).orderBy(asc(recommendationSources.id), asc(recommendations.id)),
  ]);
  return { agendaItem: item[0] ?? null, planAction: planAction[0] ?? null, recommendations: implemented };
}
