/** A body's work programme: adding a topic for a future meeting, and changing one (its plan, lead or status). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getBody, listMembers, type Body } from '../../../services/bodies/index.js';
import { NotFound } from '../../../services/errors.js';
import { listMeetings, type MeetingListRow } from '../../../services/meetings/index.js';
import {
  addWorkItem, getWorkItem, updateWorkItem, workItemInput, type WorkItemInput, type WorkItemRow, type WorkItemUpdate,
} from '../../../services/workProgramme/index.js';
import { formatDate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import { personText, translated, withBlank, type Choice } from '../meetings/choices.js';
import { errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';

const SECTION = 'bodies.workProgramme';
/** proposed, scheduled, done, dropped: as the service's own schema has them. */
const STATUSES = workItemInput.shape.status.unwrap().options;

export async function workProgrammePages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/bodies/:id/work-programme/new', opts, async (request, reply) => {
    allow(request, 'workProgramme.edit');
    const body = await getBody(request.ctx, idParam(request));
    return topicForm(request, reply, body, null, {});
  });

  app.post('/bodies/:id/work-programme/new', opts, async (request, reply) => {
    allow(request, 'workProgramme.edit');
    const body = await getBody(request.ctx, idParam(request));
    const form = readForm(request);
    try {
      const item = await addWorkItem(request.ctx, { bodyId: body.id, ...topicInput(form) } as WorkItemInput);
      return redirectWith(reply, `/bodies/${body.id}#work-programme`, request.t(`${SECTION}.added`, { topic: item.topic }));
    } catch (error) {
      return topicForm(request, reply.code(400), body, null, form, errorsFor(error, request.t, SECTION));
    }
  });

  app.get('/bodies/:id/work-programme/:itemId/edit', opts, async (request, reply) => {
    allow(request, 'workProgramme.edit');
    const { body, item } = await workItem(request);
    return topicForm(request, reply, body, item, valuesOf(item));
  });

  app.post('/bodies/:id/work-programme/:itemId/edit', opts, async (request, reply) => {
    allow(request, 'workProgramme.edit');
    const { body, item } = await workItem(request);
    const form = readForm(request);
    // A status left as it was goes unsaid, so that planning a proposed topic for a meeting schedules it.
    const status = field(form, 'status');
    const input = { ...topicInput(form), status: status && status !== item.status ? status : undefined } as WorkItemUpdate;
    try {
      const after = await updateWorkItem(request.ctx, item.id, input);
      return redirectWith(reply, `/bodies/${body.id}#work-programme`, request.t(`${SECTION}.saved`, { topic: after.topic }));
    } catch (error) {
      return topicForm(request, reply.code(400), body, item, form, errorsFor(error, request.t, SECTION));
    }
  });
}

/** The fields both forms share; the topic goes as typed, so that a blank one is reported rather than left unchanged. */
function topicInput(form: Form) {
  return {
    topic: field(form, 'topic'),
    description: orNull(form, 'description'),
    requestedBy: orNull(form, 'requestedBy'),
    requestedAtMeetingId: orNull(form, 'requestedAtMeetingId'),
    plannedFor: orNull(form, 'plannedFor'),
    plannedMeetingId: orNull(form, 'plannedMeetingId'),
    leadPersonId: orNull(form, 'leadPersonId'),
  };
}

function valuesOf(item: WorkItemRow): Form {
  const idText = (id: number | null) => (id ? String(id) : '');
  return {
    topic: item.topic,
    description: item.description ?? '',
    requestedBy: item.requestedBy ?? '',
    requestedAtMeetingId: idText(item.requestedAtMeetingId),
    plannedFor: item.plannedFor ?? '',
    plannedMeetingId: idText(item.plannedMeetingId),
    leadPersonId: idText(item.leadPersonId),
    status: item.status,
  };
}

/** The item named in the path, which must be on this body's work programme. */
async function workItem(request: FastifyRequest) {
  const body = await getBody(request.ctx, idParam(request));
  const itemId = idParam(request, 'itemId');
  const item = await getWorkItem(request.ctx, itemId);
  if (item.bodyId !== body.id) throw new NotFound('work programme item', itemId);
  return { body, item };
}

async function topicForm(request: FastifyRequest, reply: FastifyReply, body: Body, item: WorkItemRow | null, values: Form, errors?: PageErrors) {
  const { ctx, t, lang } = request;
  const [held, upcoming, members] = await Promise.all([
    listMeetings(ctx, { bodyId: body.id, order: 'newest', pageSize: 24 }),
    listMeetings(ctx, { bodyId: body.id, from: ctx.today, order: 'oldest', pageSize: 24 }),
    listMembers(ctx, body.id),
  ]);
  const meetingText = (m: Pick<MeetingListRow, 'date' | 'type'>) => `${formatDate(m.date, lang)} (${t(`meetings.types.${m.type}`)})`;
  const meetingChoices = (rows: MeetingListRow[]): Choice[] => rows.map((m) => ({ value: String(m.id), text: meetingText(m) }));
  const planned = meetingChoices(upcoming.items);
  // A topic already planned for a meeting now past keeps it as a choice, so that saving does not lose it.
  if (item?.plannedMeetingId && !planned.some((c) => c.value === String(item.plannedMeetingId))) {
    planned.unshift({ value: String(item.plannedMeetingId), text: formatDate(item.plannedMeetingDate, lang) });
  }
  const leads: Choice[] = [];
  for (const m of members) if (!leads.some((c) => c.value === String(m.personId))) leads.push({ value: String(m.personId), text: personText(m) });
  if (item?.leadPersonId && !leads.some((c) => c.value === String(item.leadPersonId))) {
    leads.push({ value: String(item.leadPersonId), text: item.leadPersonName ?? String(item.leadPersonId) });
  }
  return reply.page('bodies/workItem.njk', {
    body,
    item,
    values,
    errors,
    requestedAt: withBlank(t(`${SECTION}.noMeeting`), meetingChoices(held.items)),
    plannedMeetings: withBlank(t(`${SECTION}.noPlannedMeeting`), planned),
    leads: withBlank(t(`${SECTION}.noLead`), leads),
    statuses: translated(t, `${SECTION}.statuses`, STATUSES),
  });
}
