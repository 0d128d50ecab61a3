/**
 * The meeting: body, title, date, start time and venue, from the lines at the top
 * ("Police Accountability and Legitimacy Group (PALG)" / "Police Headquarters" /
 * "13 March 2019"), from a heading sentence ("Minutes of the meeting of X held on
 * Tuesday 4th June 2024 at 7.00pm in the Village Hall"), or from a report's
 * "CABINET MEETING: 23 SEPTEMBER 2013".
 */
import type { MeetingRecord } from '../record.js';
import { fullDate, startTime } from './dates.js';
import type { Outline } from './items.js';
import { peopleLabel } from './people.js';
import { clean, containment, isAllCaps, MONTH, similarity, titleCase, trimPunctuation, wordCount } from './text.js';
import type { Unit } from './units.js';

const BODY_WORDS = /\b(board|panel|group|committee|sub-committee|council|forum|cabinet|partnership|commission|authority|trust|network|assembly|executive|working party|steering|task and finish|scrutiny|meeting|governors|parish|town council)\b/i;
const BODY_NOUNS = /\b(board|panel|group|committee|forum|cabinet|partnership|commission)\b/i;
const VENUE_WORDS = /\b(headquarters|hq|hall|room|chamber|chambers|centre|center|offices?|house|building|library|church|school|hotel|virtual|teams|zoom|online|remote|hybrid|civic|suite|pavilion|station|court|campus|venue|via)\b/i;
const MEETING_TYPES = /\s+[-–:]?\s*(deep dive|escalations?(?: meeting)?|annual general meeting|agm|extraordinary(?: general)? meeting|special meeting|task and finish (?:group )?session|workshop|development session|away day|informal meeting)$/i;
const NOISE = /^(minutes|draft minutes|the minutes|unconfirmed minutes|(?:notes?|minutes|record) of (?:the )?meeting|notes|meeting notes|agenda|draft|confidential|official(?:-sensitive)?|not protectively marked\b.*|public|part [ab]|open session|restricted|---+)$/i;
const HEADING_SENTENCE = /^(?:draft\s+|unconfirmed\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:(?:annual|extraordinary|ordinary|special|monthly|virtual|remote|public)\s+)*(?:meeting|proceedings|session)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:held|which took place|that took place)\s+(.*))?$/i;
const BODY_THEN_HELD = /^(?:minutes\s+of\s+(?:the\s+)?)?(.+?)\s+(?:meeting\s+)?(?:held|which took place)\s+(?:on|at|in|via)\s+(.*)$/i;

export interface Header extends MeetingRecord {
  /** Index of the first unit after the header lines. */
  end: number;
}

