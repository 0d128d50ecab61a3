/**
 * Escalations: what other bodies have sent to a body, waiting or decided, and the form the
 * receiving body's secretariat uses to record the outcome.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listBodies } from '../../../services/bodies/index.js';
import {
  OUTCOME_STATUSES, getEscalation, listEscalations, recordOutcome, type EscalationFilter, type EscalationRow, type OutcomeInput,
} from '../../../services/escalations/index.js';
import { listMeetings } from '../../../services/meetings/index.js';
import { formatDate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam, mayFor } from '../meetings/access.js';
import { translated, withBlank } from '../meetings/choices.js';
import { dateInput, errorsFor, orNull, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';
import { pagination } from '../meetings/paging.js';

const PAGE_SIZE = 25;
/** "Decided" covers every outcome: decided, returned and withdrawn. */
const STATES: Record<string, EscalationFilter['status']> = { waiting: ['waiting'], decided: [...OUTCOME_STATUSES], all: undefined };

export async function escalationsPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/escalations', opts, async (request, reply) => {
    const { ctx, t } = request;
    const query = request.query as Record<string, string | undefined>;
    const state = query.state && query.state in STATES ? query.state : 'waiting';
    const toBodyId = query.toBodyId?.trim() || undefined;
    let errors: PageErrors | undefined;
    let result = { items: [] as EscalationRow[], total: 0, page: 1, pageSize: PAGE_SIZE };
    try {
      result = await listEscalations(ctx, { toBodyId, status: STATES[state], page: query.page || undefined, pageSize: PAGE_SIZE } as EscalationFilter);
    } catch (error) {
      errors = errorsFor(error, t, 'escalations.list');
      void reply.code(400);
    }
    const bodies = await listBodies(ctx);
    const pages = pagination(request.url, result.page, result.pageSize, result.total, t);
    return reply.page('escalations/list.njk', {
      escalations: result.items,
      total: result.total,
      filters: { toBodyId: toBodyId ?? '', state },
      bodyName: bodies.find((b) => String(b.id) === toBodyId)?.name ?? null,
      errors,
      bodies: withBlank(t('escalations.list.anyBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
      states: translated(t, 'escalations.list.states', Object.keys(STATES)),
      pagination: pages && { ...pages, landmarkLabel: t('escalations.list.pagination') },
      may: mayFor(request),
    });
  });

  app.get('/escalations/:id/outcome', opts, async (request, reply) => {
    allow(request, 'escalation.decide');
    return outcomeForm(request, reply, await getEscalation(request.ctx, idParam(request)), { status: 'decided' });
  });

  app.post('/escalations/:id/outcome', opts, async (request, reply) => {
    const escalation = await getEscalation(request.ctx, idParam(request));
    const form = readForm(request);
    const input = {
      status: required(form, 'status'),
      outcome: orNull(form, 'outcome'),
      heardAtMeetingId: orNull(form, 'heardAtMeetingId'),
      decidedOn: dateInput(form, 'decidedOn') ?? undefined,
    } as OutcomeInput;
    try {
      await recordOutcome(request.ctx, escalation.id, input);
      return redirectWith(reply, `/escalations?toBodyId=${escalation.toBodyId}&state=decided`, request.t('escalations.outcomeForm.saved'));
    } catch (error) {
      return outcomeForm(request, reply.code(400), escalation, form, errorsFor(error, request.t, 'escalations.outcomeForm', ['decidedOn']));
    }
  });
}

async function outcomeForm(request: FastifyRequest, reply: FastifyReply, escalation: EscalationRow, values: Form, errors?: PageErrors) {
  const t = request.t;
  const meetings = await listMeetings(request.ctx, { bodyId: escalation.toBodyId, order: 'newest', pageSize: 24 });
  return reply.page('escalations/outcome.njk', {
    escalation,
    values,
    errors,
    statuses: OUTCOME_STATUSES.map((s) => ({ value: s, text: t(`status.${s}`), hint: { text: t(`escalations.outcomeForm.hints.${s}`) } })),
    meetings: withBlank(t('escalations.outcomeForm.noMeeting'), meetings.items.map((m) => ({ value: String(m.id), text: formatDate(m.date, request.lang) }))),
    waiting: escalation.status === 'waiting',
  });
}
