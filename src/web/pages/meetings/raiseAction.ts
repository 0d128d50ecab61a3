/**
 * Raising an action at a meeting: under an item, owned by people, organisations and/or a
 * team, due on a date or "as written" ("next meeting", "ASAP").
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { raiseAction, type ActionInput, type OwnerInput } from '../../../services/actions/index.js';
import { listMembers } from '../../../services/bodies/index.js';
import { InvalidInput } from '../../../services/errors.js';
import { getMeeting, type MeetingView } from '../../../services/meetings/index.js';
import { listOrganisations } from '../../../services/people/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from './access.js';
import { everyone, peopleChoices, personText, withBlank } from './choices.js';
import { dateInput, errorsFor, field, orNull, readForm, values, type Form, type PageErrors } from './formInput.js';
import { itemChoices } from './record.js';

export async function raiseActionPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/meetings/:id/actions/new', opts, async (request, reply) => {
    allow(request, 'action.raise');
    const view = await getMeeting(request.ctx, idParam(request));
    const itemId = (request.query as { itemId?: string }).itemId;
    return actionForm(request, reply, view, itemId ? { agendaItemId: itemId } : {});
  });

  app.post('/meetings/:id/actions/new', opts, async (request, reply) => {
    const view = await getMeeting(request.ctx, idParam(request));
    const form = readForm(request);
    const people = [...new Set([...values(form, 'ownerPeople'), field(form, 'ownerOtherPerson')].filter(Boolean))];
    const team = field(form, 'ownerTeam');
    const owners: OwnerInput[] = [
      ...people.map((personId) => ({ personId })),
      ...values(form, 'ownerOrganisations').map((organisationId) => ({ organisationId })),
      ...(team ? [{ team }] : []),
    ] as OwnerInput[];
    const input = {
      meetingId: view.meeting.id,
      agendaItemId: orNull(form, 'agendaItemId'),
      text: field(form, 'text'),
      owners,
      dueDate: dateInput(form, 'dueDate'),
      dueText: orNull(form, 'dueText'),
    } as ActionInput;
    try {
      const action = await raiseAction(request.ctx, input);
      const anchor = action.agendaItemId ? `#item-${action.agendaItemId}` : '#general';
      return redirectWith(reply, `/meetings/${view.meeting.id}${anchor}`, request.t('meetingAction.saved', { reference: action.reference }));
    } catch (error) {
      // Owners are chosen in several fields; a problem with one is shown on the first.
      const onForm = error instanceof InvalidInput
        ? new InvalidInput(error.problems.map((p) => ({ ...p, field: p.field.startsWith('owners') ? 'ownerPeople' : p.field })))
        : error;
      return actionForm(request, reply.code(400), view, form, errorsFor(onForm, request.t, 'meetingAction', ['dueDate']));
    }
  });
}

async function actionForm(request: FastifyRequest, reply: FastifyReply, view: MeetingView, form: Form, errors?: PageErrors) {
  const t = request.t;
  const [members, people, organisations] = await Promise.all([
    listMembers(request.ctx, view.meeting.bodyId, view.meeting.date),
    everyone(request.ctx),
    listOrganisations(request.ctx),
  ]);
  // The likely owners first: those at the meeting and the body's members.
  const likely = new Map<number, string>();
  for (const a of view.attendance) if (a.kind !== 'absent') likely.set(a.personId, personText(a));
  for (const m of members) if (!likely.has(m.personId)) likely.set(m.personId, personText(m));
  const chosen = new Set(values(form, 'ownerPeople'));
  const chosenOrganisations = new Set(values(form, 'ownerOrganisations'));
  return reply.page('meetings/raiseAction.njk', {
    meeting: view.meeting,
    body: view.body,
    action: `/meetings/${view.meeting.id}/actions/new`,
    values: form,
    errors,
    items: itemChoices(view, t),
    likelyOwners: [...likely].map(([id, text]) => ({ value: String(id), text, checked: chosen.has(String(id)) })),
    otherPeople: withBlank(t('meetingAction.choosePerson'), peopleChoices(people.filter((p) => !likely.has(p.id)))),
    organisations: organisations.map((o) => ({ value: String(o.id), text: o.name, checked: chosenOrganisations.has(String(o.id)) })),
  });
}
