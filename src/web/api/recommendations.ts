import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createSource, editRecommendation, getRecommendation, getSource, implementationInput, linkAction, linkActionInput,
  listRecommendations, listSources, recommendationEdit, recommendationFilter, recommendationInput, recordRecommendation,
  recordResponse, responseInput, setImplementation, sourceFilter, sourceInput, sourceUpdate, unlinkAction, updateSource,
} from '../../services/recommendations/index.js';
import { id } from '../../services/schemas.js';

const tags = ['recommendations'];
const params = z.object({ id });

export const recommendationsApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/recommendation-sources', { schema: { tags, summary: 'Inspections, audits and reviews that made recommendations, with their response clock', querystring: sourceFilter } }, async (req) =>
    listSources(req.ctx, req.query));
  app.post('/recommendation-sources', { schema: { tags, summary: 'Record a source; for an inspection the response is due 56 days after publication (s55)', body: sourceInput } }, async (req, reply) => {
    const created = await createSource(req.ctx, req.body);
    return reply.code(201).send(await getSource(req.ctx, created.id));
  });
  app.get('/recommendation-sources/:id', { schema: { tags, summary: 'A source with its recommendations', params } }, async (req) => {
    const [source, recommendations] = await Promise.all([
      getSource(req.ctx, req.params.id),
      listRecommendations(req.ctx, { sourceId: req.params.id, pageSize: 200 }),
    ]);
    return { ...source, recommendations: recommendations.items };
  });
  app.patch('/recommendation-sources/:id', { schema: { tags, summary: 'Edit a source, or record the date it was responded to', params, body: sourceUpdate } }, async (req) => {
    await updateSource(req.ctx, req.params.id, req.body);
    return getSource(req.ctx, req.params.id);
  });

  app.get('/recommendations', { schema: { tags, summary: 'Recommendations, with filters (the public may read them)', querystring: recommendationFilter } }, async (req) =>
    listRecommendations(req.ctx, req.query));
  app.post('/recommendations', { schema: { tags, summary: 'Record a recommendation', body: recommendationInput } }, async (req, reply) => {
    const created = await recordRecommendation(req.ctx, req.body);
    return reply.code(201).send(await getRecommendation(req.ctx, created.id));
  });
  app.get('/recommendations/:id', { schema: { tags, summary: 'A recommendation with its source, response and implementing actions', params } }, async (req) =>
    getRecommendation(req.ctx, req.params.id));
  app.patch('/recommendations/:id', { schema: { tags, summary: 'Edit a recommendation\'s words, owner or due date', params, body: recommendationEdit } }, async (req) => {
    await editRecommendation(req.ctx, req.params.id, req.body);
    return getRecommendation(req.ctx, req.params.id);
  });
  app.post('/recommendations/:id/response', { schema: { tags, summary: 'Record the response: accepted, partially accepted, or not accepted with the reasons', params, body: responseInput } }, async (req) => {
    await recordResponse(req.ctx, req.params.id, req.body);
    return getRecommendation(req.ctx, req.params.id);
  });
  app.post('/recommendations/:id/implementation', { schema: { tags, summary: 'Move the implementation on; closing needs the evidence and the secretariat', params, body: implementationInput } }, async (req) => {
    await setImplementation(req.ctx, req.params.id, req.body);
    return getRecommendation(req.ctx, req.params.id);
  });
  app.post('/recommendations/:id/actions', { schema: { tags, summary: 'Link an action that implements the recommendation', params, body: linkActionInput } }, async (req, reply) => {
    await linkAction(req.ctx, req.params.id, req.body);
    return reply.code(201).send(await getRecommendation(req.ctx, req.params.id));
  });
  app.delete('/recommendations/:id/actions/:actionId', { schema: { tags, summary: 'Unlink an implementing action', params: z.object({ id, actionId: id }) } }, async (req, reply) => {
    await unlinkAction(req.ctx, req.params.id, req.params.actionId);
    return reply.code(204).send();
  });
};
