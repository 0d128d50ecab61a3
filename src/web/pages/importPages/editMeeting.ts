/** /import/:id/edit/meeting: the body, title, date, time and venue of the meeting, and the next meeting. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ExtractionRecord } from '../../../extract/record.js';
import { redirectWith, signedIn } from '../forms.js';
import { dateInput, dateValues, errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';
import { clockTime, recordToChange, saveChanged, type UnderReview } from './changeRecord.js';

/** The record's fields and the form's. */
const FIELDS: Record<string, string> = {
  'meeting.body': 'body', 'meeting.title': 'title', 'meeting.date': 'date', 'meeting.startTime': 'startTime', 'meeting.venue': 'venue',
  'nextMeeting.date': 'nextDate', 'nextMeeting.startTime': 'nextStartTime', 'nextMeeting.venue': 'nextVenue',
};
const DATE_FIELDS = ['date', 'nextDate'];

export async function editMeetingPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/import/:id/edit/meeting', opts, async (request, reply) => {
    const found = await recordToChange(request, reply);
    return found && meetingForm(request, reply, found, valuesOf(found.record));
  });

  app.post('/import/:id/edit/meeting', opts, async (request, reply) => {
    const found = await recordToChange(request, reply);
    if (!found) return reply;
    const form = readForm(request);
    const next = { date: dateInput(form, 'nextDate'), startTime: clockTime(field(form, 'nextStartTime')), venue: orNull(form, 'nextVenue') };
    const record: ExtractionRecord = {
      ...found.record,
      meeting: { body: orNull(form, 'body'), title: orNull(form, 'title'), date: dateInput(form, 'date'), startTime: clockTime(field(form, 'startTime')), venue: orNull(form, 'venue') },
      nextMeeting: next.date || next.startTime || next.venue ? next : null,
    };
    try {
      await saveChanged(request, found.id, record, (f) => FIELDS[f] ?? null);
      return redirectWith(reply, `/import/${found.id}#meeting`, request.t('importPages.meetingForm.saved'));
    } catch (error) {
      return meetingForm(request, reply.code(400), found, form, errorsFor(error, request.t, 'importPages.meetingForm', DATE_FIELDS));
    }
  });
}

function valuesOf(record: ExtractionRecord): Form {
  const { meeting, nextMeeting } = record;
  return {
    body: meeting.body ?? '', title: meeting.title ?? '', startTime: meeting.startTime ?? '', venue: meeting.venue ?? '',
    ...dateValues('date', meeting.date),
    nextStartTime: nextMeeting?.startTime ?? '', nextVenue: nextMeeting?.venue ?? '',
    ...dateValues('nextDate', nextMeeting?.date),
  };
}

function meetingForm(request: FastifyRequest, reply: FastifyReply, found: UnderReview, values: Form, errors?: PageErrors) {
  return reply.page('importPages/editMeeting.njk', { item: found, values, errors, action: `/import/${found.id}/edit/meeting` });
}
