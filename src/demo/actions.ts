/**
 * Actions: who owns them, when they are due (often only in words), and how they move
 * through their statuses over later meetings, keeping to the allowed transitions.
 */
import { canChangeStatus, isClosed, type ActionStatus } from '../domain/actionStatus.js';
import { addDays, daysBetween, type IsoDate } from '../domain/dates.js';
import type { Rag } from '../domain/rag.js';
import { nextReference, type Area, type Body, type Organisation, type Person } from './area.js';
import { heldAfter, nextMeeting, type Meeting, type Schedule } from './schedule.js';
import { stamp } from './store.js';
import { EVIDENCE_TEXTS, financialQuarter, longDate, monthYear, UPDATE_TEXTS } from './text.js';

export type Owner =
  | { kind: 'person'; person: Person }
  | { kind: 'organisation'; org: Organisation }
  | { kind: 'team'; team: string };

/** How the minutes name an owner. */
export function ownerLabel(owner: Owner): string {
  if (owner.kind === 'person') return owner.person.initials;
  if (owner.kind === 'organisation') return owner.org.key === 'force' ? 'the force' : owner.org.name;
  return `the ${owner.team}`;
}

const TEAMS = [
  "Commissioner's Team", 'Force Performance Team', 'Professional Standards Department', 'Governance Support Team',
  'Public Protection Unit', 'Corporate Communications Team', 'Community Safety Partnership', 'Estates and Facilities Team',
];

export function chooseOwners(area: Area, presenter: Person): Owner[] {
  const { rng, people } = area;
  const choice = rng.weighted([['presenter', 50], ['pair', 10], ['organisation', 14], ['team', 14], ['commissioner', 12]] as const);
  switch (choice) {
    case 'presenter': return [{ kind: 'person', person: presenter }];
    case 'pair': {
      const other = rng.pick([people.research, people.leadCommunity, people.assurance, people.performance].filter((p) => p !== presenter));
      return [{ kind: 'person', person: presenter }, { kind: 'person', person: other }];
    }
    case 'organisation': {
      const org = presenter.orgKey && presenter.orgKey !== 'opcc' ? area.orgs[presenter.orgKey] : area.orgs.force;
      return [{ kind: 'organisation', org }];
    }
    case 'team': return [{ kind: 'team', team: rng.pick(TEAMS) }];
    case 'commissioner':
      return [{ kind: 'person', person: rng.pick([people.leadVictims, people.research, people.policyEquality, people.headScrutiny, people.leadCommunity]) }];
  }
}

export interface Due {
  date: IsoDate | null;
  /** As written in the minutes. */
  text: string | null;
}

