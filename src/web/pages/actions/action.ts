/**
 * An action's page: what it is and where it arose, its history as a timeline, its escalations,
 * and — for those the policy lets update it — the update form with the statuses it may move to.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canUpdateAction } from '../../../domain/access.js';
import { allowedNextStatuses, needsNote, type ActionStatus } from '../../../domain/actionStatus.js';
import { RAG_VALUES } from '../../../domain/rag.js';
import {
  actionHistory, actionLinks, getActionRow, postUpdate, type ActionListRow, type ActionUpdateInput,
} from '../../../services/actions/index.js';
import { getBody } from '../../../services/bodies/index.js';
import { Conflict } from '../../../services/errors.js';
import { escalationsOfAction } from '../../../services/escalations/index.js';
import { listMeetings } from '../../../services/meetings/index.js';
import { formatDate, type Translate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { idParam, mayFor } from '../meetings/access.js';
import { withBlank } from '../meetings/choices.js';
import { errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';

/** The RAG choice "worked out" clears the owner's own RAG, so it is derived again. */
const DERIVED = 'derived';

export async function actionPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/actions/:id', opts, async (request, reply) => actionPage(request, reply, await getActionRow(request.ctx, idParam(request)), {}));

  app.post('/actions/:id/updates', opts, async (request, reply) => {
    const action = await getActionRow(request.ctx, idParam(request));
    const form = readForm(request);
    const status = field(form, 'status') || undefined;
    const rag = field(form, 'rag');
    const input = {
      text: field(form, 'text'),
      status,
      rag: rag === DERIVED ? null : rag || undefined,
      evidence: orNull(form, 'evidence'),
      meetingId: orNull(form, 'meetingId'),
    } as ActionUpdateInput;
    try {
      await postUpdate(request.ctx, action.id, input);
      return redirectWith(reply, `/actions/${action.id}#history`, request.t('actionPage.update.saved', { reference: action.reference }));
    } catch (error) {
      const errors = errorsFor(transitionInWords(error, action.status, status, request.t), request.t, 'actionPage.update');
      return actionPage(request, reply.code(400), action, form, errors);
    }
  });
}

/** The service explains a refused status change in English; the page says it in the reader's language. */
function transitionInWords(error: unknown, from: ActionStatus, to: string | undefined, t: Translate): unknown {
  if (!(error instanceof Conflict) || error.field !== 'status' || !to) return error;
  const allowed = allowedNextStatuses(from).map((s) => t(`status.${s}`)).join(', ');
  return new Conflict(t('actionPage.update.errors.transition', { from: t(`status.${from}`), to: t(`status.${to}`), allowed }), 'status');
}

/** Radios with the chosen one checked; "no change" (the blank value) when none was chosen. */
function checked<T extends { value: string }>(chosen: Form[string] | undefined, choices: T[]) {
  const value = [chosen ?? ''].flat()[0] ?? '';
  return choices.map((c) => ({ ...c, checked: c.value === value }));
}

async function actionPage(request: FastifyRequest, reply: FastifyReply, action: ActionListRow, values: Form, errors?: PageErrors) {
  const { ctx, t } = request;
  const mayUpdate = canUpdateAction(request.viewer, { ownerPersonIds: action.owners.flatMap((o) => (o.personId ? [o.personId] : [])) });
  const [history, links, escalations, body, meetings] = await Promise.all([
    actionHistory(ctx, action.id),
    actionLinks(ctx, action.id),
    escalationsOfAction(ctx, action.id),
    getBody(ctx, action.bodyId),
    mayUpdate ? listMeetings(ctx, { bodyId: action.bodyId, order: 'newest', pageSize: 24 }) : null,
  ]);
  return reply.page('actions/action.njk', {
    action,
    body,
    links,
    // Newest first, as a timeline reads.
    history: [...history].reverse(),
    escalations,
    mayUpdate,
    may: mayFor(request),
    values,
    errors,
    statusChoices: checked(values.status, [
      { value: '', text: t('actionPage.update.keepStatus', { status: t(`status.${action.status}`) }) },
      ...allowedNextStatuses(action.status).map((s) => ({
        value: s,
        text: t(`status.${s}`),
        hint: needsNote(action.status, s) ? { text: t('actionPage.update.needsNote') } : undefined,
      })),
    ]),
    ragChoices: checked(values.rag, [
      { value: '', text: t('actionPage.update.keepRag') },
      ...RAG_VALUES.map((r) => ({ value: r, text: t(`rag.${r}`) })),
      { value: DERIVED, text: t('actionPage.update.derivedRag') },
    ]),
    meetings: withBlank(t('actionPage.update.noMeeting'), (meetings?.items ?? []).map((m) => ({ value: String(m.id), text: formatDate(m.date, request.lang) }))),
  });
}