export function readHeader(units: Unit[], outline: Outline): Header {
  const end = headerEnd(units, outline);
  const lines = units.slice(0, end).filter((u) => u.kind !== 'row' && !NOISE.test(u.text.replace(/[*_]/g, '').trim()));
  const meeting: MeetingRecord = { body: null, title: null, date: null, venue: null, startTime: null };
  const used = new Set<Unit>();

  for (const unit of lines) {
    const sentence = HEADING_SENTENCE.exec(unit.text) ?? (fullDate(unit.text) ? BODY_THEN_HELD.exec(unit.text) : null);
    if (!sentence) continue;
    // "Minutes of the meeting held on …" names no body; the lines around it do.
    meeting.body = bodyName(sentence[1]!) ?? meeting.body;
    readWhenAndWhere(sentence[2] ?? '', meeting);
    used.add(unit);
    break;
  }
  for (const unit of lines) {
    if (used.has(unit) || meeting.date) continue;
    const date = dateLine(unit.text);
    if (date) {
      meeting.date = date.iso;
      meeting.startTime ??= startTime(unit.text);
      if (!meeting.venue && VENUE_WORDS.test(date.rest)) meeting.venue = venueIn(unit.text);
      // "Cabinet meeting: 8 July 2024" names the body that met.
      const named = /^(.{2,60}?)\s+meeting\s*(?:of\s+|held\s+on\s+|on\s+|[:\-–])/i.exec(unit.text);
      if (named && wordCount(named[1]!) <= 6 && !/^(the|a|this|that|its|their)\b|next|previous|last/i.test(named[1]!)) meeting.body = bodyName(named[1]!) ?? meeting.body;
      // "Children and Young People Scrutiny Committee – 22 October 2024": the committee met that day.
      else if (COMMITTEE.test(date.rest) && !/[,;]/.test(date.rest) && !VENUE_WORDS.test(date.rest) && (!meeting.body || moreSpecific(date.rest, meeting.body))) {
        meeting.body = bodyName(date.rest) ?? meeting.body;
      }
      used.add(unit);
    }
  }
  for (const unit of lines) {
    if (used.has(unit)) continue;
    const labelled = /^(venue|location|place|where|held at)\s*[:\-–]\s*(.+)$/i.exec(unit.text);
    const time = /^(time|start time)\s*[:\-–]\s*(.+)$/i.exec(unit.text);
    // A labelled venue says where, whatever a line above seemed to say.
    if (labelled) meeting.venue = trimPunctuation(labelled[2]!);
    else if (time) meeting.startTime ??= startTime(time[2]!);
    else if ((!meeting.body || moreSpecific(unit.text, meeting.body)) && BODY_WORDS.test(unit.text) && wordCount(unit.text) <= 16) {
      // "Northfield Borough Council" / "Health and Wellbeing Scrutiny Committee": the committee met.
      meeting.body = bodyName(unit.text) ?? meeting.body;
    }
    else if (!meeting.venue && VENUE_WORDS.test(unit.text) && wordCount(unit.text) <= 12 && !BODY_NOUNS.test(unit.text)) meeting.venue = trimPunctuation(titleCase(unit.text));
    // A meeting's own title is not the name of an organisation ("Northbrook District Council" above its committee).
    else if (meeting.body && !meeting.title && wordCount(unit.text) <= 12 && !/[.:]$/.test(unit.text) && !ORGANISATION.test(unit.text) && similarity(unit.text, meeting.body) < 0.8) meeting.title = cleanBody(unit.text);
    else continue;
    used.add(unit);
  }
  if (!meeting.body && lines[0] && wordCount(lines[0].text) <= 12) meeting.body = bodyName(lines[0].text);
  ownersBody(meeting, lines);

  // A report names its meeting in a line of its own: "CABINET MEETING: 23 SEPTEMBER 2013".
  if (!meeting.date) namedMeeting(units, meeting);
  // Lines run together (a PDF's title and date): the first full date near the top.
  if (!meeting.date) {
    for (const unit of units.slice(0, end)) {
      const date = unit.kind === 'row' || wordCount(unit.text) > 40 ? null : fullDate(unit.text);
      if (date) {
        meeting.date = date.iso;
        meeting.startTime ??= startTime(unit.text);
        break;
      }
    }
  }
  splitMeetingType(meeting);
  return { ...meeting, end };
}

const COMMITTEE = /\b(committee|sub-committee|panel|board|group|forum|partnership|cabinet|working party|commission)\b/i;
const ORGANISATION = /\b(council|authority|trust|county|borough|district)\b/i;

const SUBSIDIARY = /\b(committee|sub-committee|sub-?group|working group|working party|task (?:and|&) finish group|panel)\b/i;

/** A committee line after its council's (or board's) name is the body that met. */
function moreSpecific(line: string, body: string): boolean {
  if (wordCount(line) > 8 || similarity(line, body) >= 0.8) return false;
  return (ORGANISATION.test(body) && !COMMITTEE.test(body) && COMMITTEE.test(line)) || (!SUBSIDIARY.test(body) && SUBSIDIARY.test(line));
}

/**
 * "Greenway Homes" over "Board meeting": a bare "Board" is that organisation's board. The
 * organisation is the first short header line that names nothing else.
 */
function ownersBody(meeting: MeetingRecord, lines: Unit[]): void {
  const body = meeting.body;
  if (!body) return;
  const named = (u: Unit) => wordCount(u.text) <= 10 && !fullDate(u.text) && !/[.:]/.test(u.text) && /^\p{Lu}/u.test(u.text);
  // "Parish Council" in "Minutes of the Parish Council Meeting held …" is "HOLMEWOOD PARISH COUNCIL" at the top.
  const fuller = lines.find((u) => named(u) && wordCount(cleanBody(u.text)) > wordCount(body) && containment(body, u.text) === 1);
  if (fuller) {
    meeting.body = cleanBody(fuller.text);
    return;
  }
  const generic = /^(?:(trust|full|main)\s+)?(board|committee|panel|group|forum|partnership|trust|council)$/i.exec(body);
  if (!generic) return;
  const owner = lines.find((u) => named(u) && wordCount(u.text) <= 8 && cleanBody(u.text) !== body && (!BODY_WORDS.test(u.text) || !!generic[1]));
  if (!owner) return;
  const name = cleanBody(owner.text);
  if (meeting.title === name) meeting.title = null;
  // "Riverbend … NHS Trust" + "Trust Board" → "Riverbend … NHS Trust Board".
  meeting.body = generic[1] && new RegExp(`\\b${generic[1]}$`, 'i').test(name) ? `${name} ${generic[2]}` : `${name} ${body}`;
}

