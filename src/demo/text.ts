/**
 * Minutes text: paragraphs for substantive items, built from a topic's vocabulary and many
 * sentence shapes, so that no two meetings read alike.
 */
import { addDays, type IsoDate } from '../domain/dates.js';
import type { AreaNames } from './names.js';
import type { Random } from './random.js';
import type { Topic } from './topics/index.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 March 2025" */
export function longDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "March 2025" */
export function monthYear(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "2024/25 Q3": UK financial years start in April. */
export function financialQuarter(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  const q = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')} Q${q}`;
}

/** 4800 → "4,800", the same on every machine whatever its locale data. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A, B and C" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What a paragraph may mention besides the topic: where, when, with whom. */
export interface Setting {
  rng: Random;
  area: AreaNames;
  date: IsoDate;
  partners: readonly string[];
  councils: readonly string[];
  health: string;
  /** Phrases already used in this meeting, so that it does not repeat itself. */
  used: Set<string>;
}

/** Picks a phrase this meeting has not used yet, while there are any. */
export function fresh(s: Setting, list: readonly string[]): string {
  const unused = list.filter((x) => !s.used.has(x));
  const choice = s.rng.pick(unused.length > 0 ? unused : list);
  s.used.add(choice);
  return choice;
}

/** Fills a topic template's placeholders. */
export function fill(template: string, s: Setting): string {
  const { rng } = s;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'n': return String(rng.int(2, 38));
      case 'big': return thousands(rng.int(120, 4800));
      case 'pct': return rng.chance(0.3) ? (rng.int(80, 940) / 10).toFixed(1) : String(rng.int(8, 94));
      case 'town': return rng.chance(0.5) ? s.area.welshTown : s.area.englishTown;
      case 'partner': return rng.pick(s.partners);
      case 'council': return rng.pick(s.councils);
      case 'health': return s.health;
      case 'month': return monthYear(addDays(s.date, rng.int(60, 400)));
      case 'period': return rng.pick([
        'the last quarter', 'the year to date', 'the last twelve months', 'the first half of the year',
        financialQuarter(addDays(s.date, -rng.int(30, 120))), 'the period covered by the report',
      ]);
      default: return `{${name}}`;
    }
  });
}

/** Initials as the minutes use them. */
export interface Voices {
  chair: string;
  members: readonly string[];
  presenter: string;
  bodyWord: string;
}

const PAPERS = ['report', 'briefing paper', 'assurance report', 'performance report', 'update paper', 'presentation'];
const REPORTED = ['reported that', 'highlighted that', 'explained that', 'advised members that', 'noted that', 'set out that'];
const FURTHER = ['It was also noted that', 'The report further showed that', 'Members heard that', 'In addition,', 'Over the same period,'];
const ASKED = ['asked whether', 'sought assurance that', 'queried whether', 'asked the force to confirm whether', 'wanted to know whether'];
const ANSWERED = ['explained that', 'confirmed that', 'advised that', 'assured members that', 'responded that', 'acknowledged the point and said that'];
const CONCERNED = ['expressed concern about', 'raised concerns regarding', 'remained concerned about', 'highlighted', 'drew attention to'];
const CHAIR_ON_CONCERN = [
  'asked that this be kept under review and reported back',
  'noted that the {body} would return to this at a future meeting',
  'suggested that this be considered for the work programme',
  'agreed that the matter should be raised with the force outside the meeting',
  'asked for a fuller explanation in the next report',
];

