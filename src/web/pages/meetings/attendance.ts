/**
 * Recording attendance: each member of the body (on the meeting's date) and anyone already
 * recorded, present / apologies / in attendance / absent, with initials and role; plus one
 * more person chosen from everyone on record.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ATTENDANCE_KINDS } from '../../../domain/meetings.js';
import { listMembers } from '../../../services/bodies/index.js';
import { InvalidInput } from '../../../services/errors.js';
import { getMeeting, recordAttendance, type AttendanceInput, type MeetingView } from '../../../services/meetings/index.js';
import { listOrganisations, type PersonRow } from '../../../services/people/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow, idParam } from './access.js';
import { everyone, peopleChoices, personText, translated, withBlank } from './choices.js';
import { errorsFor, field, readForm, type Form, type PageErrors } from './formInput.js';

interface Row {
  personId: number;
  name: string;
  /** Their role on the body, to help whoever fills the form in. */
  membership: string | null;
}

export async function attendancePages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/meetings/:id/attendance', opts, async (request, reply) => {
    allow(request, 'meeting.edit');
    const view = await getMeeting(request.ctx, idParam(request));
    const { rows } = await attendanceRows(request, view);
    const values: Form = {};
    rows.forEach((row, i) => {
      const recorded = view.attendance.find((a) => a.personId === row.personId);
      values[`attendees-${i}-kind`] = recorded?.kind ?? '';
      values[`attendees-${i}-initials`] = recorded?.initials ?? '';
      values[`attendees-${i}-role`] = recorded?.role ?? '';
    });
    return attendanceForm(request, reply, view, values);
  });

  app.post('/meetings/:id/attendance', opts, async (request, reply) => {
    const view = await getMeeting(request.ctx, idParam(request));
    const form = readForm(request);
    const { rows, people } = await attendanceRows(request, view);
    const organisations = await listOrganisations(request.ctx);
    const organisationOf = (personId: number) => {
      // Keep the organisation they were recorded as attending for; else the one they belong to.
      const recorded = view.attendance.find((a) => a.personId === personId)?.organisationName;
      return organisations.find((o) => o.name === recorded)?.id ?? people.find((p) => p.id === personId)?.organisationId ?? null;
    };
    const attendees: AttendanceInput['attendees'] = [];
    const formRow: number[] = [];
    // The last row is "someone else": their person comes from a select, not a hidden field.
    for (let i = 0; i <= rows.length; i++) {
      const kind = field(form, `attendees-${i}-kind`);
      const personId = i < rows.length ? rows[i]!.personId : Number(field(form, `attendees-${i}-personId`)) || null;
      if (!kind && !(i === rows.length && personId)) continue;
      attendees.push({
        personId: personId ?? 0,
        kind: (kind || 'present') as (typeof ATTENDANCE_KINDS)[number],
        initials: field(form, `attendees-${i}-initials`) || null,
        role: field(form, `attendees-${i}-role`) || null,
        organisationId: personId ? organisationOf(personId) : null,
      });
      formRow.push(i);
    }
    try {
      await recordAttendance(request.ctx, view.meeting.id, { attendees });
      return redirectWith(reply, `/meetings/${view.meeting.id}#attendance`, request.t('attendance.saved'));
    } catch (error) {
      // The service numbers the people it was sent; the form numbers its rows.
      const renumbered = error instanceof InvalidInput
        ? new InvalidInput(error.problems.map((p) => ({ ...p, field: p.field.replace(/^attendees\.(\d+)/, (_, n: string) => `attendees.${formRow[Number(n)] ?? n}`) })))
        : error;
      return attendanceForm(request, reply.code(400), view, form, errorsFor(renumbered, request.t, 'attendance'));
    }
  });
}

/** Members of the body on the meeting's date, then anyone else already recorded. */
async function attendanceRows(request: FastifyRequest, view: MeetingView): Promise<{ rows: Row[]; people: PersonRow[] }> {
  const [members, people] = await Promise.all([listMembers(request.ctx, view.meeting.bodyId, view.meeting.date), everyone(request.ctx)]);
  const rows: Row[] = [];
  for (const m of members) {
    if (rows.some((r) => r.personId === m.personId)) continue;
    rows.push({ personId: m.personId, name: personText(m), membership: request.t(`bodies.roles.${m.role}`) });
  }
  for (const a of view.attendance) {
    if (!rows.some((r) => r.personId === a.personId)) rows.push({ personId: a.personId, name: personText(a), membership: null });
  }
  return { rows, people };
}

async function attendanceForm(request: FastifyRequest, reply: FastifyReply, view: MeetingView, values: Form, errors?: PageErrors) {
  const t = request.t;
  const { rows, people } = await attendanceRows(request, view);
  const listed = new Set(rows.map((r) => r.personId));
  return reply.page('meetings/attendance.njk', {
    meeting: view.meeting,
    body: view.body,
    rows,
    values,
    errors,
    kinds: withBlank(t('attendance.notRecorded'), translated(t, 'attendance.kinds', ATTENDANCE_KINDS)),
    others: withBlank(t('attendance.choosePerson'), peopleChoices(people.filter((p) => !listed.has(p.id)))),
  });
}
