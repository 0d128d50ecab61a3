import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditFilter, historyParams, listAuditEvents, recordHistory } from '../../services/audit/index.js';

const tags = ['audit'];

export const auditApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/audit', { schema: { tags, summary: 'Recent changes, newest first (administrators)', querystring: auditFilter } }, async (req) =>
    listAuditEvents(req.ctx, req.query));
  app.get('/audit/:entityType/:id', { schema: { tags, summary: 'The history of one record, oldest first (administrators)', params: historyParams } }, async (req) =>
    ({ items: await recordHistory(req.ctx, req.params.entityType, req.params.id) }));
};