/** "Cabinet meeting: 8 July 2024", also when run into the line before it ("… Services Cabinet meeting: 8 July 2024"). */
function namedMeeting(units: Unit[], meeting: MeetingRecord): void {
  for (const unit of units) {
    if (unit.kind === 'row' || wordCount(unit.text) > 30) continue;
    const m = /^(.{2,80}?)\s+meeting\s*(?:of\s+|held\s+on\s+|on\s+|[:\-–])\s*(.+)$/i.exec(unit.text);
    const date = m && !/next|previous|last|future/i.test(m[1]!) ? fullDate(m[2]!) : null;
    if (!m || !date) continue;
    const whole = wordCount(m[1]!) <= 6;
    const noun = BODY_NOUN_AT_END.exec(m[1]!)?.[1];
    if (!whole && !noun) continue;
    meeting.date = date.iso;
    meeting.body = bodyName(whole ? m[1]! : noun!) ?? meeting.body;
    meeting.startTime ??= startTime(m[2]!.replace(date.text, ' '));
    return;
  }
}

/** The word a body's name ends with, before a "meeting" or a kind of meeting. */
const BODY_NOUN_END = /\b(cabinet|council|committee|sub-committee|sub-?group|board|panel|group|forum|partnership|authority|executive|assembly|commission|trust|trustees|governors|governing body|network|team|association|society|alliance|collaborative|working party|task (?:and|&) finish)(?:\s*\([^)]*\))?$/i;

const BODY_NOUN_AT_END = /\b(cabinet|council|committee|sub-committee|board|panel|group|forum|partnership|authority|executive|assembly|commission)$/i;

/** The header ends where attendance, the first item, or the first table or long paragraph starts. */
function headerEnd(units: Unit[], outline: Outline): number {
  for (let i = 0; i < Math.min(units.length, 15); i++) {
    const unit = units[i]!;
    if (outline.headings.has(i) || peopleLabel(unit.text) || unit.kind === 'row' || /^actions?\b/i.test(unit.text)) return i;
    // A long line is the minutes starting, unless it is the heading sentence ("Minutes of a meeting of X held at … on …").
    if (wordCount(unit.text) > 25 && !(wordCount(unit.text) <= 60 && (HEADING_SENTENCE.test(unit.text) || /^held\s+(?:at|on|in)\b/i.test(unit.text)))) return i;
  }
  return Math.min(units.length, 15);
}

/** A line that is a date and little else ("Thursday 2nd December 2021", "Date: 4 June 2024 at 7pm"). */
function dateLine(text: string): { iso: string; rest: string } | null {
  const date = fullDate(text);
  if (!date) return null;
  const rest = trimPunctuation(
    text
      .replace(date.text, ' ')
      .replace(/\b(date|time|held|on|at|from|commencing|starting|minutes|meeting|of|the)\b|:/gi, ' ')
      .replace(/(?<![\d.])\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?/gi, ' ')
      .replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, ' ')
      .replace(/\s+/g, ' '),
  );
  if (wordCount(rest) > 8) return null;
  return { iso: date.iso, rest: rest.replace(/^(in|venue)\s+/i, '') };
}

/** "on Tuesday 4th June 2024 at 7.00pm in the Village Hall, Little Snoring". */
function readWhenAndWhere(text: string, meeting: MeetingRecord): void {
  const date = fullDate(text);
  if (date) meeting.date = date.iso;
  meeting.startTime = startTime(text);
  meeting.venue = venueIn(text);
}

