/** The secretariat's "Edit action": its words, owners and due date. The reference never changes. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { editAction, getActionRow, type ActionEdit, type ActionListRow, type OwnerInput } from '../../../services/actions/index.js';
import { listMembers } from '../../../services/bodies/index.js';
import { InvalidInput } from '../../../services/errors.js';
import { listOrganisations } from '../../../services/people/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import { everyone, peopleChoices, personText, withBlank } from '../meetings/choices.js';
import { dateInput, dateValues, errorsFor, field, orNull, readForm, values, type Form, type PageErrors } from '../meetings/formInput.js';

export async function editActionPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/actions/:id/edit', opts, async (request, reply) => {
    allow(request, 'action.raise');
    const action = await getActionRow(request.ctx, idParam(request));
    const owned = (key: 'personId' | 'organisationId') => action.owners.flatMap((o) => (o[key] ? [String(o[key])] : []));
    return editForm(request, reply, action, {
      text: action.text,
      ownerPeople: owned('personId'),
      ownerOrganisations: owned('organisationId'),
      ownerTeam: action.owners.find((o) => o.team)?.team ?? '',
      dueText: action.dueText ?? '',
      ...dateValues('dueDate', action.dueDate),
    });
  });

  app.post('/actions/:id/edit', opts, async (request, reply) => {
    const action = await getActionRow(request.ctx, idParam(request));
    const form = readForm(request);
    const input = { text: field(form, 'text'), owners: ownersFrom(form), dueDate: dateInput(form, 'dueDate'), dueText: orNull(form, 'dueText') } as ActionEdit;
    try {
      await editAction(request.ctx, action.id, input);
      return redirectWith(reply, `/actions/${action.id}`, request.t('actionPage.editForm.saved', { reference: action.reference }));
    } catch (error) {
      // Owners are chosen in several fields; a problem with one is shown on the first.
      const onForm = error instanceof InvalidInput
        ? new InvalidInput(error.problems.map((p) => ({ ...p, field: p.field.startsWith('owners') ? 'ownerPeople' : p.field })))
        : error;
      return editForm(request, reply.code(400), action, form, errorsFor(onForm, request.t, 'actionPage.editForm', ['dueDate']));
    }
  });
}

/** People ticked or chosen, organisations ticked, and a team typed: in that order. */
function ownersFrom(form: Form): OwnerInput[] {
  const people = [...new Set([...values(form, 'ownerPeople'), field(form, 'ownerOtherPerson')].filter(Boolean))];
  const team = field(form, 'ownerTeam');
  return [
    ...people.map((personId) => ({ personId })),
    ...values(form, 'ownerOrganisations').map((organisationId) => ({ organisationId })),
    ...(team ? [{ team }] : []),
  ] as OwnerInput[];
}

async function editForm(request: FastifyRequest, reply: FastifyReply, action: ActionListRow, form: Form, errors?: PageErrors) {
  const t = request.t;
  const [members, people, organisations] = await Promise.all([
    listMembers(request.ctx, action.bodyId), everyone(request.ctx), listOrganisations(request.ctx),
  ]);
  // The likely owners as tick boxes: those who own it now, then the body's members.
  const likely = new Map<number, string>();
  for (const o of action.owners) if (o.personId) likely.set(o.personId, personText(people.find((p) => p.id === o.personId) ?? o));
  for (const m of members) if (!likely.has(m.personId)) likely.set(m.personId, personText(m));
  const chosen = new Set(values(form, 'ownerPeople'));
  const chosenOrganisations = new Set(values(form, 'ownerOrganisations'));
  return reply.page('actions/edit.njk', {
    action,
    values: form,
    errors,
    likelyOwners: [...likely].map(([id, text]) => ({ value: String(id), text, checked: chosen.has(String(id)) })),
    otherPeople: withBlank(t('actionPage.editForm.choosePerson'), peopleChoices(people.filter((p) => !likely.has(p.id)))),
    organisations: organisations.map((o) => ({ value: String(o.id), text: o.name, checked: chosenOrganisations.has(String(o.id)) })),
  });
}
