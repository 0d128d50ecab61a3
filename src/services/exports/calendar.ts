/** Meetings as an iCalendar feed, for people to subscribe to in their own calendar. */
import ical from 'ical-generator';
import type { ServiceContext } from '../context.js';
import { listMeetings } from '../meetings/meetings.js';

const DEFAULT_START = '10:00';
const DEFAULT_HOURS = 2;

/** Meetings the viewer may see from a date (default: a year ago), optionally of one body. */
export async function meetingsCalendar(ctx: ServiceContext, options: { bodyId?: number; from?: string; baseUrl: string }) {
  const from = options.from ?? `${Number(ctx.today.slice(0, 4)) - 1}${ctx.today.slice(4)}`;
  const calendar = ical({ name: 'Oversight meetings', prodId: { company: 'Oversight', product: 'meetings' } });
  for (let page = 1; ; page++) {
    const result = await listMeetings(ctx, { bodyId: options.bodyId, from, order: 'oldest', page, pageSize: 200 });
    for (const m of result.items) {
      if (m.status === 'cancelled') continue;
      // Floating local times: a 10:00 meeting is at 10:00 in the UK, whatever the server's zone.
      const start = localTime(m.date, m.startTime ?? DEFAULT_START);
      const end = m.endTime ? localTime(m.date, m.endTime) : new Date(start.getTime() + DEFAULT_HOURS * 3_600_000);
      calendar.createEvent({
        id: `meeting-${m.id}@oversight`,
        start, end, floating: true,
        summary: `${m.bodyName}${m.title ? `: ${m.title}` : ''}`,
        location: m.virtual ? 'Virtual meeting' : (m.venue ?? undefined),
        url: `${options.baseUrl}/meetings/${m.id}`,
      });
    }
    if (page * result.pageSize >= result.total) break;
  }
  return { filename: 'oversight-meetings.ics', mediaType: 'text/calendar; charset=utf-8', content: Buffer.from(calendar.toString(), 'utf8') };
}

function localTime(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(y!, mo! - 1, d!, h!, mi!);
}
