/**
 * Writes every meeting of an area in order: who came, the agenda, the minutes, decisions,
 * declarations, and the actions raised, so that later meetings can report on earlier ones.
 */
import { addDays } from '../domain/dates.js';
import type { DeclarationKind } from '../domain/meetings.js';
import { displayName, settingFor, type Area, type Body, type Person } from './area.js';
import type { DemoContext, MeetingScope } from './context.js';
import { EXEMPT_MATTERS } from './exempt.js';
import { hearEscalations } from './governance.js';
import { writeExemptItem, writeLinkReports, writePlanItem, writeSourceItem, writeTopicItem, writeTracker, type PlannedItem } from './items.js';
import {
  anyOtherBusiness, declarationsItem, mattersArising, MinutesWriter, nextMeetingItem, previousMinutes, publicForum, welcome,
} from './minutes.js';
import { BODIES, type OrgKey } from './roster.js';
import { nextMeeting, wasHeld, type Meeting } from './schedule.js';
import { stamp } from './store.js';
import { capitalise, fill, type Setting } from './text.js';
import { TOPICS, topicByKey, type Topic } from './topics/index.js';

const GENERAL_TOPICS = TOPICS.filter((t) => t.key !== 'finance' && t.key !== 'workforce');
const ORG_ORDER: readonly (OrgKey | null)[] = ['opcc', 'force', 'councilW', 'councilE', 'health', 'probation', 'fire', 'victims', 'youth', 'race', 'disability', null];
const ROLE_LABELS: Record<string, string | null> = { chair: 'Chair', 'vice-chair': 'Vice-Chair', adviser: 'Adviser', secretariat: 'Minutes', member: null, officer: null };

export function writeAllMeetings(ctx: DemoContext): void {
  // Bodies lower in the chain first: their escalations are heard higher up later.
  for (const spec of BODIES) {
    const meetings = ctx.schedule[spec.key];
    let previous: Meeting | null = null;
    for (const meeting of meetings) {
      if (meeting.status === 'cancelled') continue;
      writeMeeting(ctx, meeting, previous, nextMeeting(meetings, meeting.date));
      previous = meeting;
    }
  }
}

function planItems(area: Area, meeting: Meeting): PlannedItem[] {
  const { rng, people } = area;
  const topicItem = (topic: Topic, title = rng.pick(topic.itemTitles)): PlannedItem => ({ title, topic, presenter: people[rng.pick(topic.leads)] });
  const general = rng.sample(GENERAL_TOPICS, 3);
  switch (meeting.body.key) {
    case 'cclg': return [topicItem(general[0]!), topicItem(general[1]!)];
    case 'sem': return general.slice(0, rng.int(1, 2)).map((t) => topicItem(t));
    case 'sgb': {
      const items = [{ ...topicItem(general[0]!), title: `Performance report: ${capitalise(general[0]!.name)}`, presenter: people.performance }];
      if (rng.chance(0.5)) items.push(topicItem(topicByKey('finance')));
      items.push(topicItem(general[1]!));
      if (rng.chance(0.15)) items.push(topicItem(topicByKey('workforce')));
      return items;
    }
    case 'psb': {
      const theme = meeting.theme ?? general[0]!;
      const items: PlannedItem[] = [
        { title: `Force report: ${theme.itemTitles[0]}`, topic: theme, presenter: people[theme.leads[0]!] },
        { title: `Commissioner's team research findings: ${theme.name}`, topic: theme, presenter: people.research },
      ];
      if (rng.chance(0.4)) {
        const partner = people[rng.pick(['safetyManager', 'probationHead', 'safeguarding', 'victimsChief', 'youthDirector'] as const)];
        items.push({ title: `Partner perspective: ${theme.itemTitles[1] ?? theme.name}`, topic: theme, presenter: partner });
      }
      return items;
    }
  }
}

function chairOf(body: Body): Person {
  return body.members.find((m) => m.role === 'chair')!.person;
}

interface Attendance {
  chair: Person;
  members: Person[];
  apologies: Person[];
}

