/**
 * Feedback and outcomes: what members challenged or suggested, per body, and what changed as a
 * result; the forms to record feedback (members of the body and the secretariat) and its outcome.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, canRecordFeedback } from '../../../domain/access.js';
import { listBodies } from '../../../services/bodies/index.js';
import { Forbidden } from '../../../services/errors.js';
import {
  getFeedback, listFeedback, recordFeedback, recordFeedbackOutcome,
  type FeedbackFilter, type FeedbackInput, type FeedbackOutcomeInput, type FeedbackRow,
} from '../../../services/feedback/index.js';
import { listMeetings } from '../../../services/meetings/index.js';
import type { Page } from '../../../services/schemas.js';
import { formatDate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import { everyone, peopleChoices, withBlank } from '../meetings/choices.js';
import { dateInput, errorsFor, field, orNull, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';
import { pagination } from '../meetings/paging.js';

const PAGE_SIZE = 25;
const OUTCOME_FILTERS: Record<string, boolean | undefined> = { any: undefined, yes: true, no: false };

export async function feedbackPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/feedback', opts, async (request, reply) => {
    const { ctx, t } = request;
    const query = request.query as Record<string, string | undefined>;
    const filters = { bodyId: query.bodyId?.trim() ?? '', outcome: query.outcome && query.outcome in OUTCOME_FILTERS ? query.outcome : 'any' };
    let result: Page<FeedbackRow> = { items: [], total: 0, page: 1, pageSize: PAGE_SIZE };
    let errors: PageErrors | undefined;
    try {
      result = await listFeedback(ctx, {
        bodyId: filters.bodyId || undefined, hasOutcome: OUTCOME_FILTERS[filters.outcome], page: query.page || undefined, pageSize: PAGE_SIZE,
      } as FeedbackFilter);
    } catch (error) {
      errors = errorsFor(error, t, 'feedback.list');
      void reply.code(400);
    }
    const bodies = await listBodies(ctx);
    const pages = pagination(request.url, result.page, result.pageSize, result.total, t);
    const from = result.total ? (result.page - 1) * result.pageSize + 1 : 0;
    return reply.page('feedback/list.njk', {
      feedback: result.items.map((f) => ({ ...f, mayRecord: canRecordFeedback(request.viewer, f.bodyId) })),
      showing: t('common.showing', { from, to: from ? from + result.items.length - 1 : 0, total: result.total }),
      filters,
      errors,
      bodies: withBlank(t('feedback.list.anyBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
      outcomes: Object.keys(OUTCOME_FILTERS).map((value) => ({ value, text: t(`feedback.list.outcomes.${value}`) })),
      mayRecord: can(request.viewer, 'feedback.record'),
      pagination: pages && { ...pages, landmarkLabel: t('feedback.list.pagination') },
    });
  });

  app.get('/feedback/new', opts, async (request, reply) => {
    allow(request, 'feedback.record');
    const viewer = request.viewer;
    return feedbackForm(request, reply, {
      bodyId: (request.query as { bodyId?: string }).bodyId ?? '',
      raisedByPersonId: viewer.kind === 'user' && viewer.role === 'member' && viewer.personId ? String(viewer.personId) : '',
    });
  });

  app.post('/feedback/new', opts, async (request, reply) => {
    const form = readForm(request);
    const input = {
      bodyId: required(form, 'bodyId'), meetingId: orNull(form, 'meetingId'),
      raisedByPersonId: orNull(form, 'raisedByPersonId'), challenge: field(form, 'challenge'),
    } as FeedbackInput;
    try {
      const saved = await recordFeedback(request.ctx, input);
      return redirectWith(reply, `/feedback?bodyId=${saved.bodyId}`, request.t('feedback.form.saved'));
    } catch (error) {
      return feedbackForm(request, reply.code(400), form, errorsFor(error, request.t, 'feedback.form'));
    }
  });

  app.get('/feedback/:id/outcome', opts, async (request, reply) => {
    const feedback = await mayRecordOutcome(request);
    return outcomeForm(reply, feedback, { outcome: feedback.outcome ?? '' });
  });

  app.post('/feedback/:id/outcome', opts, async (request, reply) => {
    const feedback = await getFeedback(request.ctx, idParam(request));
    const form = readForm(request);
    try {
      await recordFeedbackOutcome(request.ctx, feedback.id, { outcome: field(form, 'outcome'), outcomeOn: dateInput(form, 'outcomeOn') ?? undefined } as FeedbackOutcomeInput);
      return redirectWith(reply, `/feedback?bodyId=${feedback.bodyId}`, request.t('feedback.outcomeForm.saved'));
    } catch (error) {
      return outcomeForm(reply.code(400), feedback, form, errorsFor(error, request.t, 'feedback.outcomeForm', ['outcomeOn']));
    }
  });
}

/** The outcome form is for those the policy lets record feedback on this body (the service asks again on the post). */
async function mayRecordOutcome(request: FastifyRequest): Promise<FeedbackRow> {
  const feedback = await getFeedback(request.ctx, idParam(request));
  if (!canRecordFeedback(request.viewer, feedback.bodyId)) throw new Forbidden(request.t('feedback.forbidden'));
  return feedback;
}

async function feedbackForm(request: FastifyRequest, reply: FastifyReply, values: Form, errors?: PageErrors) {
  const { ctx, t } = request;
  const bodyId = field(values, 'bodyId');
  const [bodies, meetings, people] = await Promise.all([
    listBodies(ctx),
    listMeetings(ctx, { bodyId: bodyId || undefined, to: ctx.today, order: 'newest', pageSize: 50 }),
    everyone(ctx),
  ]);
  return reply.page('feedback/form.njk', {
    values,
    errors,
    // Only the bodies this viewer may record feedback on.
    bodies: withBlank(t('feedback.form.chooseBody'), bodies.filter((b) => canRecordFeedback(request.viewer, b.id)).map((b) => ({ value: String(b.id), text: b.name }))),
    meetings: withBlank(t('feedback.form.noMeeting'), meetings.items.map((m) => ({ value: String(m.id), text: `${m.bodyShortName} – ${formatDate(m.date, request.lang)}` }))),
    people: withBlank(t('feedback.form.noPerson'), peopleChoices(people)),
  });
}

function outcomeForm(reply: FastifyReply, feedback: FeedbackRow, values: Form, errors?: PageErrors) {
  return reply.page('feedback/outcome.njk', { feedback, values, errors });
}
