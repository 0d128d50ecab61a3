import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  feedbackFilter, feedbackInput, feedbackOutcomeInput, feedbackUpdate, getFeedback, listFeedback, recordFeedback,
  recordFeedbackOutcome, updateFeedback,
} from '../../services/feedback/index.js';
import { id } from '../../services/schemas.js';

const tags = ['feedback'];
const params = z.object({ id });

export const feedbackApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/feedback', { schema: { tags, summary: 'Feedback and outcomes, newest first (hasOutcome=false: still waiting for one)', querystring: feedbackFilter } }, async (req) =>
    listFeedback(req.ctx, req.query));
  app.post('/feedback', { schema: { tags, summary: 'Record what a member challenged or suggested', body: feedbackInput } }, async (req, reply) => {
    const created = await recordFeedback(req.ctx, req.body);
    return reply.code(201).send(await getFeedback(req.ctx, created.id));
  });
  app.get('/feedback/:id', { schema: { tags, summary: 'One piece of feedback and its outcome', params } }, async (req) =>
    getFeedback(req.ctx, req.params.id));
  app.patch('/feedback/:id', { schema: { tags, summary: 'Edit feedback', params, body: feedbackUpdate } }, async (req) => {
    await updateFeedback(req.ctx, req.params.id, req.body);
    return getFeedback(req.ctx, req.params.id);
  });
  app.post('/feedback/:id/outcome', { schema: { tags, summary: 'Record what changed as a result', params, body: feedbackOutcomeInput } }, async (req) => {
    await recordFeedbackOutcome(req.ctx, req.params.id, req.body);
    return getFeedback(req.ctx, req.params.id);
  });
};