/** Members who sat on the body that day come or send apologies; presenters attend. */
function attend(area: Area, meeting: Meeting, presenters: readonly Person[]): Attendance {
  const { rng } = area;
  const active = meeting.body.members.filter((m) => m.from <= meeting.date && (m.to === null || m.to >= meeting.date));
  const entries: { person: Person; kind: 'present' | 'apologies' | 'in attendance'; role: string | null }[] = [];
  for (const m of active) {
    const must = m.role === 'chair' || m.role === 'secretariat' || presenters.includes(m.person);
    entries.push({ person: m.person, kind: must || rng.chance(0.86) ? 'present' : 'apologies', role: ROLE_LABELS[m.role] ?? null });
  }
  for (const person of new Set(presenters)) {
    if (!entries.some((e) => e.person === person)) entries.push({ person, kind: 'in attendance', role: null });
  }
  // The chair first, then grouped by organisation as the minutes list them.
  const rank = (e: (typeof entries)[number]) => (e.role === 'Chair' ? -1 : ORG_ORDER.indexOf(e.person.orgKey));
  entries.sort((a, b) => rank(a) - rank(b));
  entries.forEach((e, position) => {
    area.rows.attendances.push({
      id: area.ids.next('attendances'), meetingId: meeting.id, personId: e.person.id, kind: e.kind, initials: e.person.initials,
      role: e.role, organisationId: e.person.organisationId, position,
    });
  });
  const chair = active.find((m) => m.role === 'chair')!.person;
  const members = active.filter((m) => m.role !== 'chair' && m.role !== 'secretariat').map((m) => m.person)
    .filter((p) => entries.some((e) => e.person === p && e.kind === 'present'));
  return { chair, members, apologies: entries.filter((e) => e.kind === 'apologies').map((e) => e.person) };
}

const INTERESTS = [
  (s: Setting) => `as a trustee of ${s.rng.pick(s.partners)}`,
  () => 'as a close family member is a serving officer with the force',
  () => 'as a volunteer with the independent custody visiting scheme',
  (s: Setting) => `as an elected member of ${s.rng.pick(s.councils)}`,
  () => 'as a member of a community group that receives a grant from the Commissioner',
];

