import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  escalate, escalationFilter, escalationInput, escalationsOfAction, getEscalation, listEscalations, outcomeInput, recordOutcome,
} from '../../services/escalations/index.js';
import { id } from '../../services/schemas.js';

const tags = ['escalations'];
const params = z.object({ id });

export const escalationsApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/escalations', { schema: { tags, summary: 'Escalations: waiting for a body (toBodyId, status=waiting), raised by a body (fromBodyId)', querystring: escalationFilter } }, async (req) =>
    listEscalations(req.ctx, req.query));
  app.post('/escalations', { schema: { tags, summary: 'Escalate an action, an agenda item or a matter to another body', body: escalationInput } }, async (req, reply) => {
    const created = await escalate(req.ctx, req.body);
    return reply.code(201).send(await getEscalation(req.ctx, created.id));
  });
  app.get('/escalations/:id', { schema: { tags, summary: 'An escalation', params } }, async (req) =>
    getEscalation(req.ctx, req.params.id));
  app.post('/escalations/:id/outcome', { schema: { tags, summary: 'Record the outcome: decided, returned or withdrawn, with its words', params, body: outcomeInput } }, async (req) => {
    await recordOutcome(req.ctx, req.params.id, req.body);
    return getEscalation(req.ctx, req.params.id);
  });
  app.get('/actions/:id/escalations', { schema: { tags, summary: 'The escalations of an action', params } }, async (req) =>
    ({ items: await escalationsOfAction(req.ctx, req.params.id) }));
};
