/** The substantive items of a meeting: themed reports, link member reports, specials, exempt items. */
import { addDays } from '../domain/dates.js';
import { chooseOwners, ownerLabel, raiseAction } from './actions.js';
import { displayName, type Person } from './area.js';
import { voicesFor, type MeetingScope } from './context.js';
import { addPaper, sensitivePaper, topicPaper } from './documents.js';
import { EXEMPT_CODENAMES, type ExemptMatter } from './exempt.js';
import { escalationReason, recordFeedback } from './governance.js';
import { actionText, exclusion, type Item } from './minutes.js';
import type { PlacedPlan } from './plans.js';
import type { PlacedSource } from './recommendations.js';
import { actionParagraph, capitalise, closingParagraph, fill, financialQuarter, fresh, itemParagraphs, longDate, monthYear } from './text.js';
import { topicByKey, type Topic } from './topics/index.js';

export interface PlannedItem {
  title: string;
  topic: Topic;
  presenter: Person;
}

export function writeTopicItem(scope: MeetingScope, planned: PlannedItem): Item {
  const { ctx, meeting, w, setting } = scope;
  const { area } = ctx;
  const { rng } = area;
  const { topic, presenter } = planned;
  const body = meeting.body;
  const item = w.item(planned.title, { presenter: displayName(presenter) });
  const voices = voicesFor(scope, presenter);
  for (const text of itemParagraphs(topic, voices, setting)) w.paragraph(item, text);

  // A deep dive's items share a topic: never the same action twice in one meeting.
  const unused = topic.actions.filter((a) => !setting.used.has(a)).length;
  const count = Math.min(unused, rng.weighted([[0, 26], [1, 42], [2, 25], [3, 7]] as const));
  for (const phrase of Array.from({ length: count }, () => fill(fresh(setting, topic.actions), setting))) {
    const owners = chooseOwners(area, presenter);
    w.paragraph(item, actionParagraph(ownerLabel(owners[0]!), phrase, voices, setting));
    const raised = raiseAction(ctx, { body, meeting, agendaItemId: item.id, text: actionText(phrase), owners, exempt: false });
    const to = body.spec.reportsTo;
    if (to && rng.chance(0.1)) {
      // Most escalations carry the action; some only the item it arose under.
      const withAction = rng.chance(0.75);
      w.paragraph(item, `The ${voices.bodyWord} agreed to escalate ${withAction ? raised.reference : `the matter of ${topic.name}`} to the ${area.bodies[to].name} for decision.`);
      ctx.escalations.push({
        from: body, to, actionId: withAction ? raised.id : null, agendaItemId: item.id, raisedAt: meeting, topic,
        reason: escalationReason(topic, setting), heardAt: null, status: 'waiting', outcome: null,
      });
    }
  }
  if (rng.chance(0.3)) {
    const resolved = `RESOLVED that ${fill(fresh(setting, topic.resolutions), setting)}.`;
    w.paragraph(item, resolved);
    w.decision(item, resolved);
  } else {
    w.paragraph(item, closingParagraph(voices, setting));
  }
  if ((body.key === 'cclg' || body.key === 'psb') && scope.members.length > 0 && rng.chance(0.4)) {
    recordFeedback(area, meeting, item, topic, rng.pick(scope.members));
  }
  if (rng.chance(0.3)) {
    addPaper(area, meeting, item, {
      title: `${planned.title}: ${rng.pick(['report', 'briefing', 'presentation slides'])}`, classification: 'OFFICIAL',
      published: meeting.status === 'published', body: topicPaper(topic, setting, displayName(presenter)),
    });
  }
  if (body.key === 'sgb' && (!ctx.mistakenlyPublished || rng.chance(0.08))) {
    const paper = sensitivePaper(topic, setting);
    addPaper(area, meeting, item, { ...paper, published: !ctx.mistakenlyPublished });
    ctx.mistakenlyPublished = true;
  }
  ctx.lastTopicItem.set(body.key, { meeting, item, topic });
  return item;
}

const THEME_TOPICS: Record<string, string> = {
  'Hate crime': 'hate-crime', 'Children and young people': 'missing-children', 'Accessibility and disability': 'contact',
  "Victims' services": 'victims', 'Rural crime': 'rural-crime', 'Road safety': 'road-safety', 'Mental health': 'mental-health',
  'Stop and search': 'stop-search', 'Use of force': 'use-of-force',
};

/** Link members report on the theme each leads on. */
export function writeLinkReports(scope: MeetingScope): void {
  const { ctx, meeting, w, setting } = scope;
  const { rng } = ctx.area;
  const item = w.item('Link member reports');
  const links = meeting.body.members.filter((m) => m.linkTheme && scope.members.includes(m.person));
  for (const member of rng.sample(links, 2)) {
    const topic = topicByKey(THEME_TOPICS[member.linkTheme!] ?? 'neighbourhood');
    w.paragraph(item, `${member.person.initials}, link member for ${member.linkTheme!.toLowerCase()}, reported that ${fill(rng.pick(topic.facts), setting)}. ${rng.pick(['They had met the force lead', 'They had observed a scrutiny panel', 'They had visited a local project'])} and ${rng.pick(['would report further at the next meeting', 'asked that the group keep the matter under review', 'thanked officers for their openness'])}.`);
  }
  if (links.length === 0) w.paragraph(item, 'There were no link member reports this time.');
}

