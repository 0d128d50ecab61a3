/**
 * What passes between bodies and beyond meetings: escalations up the reporting chain, the
 * work programme, and members' feedback with what changed as a result.
 */
import { addDays, daysBetween, type IsoDate } from '../domain/dates.js';
import { settingFor, type Area, type Body, type Person } from './area.js';
import type { Item } from './minutes.js';
import type { BodyKey } from './roster.js';
import { wasHeld, type Meeting, type Schedule } from './schedule.js';
import { stamp } from './store.js';
import { capitalise, fill, monthYear, type Setting } from './text.js';
import { TOPICS, type Topic } from './topics/index.js';

export interface PendingEscalation {
  from: Body;
  to: BodyKey;
  actionId: number | null;
  agendaItemId: number;
  raisedAt: Meeting;
  topic: Topic;
  reason: string;
  heardAt: Meeting | null;
  status: 'waiting' | 'decided' | 'returned' | 'withdrawn';
  outcome: string | null;
}

export function escalationReason(topic: Topic, s: Setting): string {
  return s.rng.pick([
    `The board could not obtain sufficient assurance on ${fill(s.rng.pick(topic.concerns), s)}.`,
    `Repeated requests for information on ${topic.name} have not been met by the date agreed.`,
    `A decision on resourcing is needed that is beyond the remit of the board: ${fill(s.rng.pick(topic.concerns), s)}.`,
    `Members asked for ${topic.name} to be considered at a more senior level given the risk to public confidence.`,
  ]);
}

const OUTCOMES: Record<'decided' | 'returned' | 'withdrawn', readonly string[]> = {
  decided: [
    'The board endorsed the internal review the force already had under way and noted its terms of reference.',
    'Agreed: additional analyst capacity will be provided from existing budgets to produce the information.',
    'The meeting accepted the force\'s explanation and agreed that the matter be monitored through the performance report.',
    'The board noted that the Commissioner had already written to the partner agency concerned.',
    'The joint improvement plan presented at the meeting was approved.',
  ],
  returned: [
    'Returned to the originating board with a request for clearer evidence of the risk before it is heard again.',
    'Returned: the matter can be resolved through the existing action log and does not need a decision at this level.',
  ],
  withdrawn: ['Withdrawn by the originating board after the information was provided before the meeting.'],
};

/** Hears the escalations waiting for this meeting and writes them into its minutes. */
export function hearEscalations(
  area: Area,
  pending: readonly PendingEscalation[],
  meeting: Meeting,
  write: (text: string) => void,
  decide: (text: string) => void,
): void {
  for (const e of pending) {
    e.heardAt = meeting;
    e.status = area.rng.weighted([['decided', 75], ['returned', 18], ['withdrawn', 7]] as const);
    e.outcome = area.rng.pick(OUTCOMES[e.status]);
    write(`The meeting considered the escalation from the ${e.from.name} (${e.from.shortName}) on ${e.topic.name}. ${e.reason} ${e.outcome}`);
    if (e.status === 'decided') decide(`RESOLVED that, on the escalation of ${e.topic.name}: ${e.outcome}`);
  }
}

export function escalationRows(area: Area, escalations: readonly PendingEscalation[]): void {
  for (const e of escalations) {
    const heard = e.heardAt && wasHeld(e.heardAt) ? e.heardAt : null;
    const status = heard ? e.status : 'waiting';
    area.rows.escalations.push({
      id: area.ids.next('escalations'), fromBodyId: e.from.id, toBodyId: area.bodies[e.to].id, actionId: e.actionId,
      agendaItemId: e.agendaItemId, raisedAtMeetingId: e.raisedAt.id, heardAtMeetingId: heard?.id ?? null, reason: e.reason,
      status, outcome: heard ? e.outcome : null, decidedOn: heard && status !== 'withdrawn' ? heard.date : null,
      createdAt: stamp(e.raisedAt.date, '17:00'), updatedAt: stamp(heard?.date ?? e.raisedAt.date, '17:00'),
    });
  }
}

