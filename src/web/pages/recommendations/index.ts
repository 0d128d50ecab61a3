/** Recommendations: the list by source, the sources and their response clocks, a recommendation's page and its forms. */
import type { FastifyInstance } from 'fastify';
import { recommendationListPages } from './list.js';
import { recommendationPages } from './recommendation.js';
import { sourcePages } from './sources.js';

export async function recommendationsPages(app: FastifyInstance): Promise<void> {
  for (const area of [recommendationListPages, sourcePages, recommendationPages]) await app.register(area);
}