function writeMeeting(ctx: DemoContext, meeting: Meeting, previous: Meeting | null, next: Meeting | null): void {
  const { area } = ctx;
  const { rng, people } = area;
  const body = meeting.body;
  const held = wasHeld(meeting);
  const setting = settingFor(area, meeting.date);
  const planned = planItems(area, meeting);
  const sources = held ? ctx.sources.filter((s) => !ctx.sourcesHeard.has(s) && s.spec.bodyKey === body.key && addDays(s.publishedOn, 7) < meeting.date) : [];
  const agreePlan = held && body.key === 'sgb' && !ctx.planAgreed && ctx.plan.agreedAfter < meeting.date;
  const heard = held ? ctx.escalations.filter((e) => e.to === body.key && !e.heardAt && e.raisedAt.date < meeting.date) : [];
  const matter = meeting.exempt ? EXEMPT_MATTERS[(area.k + ctx.exemptCount) % EXEMPT_MATTERS.length]! : null;
  const presenters = [
    ...planned.map((p) => p.presenter), ...sources.map((s) => people[s.spec.presenter]),
    ...(agreePlan ? [people.leadVictims] : []), ...(matter ? [people[matter.presenter]] : []), ...(body.key === 'sem' ? [people.assurance] : []),
    ...heard.map((e) => chairOf(e.from)),
  ];
  const w = new MinutesWriter(area, meeting);

  if (!held) {
    // A scheduled meeting has its draft agenda, and its topics are on the work programme.
    w.item('Welcome, introductions and apologies', { standing: 'apologies' });
    w.item('Declarations of interest', { standing: 'declarations of interest' });
    if (body.key === 'cclg') w.item('Public forum', { standing: 'public forum' });
    if (previous) w.item('Minutes of the previous meeting', { standing: 'minutes of the previous meeting' });
    w.item('Matters arising and action log', { standing: 'matters arising' });
    for (const p of planned) {
      w.item(p.title, { presenter: displayName(p.presenter) });
      ctx.planned.push({ meeting, topic: p.topic, requestedBy: rng.pick(body.members.filter((m) => m.role !== 'secretariat')).person });
    }
    w.item('Any other business', { standing: 'any other business' });
    w.item('Date of next meeting', { standing: 'date of next meeting' });
    return;
  }

  const who = attend(area, meeting, presenters);
  const bodyWord = body.spec.kind === 'group' ? 'group' : 'Board';
  const scope: MeetingScope = { ctx, meeting, w, setting, chair: who.chair, members: who.members, bodyWord };
  const opening = welcome(w, setting, who.chair.initials, who.apologies.map(displayName), bodyWord);
  if (meeting.type === 'AGM') {
    const vice = body.members.find((m) => m.role === 'vice-chair')!.person;
    const elected = `RESOLVED that ${displayName(who.chair)} be re-elected as Chair and ${displayName(vice)} as Vice-Chair for the coming year.`;
    w.paragraph(opening, elected);
    w.decision(opening, elected);
  }

  // A declaration names the item it concerns, so work out that item's number first.
  const before = 2 + (body.key === 'cclg' ? 2 : 0) + (previous ? 1 : 0) + 1 + (heard.length > 0 ? 1 : 0) + (body.key === 'sem' ? 1 : 0) + sources.length + (agreePlan ? 1 : 0);
  const declarers = who.members.filter((p) => p.orgKey !== 'force' && p.orgKey !== 'opcc');
  const declaration = w.withMinutes && declarers.length > 0 && rng.chance(0.15)
    ? { person: rng.pick(declarers), index: rng.int(0, planned.length - 1), interest: rng.pick(INTERESTS)(setting), kind: rng.weighted<DeclarationKind>([['personal', 80], ['other', 15], ['prejudicial', 5]]) }
    : null;
  declarationsItem(w, setting, declaration
    ? `${declaration.person.initials} declared ${declaration.kind === 'other' ? 'an' : `a ${declaration.kind}`} interest in item ${before + 1 + declaration.index} (${planned[declaration.index]!.title}) ${declaration.interest}${declaration.kind === 'prejudicial' ? ', and left the meeting for that item' : ''}.`
    : null);

  if (body.key === 'cclg') publicForum(w, setting, who.chair.initials, fill(rng.pick(rng.pick(GENERAL_TOPICS).concerns), setting));
  if (previous) previousMinutes(w, setting, previous);
  mattersArising(w, setting, ctx.reports.get(meeting.id) ?? []);
  if (heard.length > 0) {
    const froms = [...new Set(heard.map((e) => e.from.name))];
    const item = w.item(`Escalations from the ${froms.join(' and the ')}`, { presenter: displayName(chairOf(heard[0]!.from)) });
    hearEscalations(area, heard, meeting, (text) => w.paragraph(item, text), (text) => w.decision(item, text));
  }
  if (body.key === 'sem') writeTracker(scope, people.assurance);
  for (const source of sources) {
    ctx.sourcesHeard.add(source);
    writeSourceItem(scope, source, people[source.spec.presenter]);
  }
  if (agreePlan) {
    ctx.planAgreed = true;
    writePlanItem(scope, ctx.plan, people.leadVictims);
  }
  if (body.key === 'cclg') writeLinkReports(scope);
  planned.forEach((p, index) => {
    ctx.planned.push({ meeting, topic: p.topic, requestedBy: rng.pick(body.members.filter((m) => m.role !== 'secretariat')).person });
    const item = writeTopicItem(scope, p);
    if (declaration?.index === index) {
      area.rows.declarations.push({
        id: area.ids.next('declarations'), meetingId: meeting.id, agendaItemId: item.id, personId: declaration.person.id,
        kind: declaration.kind, interest: `${capitalise(declaration.interest.replace(/^as /, ''))}.`, createdAt: stamp(meeting.date, '18:00'),
      });
    }
  });
  anyOtherBusiness(w, setting, rng.pick([who.chair, ...who.members]).initials);
  nextMeetingItem(w, next, next?.venue ?? '');
  if (matter) writeExemptItem(scope, matter, people[matter.presenter]);
}
