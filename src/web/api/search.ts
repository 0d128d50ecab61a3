import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboard, dashboardFilter } from '../../services/dashboard/index.js';
import { search, searchInput } from '../../services/search/index.js';

export const searchApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/search', {
    schema: { tags: ['search'], summary: 'Search minutes, decisions, actions, recommendations and documents the caller may see', querystring: searchInput },
  }, async (req) => search(req.ctx, req.query));
  app.get('/dashboard', {
    schema: { tags: ['dashboard'], summary: 'Figures: open, overdue, due soon, closed on time; by owner, organisation and body; recommendations', querystring: dashboardFilter },
  }, async (req) => dashboard(req.ctx, req.query));
};