function ddmmyyyy(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export function chooseDue(area: Area, schedule: Schedule, raisedOn: IsoDate): Due {
  const { rng } = area;
  const form = rng.weighted([
    ['date', 45], ['next meeting', 15], ['ASAP', 8], ['ongoing', 4], ['months', 10], ['escalations', 8], ['quarter', 5], ['season', 5],
  ] as const);
  switch (form) {
    case 'date': {
      const date = addDays(raisedOn, rng.pick([14, 21, 28, 42, 56, 90, 120]));
      return { date, text: rng.chance(0.35) ? ddmmyyyy(date) : longDate(date) };
    }
    case 'next meeting': return { date: null, text: rng.pick(['Next meeting', 'Next meeting', 'By the next meeting']) };
    case 'ASAP': return { date: null, text: 'ASAP' };
    case 'ongoing': return { date: null, text: rng.pick(['Ongoing', 'On-going']) };
    case 'months': {
      const months = rng.pick([3, 6]);
      return { date: addDays(raisedOn, months === 3 ? 91 : 182), text: `${months} months` };
    }
    case 'escalations': {
      const sem = nextMeeting(schedule.sem, addDays(raisedOn, 14));
      if (!sem) return { date: null, text: 'Next meeting' };
      return { date: sem.date, text: `Prior to the ${monthYear(sem.date)} Escalations meeting` };
    }
    case 'quarter': {
      const target = addDays(raisedOn, rng.int(60, 150));
      const year = Number(target.slice(0, 4));
      const month = Number(target.slice(5, 7));
      const quarterEndMonth = Math.ceil(month / 3) * 3;
      const end = new Date(Date.UTC(year, quarterEndMonth, 0)).toISOString().slice(0, 10);
      return { date: end, text: `End of ${financialQuarter(end)}` };
    }
    case 'season': {
      const target = addDays(raisedOn, rng.int(60, 200));
      const month = Number(target.slice(5, 7));
      const season = month <= 2 || month === 12 ? 'Winter' : month <= 5 ? 'Spring' : month <= 8 ? 'Summer' : 'Autumn';
      return { date: null, text: `${season} ${target.slice(0, 4)}${rng.chance(0.3) ? ' & on-going' : ''}` };
    }
  }
}

/** Updates read out at a later meeting, for its matters arising. */
export interface Report {
  reference: string;
  action: string;
  text: string;
  to: ActionStatus | null;
}

export interface ActionContext {
  area: Area;
  schedule: Schedule;
  /** Meeting id → updates to be read out there. */
  reports: Map<number, Report[]>;
}

export interface NewAction {
  body: Body;
  meeting: Meeting;
  agendaItemId: number | null;
  text: string;
  owners: Owner[];
  /** Raised in an exempt item: its updates are not read out in public minutes. */
  exempt: boolean;
  due?: Due;
  planActionId?: number;
  resources?: string;
  ownerRag?: Rag | null;
}

export interface RaisedAction {
  id: number;
  reference: string;
  status: ActionStatus;
  closedOn: IsoDate | null;
  due: Due;
}

/** The statuses an action will pass through, by how old it is. */
function pathFor(area: Area, ageDays: number): ActionStatus[] {
  const { rng } = area;
  const final = rng.weighted<ActionStatus>(
    ageDays < 60 ? [['open', 55], ['ongoing', 25], ['completed', 17], ['deferred', 2], ['cancelled', 1]]
      : ageDays < 240 ? [['completed', 45], ['ongoing', 22], ['open', 13], ['deferred', 10], ['cancelled', 10]]
        : [['completed', 68], ['cancelled', 10], ['ongoing', 9], ['deferred', 7], ['open', 6]],
  );
  switch (final) {
    case 'open': return [];
    case 'ongoing': return rng.weighted([[['ongoing'], 70], [['deferred', 'ongoing'], 18], [['ongoing', 'completed', 'ongoing'], 12]]);
    case 'completed': return rng.weighted([[['completed'], 35], [['ongoing', 'completed'], 55], [['ongoing', 'completed', 'ongoing', 'completed'], 5], [['deferred', 'ongoing', 'completed'], 5]]);
    case 'deferred': return rng.weighted([[['deferred'], 50], [['ongoing', 'deferred'], 50]]);
    case 'cancelled': return rng.weighted([[['cancelled'], 50], [['ongoing', 'cancelled'], 35], [['deferred', 'cancelled'], 15]]);
  }
}

function updateKind(from: ActionStatus, to: ActionStatus): keyof typeof UPDATE_TEXTS {
  if (isClosed(from) && !isClosed(to)) return 'reopened';
  if (from === 'deferred' && to === 'ongoing') return 'resumed';
  return to as keyof typeof UPDATE_TEXTS;
}

/** Owners rate some open actions themselves; a closed one keeps at most a green. */
function ownerRagFor(area: Area, status: ActionStatus, asked: Rag | null | undefined): Rag | null {
  if (isClosed(status)) return status === 'completed' && asked ? 'green' : null;
  if (asked !== undefined) return asked;
  return area.rng.chance(0.15) ? area.rng.pick(['red', 'amber', 'green'] as const) : null;
}

export function raiseAction(ctx: ActionContext, input: NewAction): RaisedAction {
  const { area, schedule } = ctx;
  const { rng, rows, anchor } = area;
  const { body, meeting } = input;
  const id = area.ids.next('actions');
  const reference = nextReference(area, body, meeting);
  const due = input.due ?? chooseDue(area, schedule, meeting.date);
  const slots = heldAfter(schedule[body.key], meeting.date);
  const author = input.owners.find((o) => o.kind === 'person');
  const secretary = body.members.find((m) => m.role === 'secretariat')?.person;
  const authorName = author?.kind === 'person' ? author.person.name : secretary?.name ?? null;

  let status: ActionStatus = 'open';
  let closedOn: IsoDate | null = null;
  let cursor = meeting.date;
  let seq = 0;
  const used = new Set<number>();
  const addUpdate = (date: IsoDate, at: Meeting | null, to: ActionStatus | null) => {
    const kind = to ? updateKind(status, to) : 'note';
    const text = rng.pick(UPDATE_TEXTS[kind]);
    rows.actionUpdates.push({
      id: area.ids.next('actionUpdates'), actionId: id, text, statusFrom: to ? status : null, statusTo: to,
      rag: to === 'completed' ? 'green' : rng.chance(0.4) ? rng.pick(['green', 'amber', 'red'] as const) : null,
      evidence: to === 'completed' ? `${rng.pick(EVIDENCE_TEXTS)}, ${longDate(date)}` : null,
      authorName, meetingId: at?.id ?? null, createdAt: stamp(date, '12:00', seq++),
    });
    if (at && !input.exempt) {
      const list = ctx.reports.get(at.id) ?? [];
      list.push({ reference, action: input.text, text, to });
      ctx.reports.set(at.id, list);
    }
  };

  for (const to of pathFor(area, daysBetween(meeting.date, anchor))) {
    if (!canChangeStatus(status, to)) throw new Error(`demo: ${status} → ${to} is not an allowed action transition`);
    const ahead = slots.filter((m) => m.date > cursor);
    let at: Meeting | null = null;
    let date: IsoDate;
    if (ahead.length > 0 && rng.chance(0.75)) {
      at = ahead[rng.chance(0.7) ? 0 : Math.min(1, ahead.length - 1)]!;
      date = at.date;
    } else {
      date = addDays(cursor, rng.int(7, 60));
    }
    if (date > anchor) break;
    addUpdate(date, at, to);
    if (at) used.add(at.id);
    status = to;
    cursor = date;
    if (isClosed(to)) closedOn = date;
  }
  if (!isClosed(status)) {
    closedOn = null;
    let notes = 0;
    for (const later of slots.filter((m) => m.date > cursor && !used.has(m.id))) {
      if (notes < 2 && rng.chance(0.3)) {
        addUpdate(later.date, later, null);
        cursor = later.date;
        notes++;
      }
    }
  }

  rows.actions.push({
    id, reference, bodyId: body.id, meetingId: meeting.id, agendaItemId: input.agendaItemId, planActionId: input.planActionId ?? null,
    text: input.text, dueDate: due.date, dueText: due.text, status,
    ownerRag: ownerRagFor(area, status, input.ownerRag),
    resources: input.resources ?? null, closedOn,
    createdAt: stamp(meeting.date, meeting.startTime), updatedAt: stamp(cursor, '12:00', seq),
  });
  input.owners.forEach((owner, position) => {
    rows.actionOwners.push({
      id: area.ids.next('actionOwners'), actionId: id, position,
      personId: owner.kind === 'person' ? owner.person.id : null,
      organisationId: owner.kind === 'organisation' ? owner.org.id : null,
      team: owner.kind === 'team' ? owner.team : null,
    });
  });
  return { id, reference, status, closedOn, due };
}
