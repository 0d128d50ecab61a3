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
import { clean, isAllCaps, similarity, titleCase, trimPunctuation, wordCount } from './text.js';
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
    const body = cleanBody(sentence[1]!);
    // "Minutes of the meeting held on …" names no body; the lines around it do.
    if (!/^(?:the\s+)?(?:meeting|minutes)?$/i.test(body)) meeting.body = body;
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
      if (named && wordCount(named[1]!) <= 6 && !/^(the|a|this|that|its|their)\b|next|previous|last/i.test(named[1]!)) meeting.body = cleanBody(named[1]!);
      used.add(unit);
    }
  }
  for (const unit of lines) {
    if (used.has(unit)) continue;
    const labelled = /^(venue|location|place|where|held at)\s*[:\-–]\s*(.+)$/i.exec(unit.text);
    const time = /^(time|start time)\s*[:\-–]\s*(.+)$/i.exec(unit.text);
    if (labelled) meeting.venue ??= trimPunctuation(labelled[2]!);
    else if (time) meeting.startTime ??= startTime(time[2]!);
    else if ((!meeting.body || moreSpecific(unit.text, meeting.body)) && BODY_WORDS.test(unit.text) && wordCount(unit.text) <= 16) {
      // "Northfield Borough Council" / "Health and Wellbeing Scrutiny Committee": the committee met.
      meeting.body = cleanBody(unit.text);
    }
    else if (!meeting.venue && VENUE_WORDS.test(unit.text) && wordCount(unit.text) <= 12 && !BODY_NOUNS.test(unit.text)) meeting.venue = trimPunctuation(titleCase(unit.text));
    else if (meeting.body && !meeting.title && wordCount(unit.text) <= 12 && !/[.:]$/.test(unit.text) && similarity(unit.text, meeting.body) < 0.8) meeting.title = cleanBody(unit.text);
    else continue;
    used.add(unit);
  }
  if (!meeting.body && lines[0] && wordCount(lines[0].text) <= 12) meeting.body = cleanBody(lines[0].text);

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

/** A committee line after its council's name is the body that met. */
function moreSpecific(line: string, body: string): boolean {
  return wordCount(line) <= 8 && ORGANISATION.test(body) && !COMMITTEE.test(body) && COMMITTEE.test(line) && similarity(line, body) < 0.8;
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
    meeting.body = cleanBody(whole ? m[1]! : noun!);
    meeting.startTime ??= startTime(m[2]!.replace(date.text, ' '));
    return;
  }
}

const BODY_NOUN_AT_END = /\b(cabinet|council|committee|sub-committee|board|panel|group|forum|partnership|authority|executive|assembly|commission)$/i;

/** The header ends where attendance, the first item, or the first table or long paragraph starts. */
function headerEnd(units: Unit[], outline: Outline): number {
  for (let i = 0; i < Math.min(units.length, 15); i++) {
    const unit = units[i]!;
    if (outline.headings.has(i) || peopleLabel(unit.text) || unit.kind === 'row' || /^actions?\b/i.test(unit.text)) return i;
    if (wordCount(unit.text) > 25) return i;
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

const TIME_TEXT = /(?<![\d.])\d{1,2}(?:[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:[-–]|to|until)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?(?:\s*pre[- ]?meeting)?/gi;

/** What is left of "Thursday 17 April 2025 at 2pm, Eastshire Police HQ" once the date and time are gone. */
export function venueIn(text: string): string | null {
  const labelled = /(?:^|[;,.]\s*)(?:venue|location|place|where)\s*[:\-–]\s*(.+)$/i.exec(text);
  if (labelled) return trimPunctuation(labelled[1]!.replace(/\.$/, ''));
  const date = fullDate(text);
  const rest = trimPunctuation(
    (date ? text.replace(date.text, ' ') : text)
      .replace(TIME_TEXT, ' ')
      .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:on|held|starting|commencing|from|date|time)\b/gi, ' ')
      .replace(/\s*[,;]\s*(?=[,;]|$)/g, ' ')
      .replace(/\s+/g, ' '),
  )
    .split(/\s*(?:[,;]|\s[-–—]\s)\s*/)
    // "Minutes of the Board meeting, 20 September 2024, 1.30pm, Civic Centre": only the place.
    .filter((part) => part && !/\b(minutes|meeting|notes|agenda)\b/i.test(part))
    .join(', ')
    .replace(/^(?:(?:at|in|via)\s+)?(?:the\s+)?/i, '')
    .replace(/\.$/, '')
    .trim();
  if (isAllCaps(rest)) return venueIn(titleCase(rest));
  const named = rest.split(/[\s,]+/).every((w) => /^[\p{Lu}\d(]/u.test(w) || /^(of|the|and|on|upon|in|&|-|–)$/.test(w));
  if (!rest || wordCount(rest) > 12 || !(VENUE_WORDS.test(rest) || named)) return null;
  return rest;
}

function cleanBody(text: string): string {
  let body = clean(text)
    .replace(/\s*[-–—:]\s*(draft\s+)?(minutes|agenda|notes)(\s+of\s+(the\s+)?meeting)?$/i, '')
    .replace(/^(draft\s+)?(minutes|notes)\s+(of\s+)?(the\s+)?/i, '')
    .replace(/^meeting of (the )?/i, '')
    .replace(/\s+meeting$/i, '');
  body = trimPunctuation(body);
  return isAllCaps(body) ? titleCase(body) : body;
}

/** "Scrutiny & Accountability Board Deep Dive" + "Child Exploitation and Vulnerability". */
function splitMeetingType(meeting: MeetingRecord): void {
  const type = meeting.body ? MEETING_TYPES.exec(meeting.body) : null;
  if (!type || !meeting.body) return;
  meeting.body = meeting.body.slice(0, type.index).trim();
  const name = type[1]!.replace(/^\w/, (c) => c.toUpperCase());
  meeting.title = meeting.title ? `${name}: ${meeting.title}` : name;
}
