import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id } from '../../services/schemas.js';
import {
  addWorkItem, getWorkItem, listWorkProgramme, updateWorkItem, workItemFilter, workItemInput, workItemUpdate,
} from '../../services/workProgramme/index.js';

const tags = ['work programme'];
const params = z.object({ id });

export const workProgrammeApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/work-programme', { schema: { tags, summary: 'Work programme items, soonest planned meeting first', querystring: workItemFilter } }, async (req) =>
    listWorkProgramme(req.ctx, req.query));
  app.post('/work-programme', { schema: { tags, summary: 'Add a topic to a body\'s work programme', body: workItemInput } }, async (req, reply) => {
    const created = await addWorkItem(req.ctx, req.body);
    return reply.code(201).send(await getWorkItem(req.ctx, created.id));
  });
  app.get('/work-programme/:id', { schema: { tags, summary: 'A work programme item', params } }, async (req) =>
    getWorkItem(req.ctx, req.params.id));
  app.patch('/work-programme/:id', { schema: { tags, summary: 'Edit or schedule a work programme item onto one of the body\'s meetings', params, body: workItemUpdate } }, async (req) => {
    await updateWorkItem(req.ctx, req.params.id, req.body);
    return getWorkItem(req.ctx, req.params.id);
  });
};
