/** A meeting's page, scheduling and editing a meeting, and moving it through its life. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MEETING_STATUSES, MEETING_TYPES, PROTECTIVE_MARKINGS, canMoveMeeting } from '../../../domain/meetings.js';
import { getBody, listBodies } from '../../../services/bodies/index.js';
import { listDocuments } from '../../../services/documents/index.js';
import {
  getMeeting, getMeetingRow, scheduleMeeting, setMeetingStatus, updateMeeting,
  type Meeting, type MeetingInput, type MeetingView,
} from '../../../services/meetings/index.js';
import { formatDate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam, mayFor } from './access.js';
import { translated, withBlank } from './choices.js';
import { dateInput, dateValues, errorsFor, field, orNull, readForm, required, type Form, type PageErrors } from './formInput.js';

export async function meetingPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/meetings/new', opts, async (request, reply) => {
    allow(request, 'meeting.edit');
    const bodyId = (request.query as { bodyId?: string }).bodyId ?? '';
    return meetingForm(request, reply, null, { bodyId, type: 'ordinary', protectiveMarking: 'OFFICIAL' });
  });

  app.post('/meetings/new', opts, async (request, reply) => {
    const form = readForm(request);
    try {
      const meeting = await scheduleMeeting(request.ctx, { ...meetingInput(form), bodyId: required(form, 'bodyId') } as MeetingInput);
      return redirectWith(reply, `/meetings/${meeting.id}`, request.t('meeting.form.scheduled', { date: formatDate(meeting.date, request.lang) }));
    } catch (error) {
      return meetingForm(request, reply.code(400), null, form, errorsFor(error, request.t, 'meeting.form', ['date']));
    }
  });

  app.get('/meetings/:id', opts, async (request, reply) => meetingPage(request, reply, await getMeeting(request.ctx, idParam(request))));

  app.get('/meetings/:id/edit', opts, async (request, reply) => {
    allow(request, 'meeting.edit');
    const meeting = await getMeetingRow(request.ctx, idParam(request));
    const values: Form = {
      type: meeting.type, title: meeting.title ?? '', startTime: meeting.startTime ?? '', endTime: meeting.endTime ?? '',
      venue: meeting.venue ?? '', virtual: meeting.virtual ? 'yes' : '', protectiveMarking: meeting.protectiveMarking,
      ...dateValues('date', meeting.date),
    };
    return meetingForm(request, reply, meeting, values);
  });

  app.post('/meetings/:id/edit', opts, async (request, reply) => {
    const meeting = await getMeetingRow(request.ctx, idParam(request));
    const form = readForm(request);
    try {
      await updateMeeting(request.ctx, meeting.id, meetingInput(form));
      return redirectWith(reply, `/meetings/${meeting.id}`, request.t('meeting.form.saved'));
    } catch (error) {
      return meetingForm(request, reply.code(400), meeting, form, errorsFor(error, request.t, 'meeting.form', ['date']));
    }
  });

  app.post('/meetings/:id/status', opts, async (request, reply) => {
    const id = idParam(request);
    const status = field(readForm(request), 'status');
    try {
      const meeting = await setMeetingStatus(request.ctx, id, { status } as { status: Meeting['status'] });
      return redirectWith(reply, `/meetings/${id}`, request.t('meeting.statusMoved', { status: request.t(`status.${meeting.status}`) }));
    } catch (error) {
      const errors = errorsFor(error, request.t, 'meeting');
      return meetingPage(request, reply.code(400), await getMeeting(request.ctx, id), errors);
    }
  });
}

/** "14.30" and "9:30" are how people type times; the record keeps HH:MM. */
function time(value: string | null): string | null {
  const m = value && /^(\d{1,2})[:.](\d{2})$/.exec(value);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : value;
}

function meetingInput(form: Form): Omit<MeetingInput, 'bodyId'> {
  return {
    type: required(form, 'type'),
    title: orNull(form, 'title'),
    date: dateInput(form, 'date') ?? undefined,
    startTime: time(orNull(form, 'startTime')),
    endTime: time(orNull(form, 'endTime')),
    venue: orNull(form, 'venue'),
    virtual: field(form, 'virtual') === 'yes',
    protectiveMarking: required(form, 'protectiveMarking'),
  } as Omit<MeetingInput, 'bodyId'>;
}

async function meetingForm(request: FastifyRequest, reply: FastifyReply, meeting: Meeting | null, values: Form, errors?: PageErrors) {
  const t = request.t;
  const bodies = meeting ? [] : await listBodies(request.ctx);
  return reply.page('meetings/form.njk', {
    meeting,
    body: meeting ? await getBody(request.ctx, meeting.bodyId) : null,
    values,
    errors,
    bodies: withBlank(t('meeting.form.chooseBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
    types: translated(t, 'meetings.types', MEETING_TYPES),
    markings: translated(t, 'meetings.markings', PROTECTIVE_MARKINGS),
  });
}

/** Who was there: present grouped by the organisation they came for, then in attendance, apologies, absent. */
function attendanceGroups(view: MeetingView) {
  const byKind = (kind: string) => view.attendance.filter((a) => a.kind === kind);
  const groups = new Map<string, MeetingView['attendance']>();
  for (const a of byKind('present')) {
    const key = a.organisationName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return {
    present: [...groups].map(([organisation, people]) => ({ organisation, people })),
    inAttendance: byKind('in attendance'),
    apologies: byKind('apologies'),
    absent: byKind('absent'),
  };
}

/** What the meeting templates need beside the view: attendance grouped, every decision, item numbers. */
export function meetingData(view: MeetingView) {
  const numbered = (item: { number: string | null }) => item.number ?? '';
  return {
    ...view,
    attendance: attendanceGroups(view),
    decisions: [
      ...view.items.flatMap((i) => i.decisions.map((d) => ({ ...d, itemNumber: numbered(i), itemId: i.id }))),
      ...view.general.decisions.map((d) => ({ ...d, itemNumber: '', itemId: null })),
    ],
    itemNumbers: Object.fromEntries(view.items.map((i) => [i.id, numbered(i)])),
  };
}

export async function meetingPage(request: FastifyRequest, reply: FastifyReply, view: MeetingView, errors?: PageErrors) {
  const may = mayFor(request);
  const papers = await listDocuments(request.ctx, { meetingId: view.meeting.id, pageSize: 100 });
  const moves = may('meeting.edit')
    ? MEETING_STATUSES.filter((s) => canMoveMeeting(view.meeting.status, s) && (s !== 'published' || may('meeting.publish')))
    : [];
  return reply.page('meetings/meeting.njk', {
    ...meetingData(view),
    errors,
    papers: papers.items,
    moves,
    publicView: false,
    may,
  });
}