/** The paragraphs of a substantive item, without its actions. */
export function itemParagraphs(topic: Topic, v: Voices, s: Setting): string[] {
  const { rng } = s;
  const paper = rng.pick(PAPERS);
  const out: string[] = [];
  out.push(rng.pick([
    `${v.chair} introduced the item and invited ${v.presenter} to present the ${paper} on ${topic.name}.`,
    `${v.presenter} presented the ${paper} on ${topic.name}, which had been circulated with the agenda.`,
    `${v.presenter} gave an overview of ${topic.name} across the force area, drawing on the ${paper} circulated in advance.`,
    `${v.chair} reminded members that ${topic.name} was a priority in the Police and Crime Plan and invited ${v.presenter} to speak to the ${paper}.`,
  ]));
  const facts = Array.from({ length: rng.int(1, 3) }, () => fresh(s, topic.facts));
  out.push(`${v.presenter} ${rng.pick(REPORTED)} ${fill(facts[0]!, s)}.` + (facts[1] ? ` ${rng.pick(FURTHER)} ${fill(facts[1], s)}.` : ''));
  if (facts[2]) out.push(`${capitalise(fill(facts[2], s))}, ${rng.pick(['according to the latest figures', 'as set out in the appendix to the report', 'although the figures were provisional', 'based on the force\'s own data'])}.`);
  const exchanges = rng.int(1, 3);
  for (let i = 0; i < exchanges; i++) {
    const asker = v.members.length > 0 ? rng.pick(v.members) : v.chair;
    out.push(`${asker} ${rng.pick(ASKED)} ${fill(fresh(s, topic.questions), s)}. ${v.presenter} ${rng.pick(ANSWERED)} ${fill(fresh(s, topic.answers), s)}.`);
  }
  if (rng.chance(0.6)) {
    out.push(`Members ${rng.pick(CONCERNED)} ${fill(fresh(s, topic.concerns), s)}. ${v.chair} ${fresh(s, CHAIR_ON_CONCERN).replace('{body}', v.bodyWord)}.`);
  }
  return out;
}

/** The paragraph that records an action as the minutes do. */
export function actionParagraph(owner: string, action: string, v: Voices, s: Setting): string {
  return s.rng.pick([
    `${owner} agreed to ${action}. ACTION`,
    `It was agreed that ${owner} would ${action}. ACTION`,
    `${v.chair} asked ${owner} to ${action}. ACTION`,
    `${owner} undertook to ${action} before the next meeting. ACTION`,
  ]);
}

export function closingParagraph(v: Voices, s: Setting): string {
  return s.rng.pick([
    `${v.chair} thanked ${v.presenter} for the report, which was noted.`,
    `The ${v.bodyWord} noted the report and thanked ${v.presenter} for a detailed presentation.`,
    `${v.chair} summarised the discussion and thanked everyone for their contributions.`,
    `The report was noted.`,
  ]);
}

/** What an owner says when posting an update, by the status it moves to ('note' for no change). */
export const UPDATE_TEXTS: Record<'ongoing' | 'completed' | 'deferred' | 'resumed' | 'cancelled' | 'reopened' | 'note', readonly string[]> = {
  ongoing: [
    'Work is under way and an initial draft has been shared with the Commissioner\'s team.',
    'Data has been requested from the performance team; figures will follow for the next meeting.',
    'A meeting has been arranged with the partners concerned to take this forward.',
    'Partly complete: figures provided for two of the three local policing areas, the rest to follow.',
    'In progress. The owner gave a verbal update and expects to report in full next time.',
  ],
  completed: [
    'Completed: the information was circulated to members by email.',
    'Completed. The report was presented and noted.',
    'Done: the list has been shared and is kept with the Board\'s papers.',
    'Complete; see the paper circulated with these minutes.',
    'Completed and confirmed by the Chair as satisfying the request.',
  ],
  deferred: [
    'Deferred until the outcome of the national review is known.',
    'Deferred at the request of the force because of operational demands over the summer.',
    'Deferred pending the new performance system going live.',
    'Deferred to a later meeting to allow partners to contribute.',
  ],
  resumed: [
    'Resumed now that the national guidance has been published.',
    'Back in progress; the force expects to report at the next meeting.',
    'Restarted after the new system went live; first figures are being checked.',
  ],
  cancelled: [
    'Cancelled: superseded by an action arising from the inspection.',
    'Cancelled; the Board agreed this is now covered by the force\'s own improvement plan.',
    'Cancelled as the pilot was not continued; no further work is needed.',
    'Cancelled at the request of the Chair, as the information is now published routinely.',
  ],
  reopened: [
    'Reopened: members were not satisfied that the figures covered the whole area.',
    'Reopened at the request of the Chair as the issue has come up again.',
  ],
  note: [
    'No update received; the owner has been reminded.',
    'Verbal update given; work continues and a written update will follow.',
    'Update carried forward as the owner sent apologies.',
    'Awaiting information from a partner agency.',
  ],
};

export const EVIDENCE_TEXTS = [
  'Paper circulated to members',
  'Email to members with the figures attached',
  'Report presented at the meeting',
  'Published on the Commissioner\'s website',
  'Copy kept with the meeting papers',
];
