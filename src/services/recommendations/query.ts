/**
 * Reading recommendations. Their state is public; the actions implementing them are shown
 * only as far as the viewer may see those actions.
 */
import { and, asc, count, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { scopeFor } from '../../domain/access.js';
import { getActionRow, type ActionListRow } from '../actions/query.js';
import type { ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse } from '../validation.js';
import { actionVisible } from '../visibility.js';
import type { Recommendation } from './recommendations.js';
import { recommendationFilter, type RecommendationFilter } from './schemas.js';
import { getSource, type SourceRow } from './sources.js';

const { recommendations, recommendationSources: sources, recommendationActions, actions, bodies, organisations } = schema;

export type RecommendationRow = Omit<Recommendation, 'search'> & {
  sourceTitle: string;
  sourceKind: SourceRow['kind'];
  sourceIssuer: string | null;
  /** The source's response due date (for inspections, the s55 clock). */
  responseDueOn: string | null;
  /** Still pending and past the response due date. */
  responseOverdue: boolean;
  ownerBodyName: string | null;
  ownerOrganisationName: string | null;
  /** Implementing actions this viewer may see. */
  actionCount: number;
};

export interface RecommendationView extends RecommendationRow {
  source: SourceRow;
  actions: ActionListRow[];
}

function overdueSql(today: string): SQL<boolean> {
  return sql<boolean>`coalesce(${recommendations.response} = 'pending' and ${sources.respondedOn} is null and ${sources.responseDueOn} < ${today}, false)`;
}

function rowQuery(ctx: ServiceContext) {
  const { search: _search, ...columns } = getTableColumns(recommendations);
  return ctx.db.select({
    ...columns,
    sourceTitle: sources.title,
    sourceKind: sources.kind,
    sourceIssuer: sources.issuer,
    responseDueOn: sources.responseDueOn,
    responseOverdue: overdueSql(ctx.today),
    ownerBodyName: bodies.name,
    ownerOrganisationName: organisations.name,
  }).from(recommendations)
    .innerJoin(sources, eq(sources.id, recommendations.sourceId))
    .leftJoin(bodies, eq(bodies.id, recommendations.ownerBodyId))
    .leftJoin(organisations, eq(organisations.id, recommendations.ownerOrganisationId));
}

/** Ids of the implementing actions the viewer may see, per recommendation. */
async function visibleActionIds(ctx: ServiceContext, recommendationIds: number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  if (!recommendationIds.length) return map;
  const rows = await ctx.db.select({ recommendationId: recommendationActions.recommendationId, actionId: actions.id })
    .from(recommendationActions).innerJoin(actions, eq(actions.id, recommendationActions.actionId))
    .where(and(inArray(recommendationActions.recommendationId, recommendationIds), actionVisible(scopeFor(ctx.viewer), actions)))
    .orderBy(asc(actions.id));
  for (const r of rows) map.set(r.recommendationId, [...(map.get(r.recommendationId) ?? []), r.actionId]);
  return map;
}

export async function listRecommendations(ctx: ServiceContext, filter: RecommendationFilter = {}): Promise<Page<RecommendationRow>> {
  const f = parse(recommendationFilter, filter);
  const where: SQL[] = [];
  if (f.sourceId) where.push(eq(recommendations.sourceId, f.sourceId));
  if (f.kind) where.push(eq(sources.kind, f.kind));
  if (f.response?.length) where.push(inArray(recommendations.response, f.response));
  if (f.implementation?.length) where.push(inArray(recommendations.implementation, f.implementation));
  if (f.bodyId) where.push(eq(recommendations.ownerBodyId, f.bodyId));
  if (f.responseOverdue !== undefined) where.push(f.responseOverdue ? overdueSql(ctx.today) : sql`not ${overdueSql(ctx.today)}`);
  if (f.q) where.push(sql`${recommendations.search} @@ websearch_to_tsquery('english', ${f.q})`);
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    rowQuery(ctx).where(condition)
      .orderBy(desc(sql`coalesce(${sources.publishedOn}, (${sources.createdAt})::date)`), asc(sources.id), asc(recommendations.id))
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(recommendations).innerJoin(sources, eq(sources.id, recommendations.sourceId)).where(condition),
  ]);
  const linked = await visibleActionIds(ctx, rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ ...r, actionCount: linked.get(r.id)?.length ?? 0 })),
    total: total!.n,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** One recommendation with its source (and response clock), its response and the implementing actions with status and RAG. */
export async function getRecommendation(ctx: ServiceContext, recommendationId: number): Promise<RecommendationView> {
  const [row] = await rowQuery(ctx).where(eq(recommendations.id, recommendationId));
  if (!row) throw new NotFound('recommendation', recommendationId);
  const ids = (await visibleActionIds(ctx, [recommendationId])).get(recommendationId) ?? [];
  const source = await getSource(ctx, row.sourceId);
  const implementing = await Promise.all(ids.map((id) => getActionRow(ctx, id)));
  return { ...row, actionCount: ids.length, source, actions: implementing };
}
