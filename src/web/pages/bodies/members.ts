/** A body's members: adding someone, and ending a membership on a date. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MEMBERSHIP_ROLES } from '../../../domain/bodies.js';
import { addMember, getBody, listMembers, updateMembership, type Body, type MembershipInput } from '../../../services/bodies/index.js';
import { NotFound } from '../../../services/errors.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import { everyone, peopleChoices, personText, translated, withBlank } from '../meetings/choices.js';
import { dateInput, dateValues, errorsFor, orNull, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';

export async function memberPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/bodies/:id/members/new', opts, async (request, reply) => {
    allow(request, 'record.edit');
    const body = await getBody(request.ctx, idParam(request));
    return addForm(request, reply, body, { role: 'member' });
  });

  app.post('/bodies/:id/members/new', opts, async (request, reply) => {
    const body = await getBody(request.ctx, idParam(request));
    const form = readForm(request);
    const input = {
      personId: required(form, 'personId'),
      role: required(form, 'role'),
      linkTheme: orNull(form, 'linkTheme'),
      fromDate: dateInput(form, 'fromDate'),
    } as MembershipInput;
    try {
      await addMember(request.ctx, body.id, input);
      return redirectWith(reply, `/bodies/${body.id}#members`, request.t('bodies.members.added'));
    } catch (error) {
      return addForm(request, reply.code(400), body, form, errorsFor(error, request.t, 'bodies.members', ['fromDate']));
    }
  });

  app.get('/bodies/:id/members/:membershipId/end', opts, async (request, reply) => {
    allow(request, 'record.edit');
    const { body, member } = await membership(request);
    return endForm(request, reply, body, member, dateValues('toDate', request.ctx.today));
  });

  app.post('/bodies/:id/members/:membershipId/end', opts, async (request, reply) => {
    const { body, member } = await membership(request);
    const form = readForm(request);
    try {
      // A blank date must not quietly leave the membership open, so it goes to the service as one.
      await updateMembership(request.ctx, member.membershipId, { toDate: dateInput(form, 'toDate') ?? '' });
      return redirectWith(reply, `/bodies/${body.id}#members`, request.t('bodies.members.ended', { name: member.name }));
    } catch (error) {
      return endForm(request, reply.code(400), body, member, form, errorsFor(error, request.t, 'bodies.members', ['toDate']));
    }
  });
}

async function membership(request: FastifyRequest) {
  const body = await getBody(request.ctx, idParam(request));
  const id = idParam(request, 'membershipId');
  const member = (await listMembers(request.ctx, body.id)).find((m) => m.membershipId === id);
  if (!member) throw new NotFound('membership', id);
  return { body, member };
}

async function addForm(request: FastifyRequest, reply: FastifyReply, body: Body, values: Form, errors?: PageErrors) {
  const t = request.t;
  return reply.page('bodies/addMember.njk', {
    body,
    values,
    errors,
    people: withBlank(t('bodies.members.choosePerson'), peopleChoices(await everyone(request.ctx))),
    roles: translated(t, 'bodies.roles', MEMBERSHIP_ROLES),
  });
}

function endForm(request: FastifyRequest, reply: FastifyReply, body: Body, member: { membershipId: number; name: string; honorific: string | null }, values: Form, errors?: PageErrors) {
  return reply.page('bodies/endMember.njk', { body, membershipId: member.membershipId, memberName: personText(member), values, errors });
}
