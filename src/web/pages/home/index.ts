import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listActions } from '../../../services/actions/index.js';
import { bodiesOverview } from '../../../services/bodies/index.js';
import { dashboard } from '../../../services/dashboard/index.js';
import { listEscalations } from '../../../services/escalations/index.js';
import { listMeetings } from '../../../services/meetings/index.js';
import { barChart } from '../../charts/index.js';

export async function homePages(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) => {
    if (request.viewer.kind === 'public') {
      const [bodies, recent] = await Promise.all([
        bodiesOverview(request.ctx),
        listMeetings(request.ctx, { status: 'published', pageSize: 10 }),
      ]);
      return reply.page('home/public.njk', { pageTitle: request.t('home.public.title'), bodies, recent: recent.items });
    }
    return reply.page('home/home.njk', await signedInHome(request));
  });
}

/** What needs the signed-in user: their actions, the overall figures, meetings coming up, escalations waiting. */
async function signedInHome(request: FastifyRequest) {
  const { ctx, t } = request;
  const personId = request.viewer.kind === 'user' ? request.viewer.personId : null;
  const [figures, mine, upcoming, escalations] = await Promise.all([
    dashboard(ctx, { top: 8 }),
    personId ? listActions(ctx, { ownerPersonId: personId, open: true, sort: 'due', pageSize: 10 }) : null,
    listMeetings(ctx, { from: ctx.today, order: 'oldest', pageSize: 6 }),
    // Only those the viewer may see: the service leaves out any about an exempt item they may not.
    listEscalations(ctx, { status: ['waiting'], pageSize: 5 }),
  ]);
  const statusChart = barChart({
    title: t('home.charts.byStatus'),
    bars: (['open', 'ongoing', 'deferred', 'completed', 'cancelled'] as const).map((s) => ({
      label: t(`status.${s}`), value: figures.actions.byStatus[s] ?? 0,
      colour: s === 'completed' ? 'green' : s === 'cancelled' ? 'grey' : s === 'deferred' ? 'purple' : 'blue',
    })),
  });
  const overdueChart = barChart({
    title: t('home.charts.overdueByBody'),
    bars: figures.byBody.filter((b) => b.open > 0).slice(0, 12).map((b) => ({ label: b.name, value: b.overdue, colour: 'red' })),
  });
  return {
    pageTitle: t('home.title'),
    figures,
    mine: mine?.items ?? null,
    upcoming: upcoming.items,
    escalations: escalations.items,
    escalationsTotal: escalations.total,
    charts: { status: statusChart, overdue: overdueChart },
  };
}
