/** /meetings: every meeting the viewer may see, filtered by body, status, type and dates, a page at a time. */
import type { FastifyInstance } from 'fastify';
import { MEETING_STATUSES, MEETING_TYPES } from '../../../domain/meetings.js';
import { listBodies } from '../../../services/bodies/index.js';
import { listMeetings, type MeetingFilter, type MeetingListRow } from '../../../services/meetings/index.js';
import type { Page } from '../../../services/schemas.js';
import { signedIn } from '../forms.js';
import { mayFor } from './access.js';
import { withBlank } from './choices.js';
import { errorsFor, type PageErrors } from './formInput.js';
import { pagination } from './paging.js';

const PAGE_SIZE = 25;
const FILTERS = ['bodyId', 'status', 'type', 'from', 'to'] as const;

export async function meetingListPages(app: FastifyInstance): Promise<void> {
  app.get('/meetings', { preHandler: signedIn }, async (request, reply) => {
    const { ctx, t } = request;
    const query = request.query as Record<string, string | undefined>;
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = query[name]?.trim();
      if (value) filters[name] = value;
    }
    let result: Page<MeetingListRow> = { items: [], total: 0, page: 1, pageSize: PAGE_SIZE };
    let errors: PageErrors | undefined;
    try {
      result = await listMeetings(ctx, { ...filters, page: query.page || undefined, pageSize: PAGE_SIZE } as MeetingFilter);
    } catch (error) {
      errors = errorsFor(error, t, 'meetings.list');
      void reply.code(400);
    }
    const bodies = await listBodies(ctx);
    const from = result.total ? (result.page - 1) * result.pageSize + 1 : 0;
    return reply.page('meetings/list.njk', {
      meetings: result.items,
      total: result.total,
      showing: t('common.showing', { from, to: from ? from + result.items.length - 1 : 0, total: result.total }),
      filters,
      filtered: Object.keys(filters).length > 0,
      errors,
      bodies: withBlank(t('meetings.list.anyBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
      statuses: withBlank(t('meetings.list.anyStatus'), MEETING_STATUSES.map((s) => ({ value: s, text: t(`status.${s}`) }))),
      types: withBlank(t('meetings.list.anyType'), MEETING_TYPES.map((s) => ({ value: s, text: t(`meetings.types.${s}`) }))),
      pagination: pagination(request.url, result.page, result.pageSize, result.total, t),
      may: mayFor(request),
    });
  });
}
