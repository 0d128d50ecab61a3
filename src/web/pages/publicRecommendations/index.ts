/**
 * The state of recommendations for the public, by source: responses, implementation and the
 * actions implementing them that the public may see. Asked as the public, whoever is signed in.
 */
import type { FastifyInstance } from 'fastify';
import { IMPLEMENTATION_STATUSES, RESPONSES } from '../../../domain/recommendations.js';
import type { ServiceContext } from '../../../services/context.js';
import { getRecommendation, listRecommendations, listSources, type RecommendationRow } from '../../../services/recommendations/index.js';
import { idParam } from '../meetings/access.js';
import { pagination } from '../meetings/paging.js';
import { asPublic } from './asPublic.js';

const SOURCES_PER_PAGE = 10;

/** Every recommendation of a source (the service pages by up to 200). */
async function recommendationsOf(ctx: ServiceContext, sourceId: number): Promise<RecommendationRow[]> {
  const all: RecommendationRow[] = [];
  for (let page = 1; ; page++) {
    const found = await listRecommendations(ctx, { sourceId, page, pageSize: 200 });
    all.push(...found.items);
    if (page * found.pageSize >= found.total) return all;
  }
}

/** How many are in each state, in the order the states come, leaving out those with none. */
function counts<T extends string>(states: readonly T[], values: T[]): { status: T; n: number }[] {
  return states.map((status) => ({ status, n: values.filter((v) => v === status).length })).filter((c) => c.n > 0);
}

export async function publicRecommendationPages(app: FastifyInstance): Promise<void> {
  app.get('/public/recommendations', async (request, reply) => {
    const ctx = asPublic(request);
    const sources = await listSources(ctx, { page: (request.query as { page?: string }).page, pageSize: SOURCES_PER_PAGE });
    const bySource = await Promise.all(sources.items.map(async (source) => {
      const recommendations = await recommendationsOf(ctx, source.id);
      return {
        source,
        recommendations,
        responses: counts(RESPONSES, recommendations.map((r) => r.response)),
        implementation: counts(IMPLEMENTATION_STATUSES, recommendations.map((r) => r.implementation)),
      };
    }));
    const pages = pagination(request.url, sources.page, sources.pageSize, sources.total, request.t);
    return reply.page('publicRecommendations/list.njk', {
      bySource,
      total: sources.total,
      pagination: pages && { ...pages, landmarkLabel: request.t('publicRecommendations.pagination') },
    });
  });

  app.get('/public/recommendations/:id', async (request, reply) => {
    const recommendation = await getRecommendation(asPublic(request), idParam(request));
    const owner = [recommendation.ownerBodyName, recommendation.ownerOrganisationName].filter(Boolean).join(', ');
    return reply.page('publicRecommendations/recommendation.njk', { recommendation, owner });
  });
}
