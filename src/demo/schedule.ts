/**
 * When each body meets over the two years up to the anchor date (and a little beyond), and
 * how far each meeting has got: scheduled, held, minutes drafted or approved, published.
 */
import { addDays, daysBetween, type IsoDate } from '../domain/dates.js';
import type { MeetingStatus, MeetingType } from '../domain/meetings.js';
import type { Area, Body } from './area.js';
import type { BodyKey } from './roster.js';
import { stamp } from './store.js';
import { capitalise } from './text.js';
import { TOPICS, type Topic } from './topics/index.js';

export interface Meeting {
  id: number;
  body: Body;
  date: IsoDate;
  status: MeetingStatus;
  type: MeetingType;
  title: string | null;
  startTime: string;
  /** A deep dive's theme. */
  theme: Topic | null;
  /** Gets an exempt item (only ever a published meeting). */
  exempt: boolean;
  venue: string;
}

export type Schedule = Record<BodyKey, Meeting[]>;

/** How far ahead meetings are already scheduled. */
const HORIZON_DAYS = 100;

/** The nth weekday (1 = Monday) of a month; week 4 is kept inside every month. */
function nthWeekday(year: number, month: number, week: number, weekday: number): IsoDate {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - (first.getUTCDay() || 7) + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + (week - 1) * 7)).toISOString().slice(0, 10);
}

export function hasMinutes(meeting: Meeting): boolean {
  return meeting.status === 'minutes drafted' || meeting.status === 'minutes approved' || meeting.status === 'published';
}

/** Took place: held or later (not scheduled, not cancelled). */
export function wasHeld(meeting: Meeting): boolean {
  return meeting.status !== 'scheduled' && meeting.status !== 'cancelled';
}

export function scheduleMeetings(area: Area): Schedule {
  const { rng, anchor, start } = area;
  const end = addDays(anchor, HORIZON_DAYS);
  const schedule = {} as Schedule;
  const themes = rng.shuffle(TOPICS.filter((t) => t.key !== 'finance' && t.key !== 'workforce'));
  let nextTheme = 0;

  for (const body of Object.values(area.bodies)) {
    const { spec } = body;
    const meetings: Meeting[] = [];
    // Areas after the first meet in a different week, so that not every board sits on the same day.
    const week = ((spec.week - 1 + area.k - 1) % 4) + 1;
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      for (const month of spec.months) {
        const date = nthWeekday(y, month, week, spec.weekday);
        if (date < start || date > end) continue;
        const agm = spec.key === 'cclg' && month === 7;
        const theme = spec.meetingType === 'deep dive' ? themes[nextTheme++ % themes.length]! : null;
        meetings.push({
          id: area.ids.next('meetings'), body, date, status: 'scheduled',
          type: agm ? 'AGM' : spec.meetingType,
          title: agm ? 'Annual General Meeting' : theme ? `Deep Dive: ${capitalise(theme.name)}` : null,
          startTime: spec.startTime, theme, exempt: false, venue: '',
        });
      }
    }
    setStatuses(area, meetings);
    schedule[spec.key] = meetings;
  }

  // A few published meetings of the boards have an item taken in private.
  const candidates = [...schedule.sgb, ...schedule.psb, ...schedule.sem].filter((m) => m.status === 'published');
  for (const meeting of rng.sample(candidates, 3)) meeting.exempt = true;

  for (const meeting of Object.values(schedule).flat()) pushMeetingRow(area, meeting, schedule);
  return schedule;
}

function setStatuses(area: Area, meetings: Meeting[]): void {
  const past = meetings.filter((m) => m.date <= area.anchor);
  past.forEach((meeting, i) => {
    const fromEnd = past.length - 1 - i;
    if (fromEnd === 0) meeting.status = daysBetween(meeting.date, area.anchor) <= 10 ? 'held' : 'minutes drafted';
    else if (fromEnd === 1) meeting.status = 'minutes approved';
    else meeting.status = 'published';
  });
  // Now and then a board meeting is called off.
  if (meetings[0]?.body.key === 'sgb' && past.length > 8 && area.rng.chance(0.7)) {
    past[area.rng.int(3, past.length - 4)]!.status = 'cancelled';
  }
}

function venueFor(area: Area, meeting: Meeting): { venue: string; virtual: boolean } {
  const { rng, names } = area;
  const teams = { venue: 'Microsoft Teams', virtual: true };
  switch (meeting.body.key) {
    case 'sgb': return rng.chance(0.8) ? { venue: `Police Headquarters, ${names.welshTown}`, virtual: false } : teams;
    case 'sem': return rng.chance(0.5) ? { venue: `Commissioner's Office, ${names.englishTown}`, virtual: false } : teams;
    case 'psb': return rng.weighted([
      [{ venue: `Police Headquarters, ${names.welshTown}`, virtual: false }, 2],
      [{ venue: `Commissioner's Office, ${names.englishTown}`, virtual: false }, 1],
      [teams, 1],
    ]);
    case 'cclg': return rng.chance(0.7)
      ? { venue: `${rng.pick(['Community Hall', 'Library meeting room', 'Civic Centre', 'Youth Centre'])}, ${rng.pick([names.welshTown, names.englishTown])}`, virtual: false }
      : teams;
  }
}

function pushMeetingRow(area: Area, meeting: Meeting, schedule: Schedule): void {
  const { venue, virtual } = venueFor(area, meeting);
  meeting.venue = venue;
  const list = schedule[meeting.body.key];
  const next = list[list.indexOf(meeting) + 1];
  const publishedAt = meeting.status === 'published' && next
    ? minDate(addDays(next.date, area.rng.int(3, 12)), area.anchor)
    : null;
  const [h, m] = meeting.startTime.split(':').map(Number) as [number, number];
  const minutes = h * 60 + m + (meeting.body.key === 'sgb' ? 150 : 120);
  area.rows.meetings.push({
    id: meeting.id, bodyId: meeting.body.id, type: meeting.type, title: meeting.title, date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.status === 'cancelled' ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    venue, virtual, status: meeting.status,
    protectiveMarking: meeting.body.key === 'cclg' ? 'NOT PROTECTIVELY MARKED' : 'OFFICIAL',
    publishedAt,
    createdAt: stamp(addDays(meeting.date, -90)),
    updatedAt: stamp(publishedAt ?? minDate(meeting.date, area.anchor)),
  });
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The body's meetings held after a date, in order. */
export function heldAfter(meetings: readonly Meeting[], date: IsoDate): Meeting[] {
  return meetings.filter((m) => m.date > date && wasHeld(m));
}

/** The body's next meeting after a date, whatever its status (but not cancelled). */
export function nextMeeting(meetings: readonly Meeting[], date: IsoDate): Meeting | null {
  return meetings.find((m) => m.date > date && m.status !== 'cancelled') ?? null;
}