const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi');
const TIME_TEXT = /(?<![\d.])\d{1,2}(?:[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:[-–]|to|until)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?(?:\s*pre[- ]?meeting)?/gi;

/** What is left of "Thursday 17 April 2025 at 2pm, Eastshire Police HQ" once the date and time are gone. */
export function venueIn(text: string): string | null {
  const labelled = /(?:^|[;,.]\s*|\s)(?:venue|location|place|where)\s*[:\-–]\s*(.+)$/i.exec(text);
  if (labelled) return trimPunctuation(labelled[1]!.replace(/\.$/, ''));
  const date = fullDate(text);
  const rest = trimPunctuation(
    (date ? text.replace(date.text, ' ') : text)
      // A date without its year: "Monday 2nd June at 7pm in the Community Hall".
      .replace(DAY_MONTH, ' ')
      .replace(TIME_TEXT, ' ')
      .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:on|held|starting|commencing|from|date|time)\b|[()]/gi, ' ')
      .replace(/\s*[,;]\s*(?=[,;]|$)/g, ' ')
      .replace(/\s+/g, ' '),
  )
    .split(/\s*(?:[,;]|\s[-–—]\s)\s*/)
    // Words left hanging where a date or time was taken out: "Northvale at", "at at County Hall".
    .map((part) => part.replace(/^(?:(?:at|in|on|via)\s+)+(?=(?:at|in|on|via)\s)/i, '').replace(/(?:\s+(?:at|in|on|from|and))+$/i, '').trim())
    // "Minutes of the Board meeting, 20 September 2024, 1.30pm, Civic Centre": only the place ("Meeting Room 4" is one).
    .filter((part) => part && !/^(?:at|in|on|from|and|the)$/i.test(part) && !/\b(minutes|meeting(?!\s+room)|notes|agenda)\b/i.test(part))
    .join(', ')
    .replace(/^(?:(?:at|in|via)\s+)?(?:the\s+)?/i, '')
    .replace(/\.$/, '')
    .trim();
  if (isAllCaps(rest)) return venueIn(titleCase(rest));
  const named = rest.split(/[\s,]+/).every((w) => /^[\p{Lu}\d(]/u.test(w) || /^(of|the|and|on|upon|in|&|-|–)$/.test(w));
  if (!rest || wordCount(rest) > 12 || !(VENUE_WORDS.test(rest) || named)) return null;
  return rest;
}

/** The body a line names, or null when it names none ("Minutes of a", "Notes of", "the meeting"). */
function bodyName(text: string): string | null {
  const body = cleanBody(text);
  const named = body.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(minutes|notes|meeting|the|a|of)$/i.test(w));
  return named.length ? body : null;
}

function cleanBody(text: string): string {
  let body = clean(text)
    // "Minutes of the meeting held on 3 May 2024": what follows "held" is when and where, not who.
    .replace(/\s*\((?:part\s+[12ab]\b|held in|in public|in private|public|private)[^)]*\)?/gi, '')
    .replace(/\s+(?:held|which took place|that took place)\s+(?:on|at|in|via|by)\b.*$/i, '')
    .replace(/\s*[-–—:]\s*(draft\s+)?(meeting\s+)?(minutes|agenda|notes)(\s+of\s+(the\s+)?meeting)?$/i, '')
    .replace(/^(draft\s+|unconfirmed\s+)?(minutes|notes|record)\s+(of\s+)?(the\s+|a\s+)?/i, '')
    .replace(/^meeting(?:\s+of(?:\s+the)?\b|$)\s*/i, '')
    // "Cabinet meeting" is the Cabinet; "Annual General Meeting", "Joint Escalations Meeting" are named so.
    .replace(/\s+meeting$/i, (m, at: number, whole: string) => (BODY_NOUN_END.test(whole.slice(0, at)) ? '' : m));
  body = trimPunctuation(body);
  return isAllCaps(body) ? titleCase(body) : body;
}

/** "Scrutiny & Accountability Board Deep Dive" + "Child Exploitation and Vulnerability". */
function splitMeetingType(meeting: MeetingRecord): void {
  const type = meeting.body ? MEETING_TYPES.exec(meeting.body) : null;
  // Only a body's own meeting: "… Board Deep Dive", not "Northvale Scrutiny Escalations Meeting" (a body named so).
  if (!type || !meeting.body || !BODY_NOUN_END.test(meeting.body.slice(0, type.index).trim())) return;
  meeting.body = meeting.body.slice(0, type.index).trim();
  const name = type[1]!.replace(/^\w/, (c) => c.toUpperCase());
  meeting.title = meeting.title ? `${name}: ${meeting.title}` : name;
}