/** A challenge a member made at a meeting, and (for older ones) what changed. */
export function recordFeedback(area: Area, meeting: Meeting, item: Item, topic: Topic, by: Person): void {
  const { rng, anchor } = area;
  const age = daysBetween(meeting.date, anchor);
  const changed = age > 60 && rng.chance(0.7);
  const outcomeOn = changed ? addDays(meeting.date, rng.int(30, Math.min(age, 200))) : null;
  area.rows.feedback.push({
    id: area.ids.next('feedback'), bodyId: meeting.body.id, meetingId: meeting.id, agendaItemId: item.id, raisedByPersonId: by.id,
    challenge: rng.pick(topic.challenges), outcome: changed ? rng.pick(topic.outcomes) : null, outcomeOn,
    createdAt: stamp(meeting.date, '18:00'), updatedAt: stamp(outcomeOn ?? meeting.date, '18:00'),
  });
}

/** A topic planned for a meeting; recorded as the meetings are written. */
export interface PlannedTopic {
  meeting: Meeting;
  topic: Topic;
  requestedBy: Person;
}

export function workProgramme(area: Area, schedule: Schedule, planned: readonly PlannedTopic[]): void {
  const { rng, anchor } = area;
  for (const body of Object.values(area.bodies)) {
    const meetings = schedule[body.key];
    const held = meetings.filter(wasHeld);
    const mine = planned.filter((p) => p.meeting.body === body);
    const push = (topic: Topic, status: 'proposed' | 'scheduled' | 'done' | 'dropped', plannedMeeting: Meeting | null, plannedFor: string | null, by: Person, requestedAt: Meeting | null) => {
      const created = requestedAt?.date ?? addDays(anchor, -rng.int(20, 90));
      area.rows.workProgrammeItems.push({
        id: area.ids.next('workProgrammeItems'), bodyId: body.id, topic: capitalise(topic.name),
        description: `${rng.pick(topic.itemTitles)}. ${rng.pick(['Members asked to look at', 'To include', 'Members want assurance on'])} ${fill(rng.pick(topic.concerns), settingFor(area, created))}.`,
        requestedBy: by.honorific ? `${by.honorific} ${by.name}` : by.name, requestedAtMeetingId: requestedAt?.id ?? null,
        plannedMeetingId: plannedMeeting?.id ?? null, plannedFor, leadPersonId: rng.chance(0.7) ? by.id : null, status,
        createdAt: stamp(created, '17:00'), updatedAt: stamp(plannedMeeting && plannedMeeting.date < anchor ? plannedMeeting.date : created, '17:00'),
      });
    };
    const requestedAtBefore = (date: IsoDate) => [...held].reverse().find((m) => m.date < date) ?? null;
    // Topics on the agendas already set, and some of those already heard.
    for (const p of mine) {
      const done = wasHeld(p.meeting);
      if (done && !rng.chance(0.15)) continue;
      push(p.topic, done ? 'done' : 'scheduled', p.meeting, monthYear(p.meeting.date), p.requestedBy, requestedAtBefore(p.meeting.date));
    }
    // Asked for but not yet placed, or dropped.
    const members = body.members.filter((m) => m.role !== 'secretariat').map((m) => m.person);
    for (const topic of rng.sample(TOPICS, rng.int(2, 3))) {
      const season = rng.pick(['Spring', 'Summer', 'Autumn', 'Winter']);
      push(topic, 'proposed', null, rng.pick([`${season} ${Number(anchor.slice(0, 4)) + 1}`, 'After the inspection report is published', 'To be confirmed', `${monthYear(addDays(anchor, rng.int(120, 300)))}`]), rng.pick(members), held[held.length - 1] ?? null);
    }
    push(rng.pick(TOPICS), 'dropped', null, null, rng.pick(members), held[Math.floor(held.length / 2)] ?? null);
  }
}
