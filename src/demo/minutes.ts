/**
 * Writes one meeting's agenda items, numbered minute paragraphs ("3.4") and decisions, and
 * the standing items every meeting has.
 */
import type { StandingItem } from '../domain/meetings.js';
import type { Area } from './area.js';
import type { Report } from './actions.js';
import { hasMinutes, type Meeting } from './schedule.js';
import { stamp } from './store.js';
import { capitalise, listOf, longDate, type Setting } from './text.js';

export interface Item {
  id: number;
  number: string;
  title: string;
  exempt: boolean;
  paragraphs: number;
}

export class MinutesWriter {
  private itemPosition = 0;
  private paragraphPosition = 0;
  private decisionCount = 0;
  /** Only meetings whose minutes have been drafted have paragraphs and decisions. */
  readonly withMinutes: boolean;

  constructor(private readonly area: Area, readonly meeting: Meeting) {
    this.withMinutes = hasMinutes(meeting);
  }

  item(title: string, extra: { standing?: StandingItem; presenter?: string; publicTitle?: string; exemptParagraph?: number } = {}): Item {
    const position = ++this.itemPosition;
    const item: Item = { id: this.area.ids.next('agendaItems'), number: String(position), title, exempt: extra.exemptParagraph !== undefined, paragraphs: 0 };
    this.area.rows.agendaItems.push({
      id: item.id, meetingId: this.meeting.id, number: item.number, position, title,
      publicTitle: extra.publicTitle ?? null, exemptParagraph: extra.exemptParagraph ?? null,
      standing: extra.standing ?? null, presenter: extra.presenter ?? null,
      createdAt: stamp(this.meeting.date, '09:00', -86_400 * 10 + position),
    });
    return item;
  }

  paragraph(item: Item, text: string): void {
    if (!this.withMinutes) return;
    item.paragraphs++;
    const written = stamp(this.meeting.date, '18:00', ++this.paragraphPosition);
    this.area.rows.minuteParagraphs.push({
      id: this.area.ids.next('minuteParagraphs'), meetingId: this.meeting.id, agendaItemId: item.id,
      number: `${item.number}.${item.paragraphs}`, position: this.paragraphPosition, text, createdAt: written, updatedAt: written,
    });
  }

  decision(item: Item, text: string): void {
    if (!this.withMinutes) return;
    const position = ++this.decisionCount;
    this.area.rows.decisions.push({
      id: this.area.ids.next('decisions'), meetingId: this.meeting.id, agendaItemId: item.id, number: String(position), position, text,
      createdAt: stamp(this.meeting.date, '18:00', position),
    });
  }
}

export function welcome(w: MinutesWriter, s: Setting, chair: string, apologies: readonly string[], bodyWord: string): Item {
  const item = w.item('Welcome, introductions and apologies', { standing: 'apologies' });
  w.paragraph(item, s.rng.pick([
    `${chair} welcomed everyone to the meeting and introductions were made.`,
    `${chair} opened the meeting and welcomed members, in particular those attending for the first time.`,
    `${chair} welcomed attendees and thanked officers for the papers, which had been circulated a week in advance.`,
  ]));
  w.paragraph(item, apologies.length > 0
    ? `Apologies were received from ${listOf(apologies)}.`
    : `There were no apologies; the ${bodyWord} was quorate.`);
  return item;
}

export function declarationsItem(w: MinutesWriter, s: Setting, declared: string | null): Item {
  const item = w.item('Declarations of interest', { standing: 'declarations of interest' });
  w.paragraph(item, declared ?? s.rng.pick(['There were no declarations of interest.', 'No declarations of interest were made.', 'None declared.']));
  return item;
}

export function publicForum(w: MinutesWriter, s: Setting, chair: string, concern: string): void {
  const item = w.item('Public forum', { standing: 'public forum' });
  w.paragraph(item, s.rng.chance(0.6)
    ? 'No questions or statements had been received from members of the public.'
    : `A resident of ${s.rng.pick([s.area.welshTown, s.area.englishTown])} raised ${concern}. ${chair} thanked them; a written response had been sent and is published with the minutes.`);
}

export function previousMinutes(w: MinutesWriter, s: Setting, previous: Meeting): void {
  const item = w.item('Minutes of the previous meeting', { standing: 'minutes of the previous meeting' });
  const agreed = `The minutes of the meeting held on ${longDate(previous.date)} were agreed as a true record`;
  w.paragraph(item, s.rng.chance(0.8) ? `${agreed}.` : `${agreed}, subject to a correction to the spelling of a partner organisation at paragraph ${s.rng.int(4, 7)}.${s.rng.int(1, 4)}.`);
  w.decision(item, `${agreed}.`);
}

function reportSentence(report: Report): string {
  switch (report.to) {
    case 'completed': return 'The action was closed.';
    case 'cancelled': return 'The action was cancelled.';
    case 'deferred': return 'The action was deferred.';
    default: return 'The action remains open.';
  }
}

export function mattersArising(w: MinutesWriter, s: Setting, reports: readonly Report[]): void {
  const item = w.item('Matters arising and action log', { standing: 'matters arising' });
  if (reports.length === 0) {
    w.paragraph(item, s.rng.pick([
      'There were no matters arising that were not covered elsewhere on the agenda.',
      'The action log was reviewed; there were no further updates to report.',
    ]));
    return;
  }
  w.paragraph(item, `The ${s.rng.pick(['action log was reviewed', 'updates on open actions were received', 'secretariat took members through the action log'])}.`);
  for (const report of reports.slice(0, 8)) {
    w.paragraph(item, `${report.reference} (${shorten(report.action)}): ${report.text} ${reportSentence(report)}`);
  }
  if (reports.length > 8) w.paragraph(item, 'All other actions were noted as on track, as set out in the action log.');
}

/** The first words of an action, to remind members which one it is. */
function shorten(text: string, max = 70): string {
  if (text.length <= max) return text.charAt(0).toLowerCase() + text.slice(1);
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).charAt(0).toLowerCase()}${cut.slice(1, cut.lastIndexOf(' '))}…`;
}

export function anyOtherBusiness(w: MinutesWriter, s: Setting, speaker: string): void {
  const item = w.item('Any other business', { standing: 'any other business' });
  w.paragraph(item, s.rng.weighted([
    ['There was no other business.', 6],
    [`${speaker} reminded members to return their annual declarations of interest to the secretariat.`, 1],
    [`${speaker} informed members of a community safety event in ${s.area.englishTown} and encouraged them to attend.`, 1],
    [`${speaker} noted that this would be the last meeting for one of the force representatives and thanked them for their contribution.`, 1],
  ]));
}

export function nextMeetingItem(w: MinutesWriter, next: Meeting | null, venue: string): void {
  const item = w.item('Date of next meeting', { standing: 'date of next meeting' });
  w.paragraph(item, next
    ? `The next meeting will be held on ${longDate(next.date)} at ${next.startTime}${venue === 'Microsoft Teams' ? ' via Microsoft Teams' : `, ${venue}`}.`
    : 'The date of the next meeting is to be confirmed.');
}

export function exclusion(w: MinutesWriter, paragraph: number): void {
  const item = w.item('Exclusion of the press and public', { standing: 'exclusion of the press and public' });
  const resolved = `RESOLVED that the press and public be excluded from the meeting for the following item of business, on the grounds that it involves the likely disclosure of exempt information as defined in paragraph ${paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`;
  w.paragraph(item, resolved);
  w.decision(item, resolved);
}

/** Capitalised verb phrase for the action log: "Provide the figures…". */
export function actionText(phrase: string): string {
  return capitalise(phrase);
}
