import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionEdit, actionFilter, actionHistory, actionInput, actionUpdateInput, carryForward, editAction, findActionByReference,
  getActionRow, listActions, postUpdate, raiseAction,
} from '../../services/actions/index.js';
import { id } from '../../services/schemas.js';

const tags = ['actions'];
const params = z.object({ id });

export const actionsApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/actions', { schema: { tags, summary: 'The action log, with filters and sorting', querystring: actionFilter } }, async (req) =>
    listActions(req.ctx, req.query));
  app.post('/actions', { schema: { tags, summary: 'Raise an action', body: actionInput } }, async (req, reply) => {
    const created = await raiseAction(req.ctx, req.body);
    return reply.code(201).send(await getActionRow(req.ctx, created.id));
  });
  app.get('/actions/by-reference', { schema: { tags, summary: 'Find an action by its reference', querystring: z.object({ reference: z.string().min(1).max(100) }) } }, async (req) =>
    findActionByReference(req.ctx, req.query.reference));
  app.get('/actions/:id', { schema: { tags, summary: 'An action with its history', params } }, async (req) => {
    const [action, history] = await Promise.all([getActionRow(req.ctx, req.params.id), actionHistory(req.ctx, req.params.id)]);
    return { ...action, history };
  });
  app.patch('/actions/:id', { schema: { tags, summary: 'Edit an action (the reference never changes)', params, body: actionEdit } }, async (req) => {
    await editAction(req.ctx, req.params.id, req.body);
    return getActionRow(req.ctx, req.params.id);
  });
  app.post('/actions/:id/updates', { schema: { tags, summary: 'Post an update, optionally changing status or RAG', params, body: actionUpdateInput } }, async (req, reply) => {
    const { update } = await postUpdate(req.ctx, req.params.id, req.body);
    return reply.code(201).send({ update, action: await getActionRow(req.ctx, req.params.id) });
  });
  app.get('/bodies/:id/matters-arising', { schema: { tags, summary: 'Open actions carried forward to the body\'s next meeting', params, querystring: z.object({ meetingId: id.optional() }) } }, async (req) =>
    carryForward(req.ctx, req.params.id, req.query.meetingId));
};
