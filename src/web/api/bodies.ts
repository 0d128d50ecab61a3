import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addMember, bodyInput, createBody, getBody, listBodies, listMembers, membershipInput, reportingBodies, reportingChain,
  updateBody, updateMembership,
} from '../../services/bodies/index.js';
import { id } from '../../services/schemas.js';

const tags = ['bodies'];
const params = z.object({ id });

export const bodiesApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/bodies', { schema: { tags, summary: 'List bodies' } }, async (req) => ({ items: await listBodies(req.ctx) }));
  app.post('/bodies', { schema: { tags, summary: 'Record a body', body: bodyInput } }, async (req, reply) =>
    reply.code(201).send(await createBody(req.ctx, req.body)));
  app.get('/bodies/:id', { schema: { tags, summary: 'A body, with the bodies it reports to and those reporting to it', params } }, async (req) => {
    const [body, chain, reporting] = await Promise.all([getBody(req.ctx, req.params.id), reportingChain(req.ctx, req.params.id), reportingBodies(req.ctx, req.params.id)]);
    return { ...body, reportsTo: chain.slice(1), reportingBodies: reporting };
  });
  app.patch('/bodies/:id', { schema: { tags, summary: 'Edit a body', params, body: bodyInput.partial() } }, async (req) =>
    updateBody(req.ctx, req.params.id, req.body));
  app.get('/bodies/:id/members', { schema: { tags, summary: 'Members of a body today', params } }, async (req) => {
    await getBody(req.ctx, req.params.id);
    return { items: await listMembers(req.ctx, req.params.id) };
  });
  app.post('/bodies/:id/members', { schema: { tags, summary: 'Add a member', params, body: membershipInput } }, async (req, reply) =>
    reply.code(201).send(await addMember(req.ctx, req.params.id, req.body)));
  app.patch('/memberships/:id', { schema: { tags, summary: 'Change or end a membership', params, body: membershipInput.partial().omit({ personId: true }) } }, async (req) =>
    updateMembership(req.ctx, req.params.id, req.body));
};
