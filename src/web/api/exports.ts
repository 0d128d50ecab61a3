import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionFilter } from '../../services/actions/schemas.js';
import { exportActionLog, exportMinutes, meetingsCalendar } from '../../services/exports/index.js';
import { id } from '../../services/schemas.js';
import { sendDownload } from '../download.js';

const tags = ['exports'];

/** Files for download; each asks the same access rules as the pages. */
export const exportsApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/meetings/:id/minutes', {
    schema: { tags, summary: 'The minutes of a meeting as text or Word', params: z.object({ id }), querystring: z.object({ format: z.enum(['txt', 'docx']).default('docx') }) },
  }, async (req, reply) => sendDownload(reply, await exportMinutes(req.ctx, req.params.id, req.query.format)));

  app.get('/actions/export', {
    schema: { tags, summary: 'The action log (with the same filters as /api/actions) as CSV or Excel', querystring: actionFilter.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }) },
  }, async (req, reply) => {
    const { format, ...filter } = req.query;
    return sendDownload(reply, await exportActionLog(req.ctx, filter, format));
  });

  app.get('/meetings/calendar.ics', {
    schema: { tags, summary: 'Meetings as an iCalendar feed', querystring: z.object({ bodyId: id.optional() }) },
  }, async (req, reply) => sendDownload(reply, await meetingsCalendar(req.ctx, { bodyId: req.query.bodyId, baseUrl: `${req.protocol}://${req.host}` })));
};
