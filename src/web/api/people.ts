import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisation, createPerson, getOrganisation, getPerson, listOrganisations, listPeople, organisationInput,
  personFilter, personInput, updateOrganisation, updatePerson,
} from '../../services/people/index.js';
import { requirePermission } from '../../services/context.js';
import { id } from '../../services/schemas.js';

const params = z.object({ id });

export const peopleApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/people', { schema: { tags: ['people'], summary: 'List people', querystring: personFilter } }, async (req) =>
    listPeople(req.ctx, req.query));
  app.post('/people', { schema: { tags: ['people'], summary: 'Record a person', body: personInput } }, async (req, reply) =>
    reply.code(201).send(await createPerson(req.ctx, req.body)));
  app.get('/people/:id', { schema: { tags: ['people'], summary: 'A person', params } }, async (req) => {
    requirePermission(req.ctx, 'internal.read');
    return getPerson(req.ctx, req.params.id);
  });
  app.patch('/people/:id', { schema: { tags: ['people'], summary: 'Edit a person', params, body: personInput.partial() } }, async (req) =>
    updatePerson(req.ctx, req.params.id, req.body));

  app.get('/organisations', { schema: { tags: ['organisations'], summary: 'List organisations' } }, async (req) =>
    ({ items: await listOrganisations(req.ctx) }));
  app.post('/organisations', { schema: { tags: ['organisations'], summary: 'Record an organisation', body: organisationInput } }, async (req, reply) =>
    reply.code(201).send(await createOrganisation(req.ctx, req.body)));
  app.get('/organisations/:id', { schema: { tags: ['organisations'], summary: 'An organisation', params } }, async (req) =>
    getOrganisation(req.ctx, req.params.id));
  app.patch('/organisations/:id', { schema: { tags: ['organisations'], summary: 'Edit an organisation', params, body: organisationInput.partial() } }, async (req) =>
    updateOrganisation(req.ctx, req.params.id, req.body));
};
