/** "Escalate to another body": an action sent by its body to another, for decision or oversight, with the reason. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getActionRow, type ActionListRow } from '../../../services/actions/index.js';
import { listBodies } from '../../../services/bodies/index.js';
import { Conflict } from '../../../services/errors.js';
import { escalate, type EscalationInput } from '../../../services/escalations/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import { withBlank } from '../meetings/choices.js';
import { errorsFor, field, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';

export async function escalateActionPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/actions/:id/escalate', opts, async (request, reply) => {
    allow(request, 'escalation.raise');
    return escalateForm(request, reply, await getActionRow(request.ctx, idParam(request)), {});
  });

  app.post('/actions/:id/escalate', opts, async (request, reply) => {
    const action = await getActionRow(request.ctx, idParam(request));
    const form = readForm(request);
    const input = { fromBodyId: action.bodyId, toBodyId: required(form, 'toBodyId'), actionId: action.id, reason: field(form, 'reason') } as EscalationInput;
    try {
      await escalate(request.ctx, input);
      return redirectWith(reply, `/actions/${action.id}#escalations`, request.t('actionPage.escalateForm.saved', { reference: action.reference }));
    } catch (error) {
      // "Already waiting there" is about the body chosen.
      const onForm = error instanceof Conflict && error.field === 'actionId' ? new Conflict(error.words, 'toBodyId') : error;
      return escalateForm(request, reply.code(400), action, form, errorsFor(onForm, request.t, 'actionPage.escalateForm'));
    }
  });
}

async function escalateForm(request: FastifyRequest, reply: FastifyReply, action: ActionListRow, values: Form, errors?: PageErrors) {
  const bodies = (await listBodies(request.ctx)).filter((b) => b.id !== action.bodyId);
  return reply.page('actions/escalate.njk', {
    action,
    values,
    errors,
    bodies: withBlank(request.t('actionPage.escalateForm.chooseBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
  });
}
