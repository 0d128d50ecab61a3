/**
 * The public pages of bodies and meetings, without sign-in. They always show what the public
 * sees — a signed-in user gets the same page — so the services are asked as the public.
 */
import type { FastifyInstance } from 'fastify';
import { getBody, listMembers } from '../../../services/bodies/index.js';
import { listDocuments } from '../../../services/documents/index.js';
import { getMeeting, listMeetings } from '../../../services/meetings/index.js';
import { idParam } from '../meetings/access.js';
import { meetingData } from '../meetings/meeting.js';
import { asPublic } from '../publicRecommendations/asPublic.js';

export async function publicPages(app: FastifyInstance): Promise<void> {
  app.get('/public/bodies/:id', async (request, reply) => {
    const ctx = asPublic(request);
    const body = await getBody(ctx, idParam(request));
    const [members, meetings] = await Promise.all([
      listMembers(ctx, body.id),
      listMeetings(ctx, { bodyId: body.id, status: 'published', order: 'newest', pageSize: 100 }),
    ]);
    return reply.page('public/body.njk', { body, members, meetings: meetings.items });
  });

  app.get('/public/meetings/:id', async (request, reply) => {
    const ctx = asPublic(request);
    const view = await getMeeting(ctx, idParam(request));
    const papers = await listDocuments(ctx, { meetingId: view.meeting.id, pageSize: 100 });
    return reply.page('public/meeting.njk', { ...meetingData(view), papers: papers.items, publicView: true });
  });
}
