/** The bodies: their list, a body's page, and the forms to add and edit one (members and work programme beside). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BODY_KINDS } from '../../../domain/bodies.js';
import { addDays } from '../../../domain/dates.js';
import { listActions } from '../../../services/actions/index.js';
import {
  bodiesOverview, createBody, getBody, listBodies, listMembers, reportingBodies, reportingChain, updateBody,
  type Body, type BodyInput,
} from '../../../services/bodies/index.js';
import { listEscalations } from '../../../services/escalations/index.js';
import { listMeetings } from '../../../services/meetings/index.js';
import { listOrganisations } from '../../../services/people/index.js';
import { listWorkProgramme } from '../../../services/workProgramme/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam, mayFor } from '../meetings/access.js';
import { errorsFor, field, orNull, readForm, required, type Form, type PageErrors } from '../meetings/formInput.js';
import { memberPages } from './members.js';
import { workProgrammePages } from './workProgramme.js';

export async function bodiesPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/bodies', opts, async (request, reply) => {
    const overview = await bodiesOverview(request.ctx);
    const names = new Map(overview.map((b) => [b.id, b.name]));
    return reply.page('bodies/list.njk', {
      bodies: overview.map((b) => ({ ...b, reportsToName: b.reportsToId ? names.get(b.reportsToId) : null })),
      may: mayFor(request),
    });
  });

  app.get('/bodies/new', opts, async (request, reply) => {
    allow(request, 'record.edit');
    return bodyForm(request, reply, null, {});
  });

  app.post('/bodies/new', opts, async (request, reply) => {
    const form = readForm(request);
    try {
      const body = await createBody(request.ctx, bodyInput(form));
      return redirectWith(reply, `/bodies/${body.id}`, request.t('bodies.form.created', { name: body.name }));
    } catch (error) {
      return bodyForm(request, reply.code(400), null, form, errorsFor(error, request.t, 'bodies.form'));
    }
  });

  app.get('/bodies/:id', opts, async (request, reply) => reply.page('bodies/body.njk', await bodyPage(request)));

  app.get('/bodies/:id/edit', opts, async (request, reply) => {
    allow(request, 'record.edit');
    const body = await getBody(request.ctx, idParam(request));
    const values = { name: body.name, shortName: body.shortName, kind: body.kind, reportsToId: String(body.reportsToId ?? ''), organisationId: String(body.organisationId ?? ''), description: body.description ?? '' };
    return bodyForm(request, reply, body, values);
  });

  app.post('/bodies/:id/edit', opts, async (request, reply) => {
    const body = await getBody(request.ctx, idParam(request));
    const form = readForm(request);
    try {
      const after = await updateBody(request.ctx, body.id, bodyInput(form));
      return redirectWith(reply, `/bodies/${body.id}`, request.t('bodies.form.saved', { name: after.name }));
    } catch (error) {
      return bodyForm(request, reply.code(400), body, form, errorsFor(error, request.t, 'bodies.form'));
    }
  });

  await app.register(memberPages);
  await app.register(workProgrammePages);
}

function bodyInput(form: Form): BodyInput {
  return {
    name: field(form, 'name'),
    shortName: field(form, 'shortName'),
    kind: required(form, 'kind'),
    reportsToId: orNull(form, 'reportsToId'),
    organisationId: orNull(form, 'organisationId'),
    description: orNull(form, 'description'),
  } as BodyInput;
}

async function bodyForm(request: FastifyRequest, reply: FastifyReply, body: Body | null, values: Form, errors?: PageErrors) {
  const t = request.t;
  const [all, organisations] = await Promise.all([listBodies(request.ctx), listOrganisations(request.ctx)]);
  const others = all.filter((b) => b.id !== body?.id);
  return reply.page('bodies/form.njk', {
    body,
    values,
    errors,
    kinds: BODY_KINDS.map((k) => ({ value: k, text: t(`bodies.kinds.${k}`) })),
    reportsTo: [{ value: '', text: t('bodies.form.reportsToNone') }, ...others.map((b) => ({ value: String(b.id), text: b.name }))],
    organisations: [{ value: '', text: t('bodies.form.organisationNone') }, ...organisations.map((o) => ({ value: String(o.id), text: o.name }))],
  });
}

/** Everything on a body's page: summary, reporting chain, members, meetings, open actions, work programme. */
async function bodyPage(request: FastifyRequest) {
  const ctx = request.ctx;
  const body = await getBody(ctx, idParam(request));
  const [chain, below, members, upcoming, past, actions, work, waiting, organisations] = await Promise.all([
    reportingChain(ctx, body.id),
    reportingBodies(ctx, body.id),
    listMembers(ctx, body.id),
    listMeetings(ctx, { bodyId: body.id, from: ctx.today, order: 'oldest', pageSize: 10 }),
    listMeetings(ctx, { bodyId: body.id, to: addDays(ctx.today, -1), order: 'newest', pageSize: 10 }),
    listActions(ctx, { bodyId: body.id, open: true, sort: 'due', pageSize: 20 }),
    listWorkProgramme(ctx, { bodyId: body.id, pageSize: 50 }),
    listEscalations(ctx, { toBodyId: body.id, status: ['waiting'], pageSize: 20 }),
    body.organisationId ? listOrganisations(ctx) : [],
  ]);
  return {
    body,
    organisationName: organisations.find((o) => o.id === body.organisationId)?.name ?? null,
    // Top of the chain first, down to this body.
    chainDown: [...chain].reverse(),
    below,
    members,
    upcoming: upcoming.items,
    past: past.items,
    pastMore: past.total > past.items.length,
    actions: actions.items,
    actionsTotal: actions.total,
    work: work.items,
    waiting: waiting.items,
    may: mayFor(request),
  };
}