/** The escalations meeting's standing look at open recommendations. */
export function writeTracker(scope: MeetingScope, presenter: Person): void {
  const { w, ctx } = scope;
  const { rng } = ctx.area;
  const item = w.item('Inspection and recommendations tracker', { presenter: displayName(presenter) });
  const open = rng.int(8, 24);
  w.paragraph(item, `${presenter.initials} presented the tracker of inspection, audit and scrutiny recommendations. Of the ${open} open recommendations, ${rng.int(3, open - 3)} were on track, ${rng.int(1, 3)} were overdue and the rest were awaiting evidence before closure.`);
  w.paragraph(item, `${scope.chair.initials} asked that recommendations awaiting evidence be closed only once the secretariat had seen it, and that overdue ones come back to the next meeting with a revised date.`);
}

export function writeSourceItem(scope: MeetingScope, source: PlacedSource, presenter: Person): void {
  const { ctx, meeting, w } = scope;
  const { area } = ctx;
  const { spec, publishedOn } = source;
  const item = w.item(spec.itemTitle, { presenter: displayName(presenter) });
  const recs = spec.recommendations;
  w.paragraph(item, `${presenter.initials} presented the ${spec.title(area)}, published by ${spec.issuer(area)} on ${longDate(publishedOn)}, which made ${recs.length} recommendations.`);
  if (spec.kind === 'inspection') {
    w.paragraph(item, `${scope.chair.initials} reminded members that the Commissioner must publish a response within 56 days of the report, by ${longDate(addDays(publishedOn, 56))}.`);
  }
  const counts = (r: string) => recs.filter((x) => x.response === r).length;
  w.paragraph(item, `The proposed responses were discussed: ${counts('accepted')} accepted, ${counts('partially accepted')} partially accepted, ${counts('not accepted')} not accepted with reasons, and ${counts('pending')} still to be decided.`);
  recs.forEach((rec, i) => {
    if (!rec.action) return;
    const owners = [{ kind: 'organisation' as const, org: area.orgs.force }];
    const raised = raiseAction(ctx, {
      body: meeting.body, meeting, agendaItemId: item.id, text: rec.action, owners, exempt: false,
      due: { date: addDays(publishedOn, spec.dueDays), text: spec.dueText },
    });
    source.actions.set(i, raised);
    w.paragraph(item, `Recommendation ${i + 1}: the force to ${rec.action.charAt(0).toLowerCase()}${rec.action.slice(1)} (${raised.reference}). ACTION`);
  });
  const resolved = `RESOLVED that the responses to the ${spec.title(area)} be approved and progress be reported to each meeting until all recommendations are closed.`;
  w.paragraph(item, resolved);
  w.decision(item, resolved);
}

export function writePlanItem(scope: MeetingScope, plan: PlacedPlan, presenter: Person): void {
  const { ctx, meeting, w } = scope;
  const { area } = ctx;
  const item = w.item('Domestic abuse report card and action plan', { presenter: displayName(presenter) });
  w.paragraph(item, `${presenter.initials} presented the draft domestic abuse report card, setting out the outcome the partners are working towards, the three measures whose curves they aim to turn, and the story behind each curve.`);
  w.paragraph(item, 'Members welcomed the plan and asked that each task have a named lead, a target date and a RAG rating reported at every meeting.');
  const references: string[] = [];
  for (const { planActionId, spec } of plan.tasks) {
    const date = spec.days === null ? null : addDays(meeting.date, spec.days);
    const text = date ? spec.target.replace('{month}', monthYear(date)).replace('{quarter}', financialQuarter(date)) : spec.target;
    const raised = raiseAction(ctx, {
      body: meeting.body, meeting, agendaItemId: item.id, text: spec.text, owners: [{ kind: 'person', person: area.people[spec.owner] }],
      exempt: false, due: { date, text }, planActionId, resources: spec.resources, ownerRag: spec.ownerRag,
    });
    references.push(raised.reference);
  }
  w.paragraph(item, `The plan's ${references.length} tasks were added to the action log as ${references[0]} to ${references.at(-1)}, each with its lead, target date and resources.`);
  const resolved = 'RESOLVED that the domestic abuse action plan be adopted and its report card be presented to the Board each quarter.';
  w.paragraph(item, resolved);
  w.decision(item, resolved);
}

export function writeExemptItem(scope: MeetingScope, matter: ExemptMatter, presenter: Person): void {
  const { ctx, meeting, w, setting } = scope;
  const { area } = ctx;
  const { rng } = area;
  const code = EXEMPT_CODENAMES[(area.k * 3 + ctx.exemptCount++) % EXEMPT_CODENAMES.length]!;
  const town = rng.pick([area.names.welshTown, area.names.englishTown]);
  const text = (t: string) => t.replace(/\{code\}/g, code).replace(/\{town\}/g, town).replace(/\{presenter\}/g, presenter.initials).replace(/\{n\}/g, String(rng.int(6, 19)));
  exclusion(w, matter.paragraph);
  const item = w.item(text(matter.title), { publicTitle: matter.publicTitle, exemptParagraph: matter.paragraph, presenter: displayName(presenter) });
  for (const paragraph of matter.minutes) w.paragraph(item, text(paragraph));
  const raised = raiseAction(ctx, {
    body: meeting.body, meeting, agendaItemId: item.id, text: text(matter.action), owners: [{ kind: 'person', person: presenter }], exempt: true,
  });
  w.paragraph(item, `${presenter.initials} to ${text(matter.action).charAt(0).toLowerCase()}${text(matter.action).slice(1)} (${raised.reference}). ACTION`);
  w.decision(item, `RESOLVED that the confidential report on ${code} be noted and the recommended course of action be approved.`);
  addPaper(area, meeting, item, {
    title: `${text(matter.title)}: confidential report`, classification: 'OFFICIAL-SENSITIVE', published: false,
    body: `${text(matter.paper)}\n\nExempt under paragraph ${matter.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972.\n\n${capitalise(fill('{period}', setting))} summary prepared for members of the ${meeting.body.name} only.`,
  });
}
