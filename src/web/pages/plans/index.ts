/** Action plans: their list, and each plan as a report card (objectives, plan actions and tasks, measures as charts). */
import type { FastifyInstance } from 'fastify';
import { listBodies } from '../../../services/bodies/index.js';
import { getPlan, listPlans, type MeasureView } from '../../../services/plans/index.js';
import { lineChart } from '../../charts/index.js';
import type { Translate } from '../../../i18n/index.js';
import { signedIn } from '../forms.js';
import { idParam, mayFor } from '../meetings/access.js';
import { withBlank } from '../meetings/choices.js';
import { planFormPages } from './forms.js';

export async function plansPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/plans', opts, async (request, reply) => {
    const { ctx, t } = request;
    const bodyId = Number((request.query as { bodyId?: string }).bodyId) || undefined;
    const [plans, bodies] = await Promise.all([listPlans(ctx, { bodyId, pageSize: 200 }), listBodies(ctx)]);
    return reply.page('plans/list.njk', {
      plans: plans.items,
      bodyId: bodyId ? String(bodyId) : '',
      bodies: withBlank(t('plans.list.anyBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
    });
  });

  app.get('/plans/:id', opts, async (request, reply) => {
    const plan = await getPlan(request.ctx, idParam(request));
    return reply.page('plans/plan.njk', {
      plan,
      measures: plan.measures.map((m) => ({ ...m, chart: m.values.length ? measureChart(m, request.t) : null })),
      sections: [
        ...plan.objectives.map((o) => ({ objective: o, actions: o.actions })),
        ...(plan.otherActions.length ? [{ objective: null, actions: plan.otherActions }] : []),
      ],
      may: mayFor(request),
    });
  });

  await app.register(planFormPages);
}

/** The curve to turn: its values over time, the baseline dashed. */
function measureChart(m: MeasureView, t: Translate): string {
  return lineChart({
    title: t('plans.measure.chartTitle', { name: m.name }),
    points: m.values.map((v) => ({ label: v.period, value: v.value })),
    baseline: m.baseline,
    unit: m.unit,
  });
}
