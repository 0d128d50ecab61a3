/** The minutes of a meeting as Word and text, and the calendar of meetings, as the viewer may see them. */
import type { FastifyInstance } from 'fastify';
import { exportMinutes, meetingsCalendar } from '../../../services/exports/index.js';
import { sendDownload } from '../../download.js';
import { signedIn } from '../forms.js';
import { idParam } from '../meetings/access.js';
import { asPublic } from '../publicRecommendations/asPublic.js';

export async function downloadPages(app: FastifyInstance): Promise<void> {
  for (const format of ['docx', 'txt'] as const) {
    app.get(`/meetings/:id/minutes.${format}`, { preHandler: signedIn }, async (request, reply) =>
      sendDownload(reply, await exportMinutes(request.ctx, idParam(request), format)));
    // Published meetings only, exempt items withheld: the service asked as the public.
    app.get(`/public/meetings/:id/minutes.${format}`, async (request, reply) =>
      sendDownload(reply, await exportMinutes(asPublic(request), idParam(request), format)));
  }

  app.get('/meetings.ics', async (request, reply) => {
    const bodyId = Number((request.query as { bodyId?: string }).bodyId) || undefined;
    return sendDownload(reply, await meetingsCalendar(request.ctx, { bodyId, baseUrl: `${request.protocol}://${request.host}` }));
  });
}
