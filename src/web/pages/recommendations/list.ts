/**
 * /recommendations: every recommendation grouped by the inspection, audit or review that made
 * it, filtered by the kind of source, the response and the implementation, with how many of each.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IMPLEMENTATION_STATUSES, RECOMMENDATION_SOURCE_KINDS, RESPONSES } from '../../../domain/recommendations.js';
import { listRecommendations, type RecommendationFilter, type RecommendationRow } from '../../../services/recommendations/index.js';
import type { Page } from '../../../services/schemas.js';
import { signedIn } from '../forms.js';
import { mayFor } from '../meetings/access.js';
import { translated, withBlank } from '../meetings/choices.js';
import { errorsFor, type PageErrors } from '../meetings/formInput.js';
import { pagination } from '../meetings/paging.js';

const PAGE_SIZE = 50;

const list = (v: unknown) => [v ?? []].flat().map((s) => String(s).trim()).filter(Boolean);

export async function recommendationListPages(app: FastifyInstance): Promise<void> {
  app.get('/recommendations', { preHandler: signedIn }, async (request, reply) => {
    const { ctx, t } = request;
    const query = request.query as Record<string, unknown>;
    const filters = { kind: list(query.kind)[0] ?? '', response: list(query.response), implementation: list(query.implementation) };
    const asked = {
      kind: filters.kind || undefined,
      response: filters.response.length ? filters.response : undefined,
      implementation: filters.implementation.length ? filters.implementation : undefined,
    } as RecommendationFilter;
    let result: Page<RecommendationRow> = { items: [], total: 0, page: 1, pageSize: PAGE_SIZE };
    let counts = { response: {} as Record<string, number>, implementation: {} as Record<string, number> };
    let errors: PageErrors | undefined;
    try {
      [result, counts] = await Promise.all([
        listRecommendations(ctx, { ...asked, page: list(query.page)[0], pageSize: PAGE_SIZE } as RecommendationFilter),
        facetCounts(request, asked),
      ]);
    } catch (error) {
      errors = errorsFor(error, t, 'recommendations.list');
      void reply.code(400);
    }
    const pages = pagination(request.url, result.page, result.pageSize, result.total, t);
    const from = result.total ? (result.page - 1) * result.pageSize + 1 : 0;
    const withCount = (choices: { value: string; text: string }[], n: Record<string, number>) =>
      choices.map((c) => ({ ...c, text: `${c.text} (${n[c.value] ?? 0})` }));
    return reply.page('recommendations/list.njk', {
      groups: bySource(result.items),
      total: result.total,
      showing: t('common.showing', { from, to: from ? from + result.items.length - 1 : 0, total: result.total }),
      filters,
      filtered: Boolean(asked.kind || asked.response || asked.implementation),
      errors,
      kinds: withBlank(t('recommendations.list.anyKind'), translated(t, 'recommendations.kinds', RECOMMENDATION_SOURCE_KINDS)),
      responses: withCount(RESPONSES.map((r) => ({ value: r, text: t(`status.${r}`) })), counts.response),
      implementations: withCount(IMPLEMENTATION_STATUSES.map((s) => ({ value: s, text: t(`status.${s}`) })), counts.implementation),
      pagination: pages && { ...pages, landmarkLabel: t('recommendations.list.pagination') },
      may: mayFor(request),
    });
  });
}

/** How many there are of each response and each implementation status, under the other filters. */
async function facetCounts(request: FastifyRequest, asked: RecommendationFilter) {
  const count = async (filter: RecommendationFilter) => (await listRecommendations(request.ctx, { ...filter, pageSize: 1 })).total;
  const [response, implementation] = await Promise.all([
    Promise.all(RESPONSES.map(async (r) => [r, await count({ ...asked, response: [r] })] as const)),
    Promise.all(IMPLEMENTATION_STATUSES.map(async (s) => [s, await count({ ...asked, implementation: [s] })] as const)),
  ]);
  return { response: Object.fromEntries(response), implementation: Object.fromEntries(implementation) };
}

/** The service lists them source by source; each run of one source becomes a group. */
function bySource(rows: RecommendationRow[]) {
  const groups: { sourceId: number; title: string; kind: string; issuer: string | null; responseDueOn: string | null; recommendations: RecommendationRow[] }[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last?.sourceId === r.sourceId) last.recommendations.push(r);
    else groups.push({ sourceId: r.sourceId, title: r.sourceTitle, kind: r.sourceKind, issuer: r.sourceIssuer, responseDueOn: r.responseDueOn, recommendations: [r] });
  }
  return groups;
}
