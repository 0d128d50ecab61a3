/**
 * Due dates: the words as written ("By end of March 2013", "6 months", "ASAP", "next
 * meeting", "prior to the March 2023 Escalations meeting", "Summer 2012 & on-going") and an
 * ISO date only when they pin one down, read en-GB relative to the meeting date.
 */
import * as chrono from 'chrono-node';
import { dateFromIso, isoOf } from './dates.js';
import { clean, MONTH, trimPunctuation } from './text.js';

export interface Due {
  dueText: string | null;
  due: string | null;
}

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, nine: 9, twelve: 12, a: 1 };

/** Reads a due column or a due phrase. */
export function readDue(text: string | null | undefined, meetingDate: string | null): Due {
  const dueText = trimPunctuation(clean(text ?? '')) || null;
  return { dueText, due: dueText ? pinnedDate(dueText, meetingDate) : null };
}

function pinnedDate(text: string, meetingDate: string | null): string | null {
  const t = text.toLowerCase().replace(/^(by|before|no later than|due|deadline)\s*:?\s*/, '').trim();
  const ref = meetingDate ? dateFromIso(meetingDate) : new Date();
  // "6 months", "within 3 weeks": counted from the meeting.
  const span = /^(?:within|in)?\s*(\d+|one|two|three|four|five|six|eight|nine|twelve|a)\s+(day|week|month|year)s?(?:'?\s*time)?$/.exec(t);
  if (span) {
    if (!meetingDate) return null;
    const n = Number(span[1]) || NUMBERS[span[1]!] || 0;
    const d = dateFromIso(meetingDate);
    if (span[2] === 'day') d.setDate(d.getDate() + n);
    else if (span[2] === 'week') d.setDate(d.getDate() + 7 * n);
    else if (span[2] === 'month') d.setMonth(d.getMonth() + n);
    else d.setFullYear(d.getFullYear() + n);
    return isoOf(d);
  }
  const endOfYear = /^(?:the\s+)?end\s+of\s+(\d{4})$/.exec(t);
  if (endOfYear) return `${endOfYear[1]}-12-31`;
  // Words with no number, month or day in them ("On-going", "ASAP") pin nothing; skip the parser.
  if (!/\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(t)) return null;
  for (const result of chrono.en.GB.parse(text, ref, { forwardDate: true })) {
    const start = result.start;
    // Only a whole date pins the day: "Oct 2012" or "Summer 2012" does not.
    if (start.isCertain('day') && start.isCertain('month')) return isoOf(start.date());
  }
  return null;
}

const PHRASES: RegExp[] = [
  new RegExp(String.raw`\b(?:by|before|no later than)\s+(?:the\s+)?(?:end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?\b`, 'i'),
  /\b(?:by|before|no later than)\s+(?:the\s+)?end of (?:the\s+)?(?:week|month|year|\d{4})\b/i,
  /\b(?:by|before)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/i,
  /\bwithin\s+(?:\d+|one|two|three|four|six|twelve|a)(?:\s*[-–]\s*\d+)?\s+(?:days?|weeks?|months?)\b/i,
  /\b\d+\s+(?:days?|weeks?)\s+(?:before|after|prior to)\s+(?:the\s+)?\w+/i,
  /\b(?:asap|as soon as possible|immediately)\b/i,
  new RegExp(String.raw`\b(?:for|by|before|at|to)\s+the\s+(?:\w+\s+)?meeting\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?\b`, 'i'),
  new RegExp(String.raw`\b(?:w\/c|w\/b|week (?:commencing|beginning))\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?\b`, 'i'),
  /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:Q[1-4]|quarter\s*[1-4]|the\s+(?:quarter|financial year|school year|term))\b/i,
  new RegExp(String.raw`\bmeeting in ${MONTH}(?:\s+\d{4})?\b`, 'i'),
];

const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i');
const MEETING_WORD = new RegExp(`^(?:${MONTH}|next|following|forthcoming|\\d{4}|[A-Z][\\w&]*)$`);
const BEFORE_MEETING = /^(?:by|before|prior to|ahead of|in time for|after|until|at|to|for|in)$/i;

/**
 * "prior to the March 2023 Escalations meeting", "to next meeting" → "next meeting":
 * read back from the word "meeting" over a meeting's name to the preposition before it.
 */
function meetingPhrase(text: string): string | null {
  const tokens = text.split(/\s+/);
  for (let k = 0; k < tokens.length; k++) {
    if (!/^meeting\b/i.test(tokens[k]!)) continue;
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && (MEETING_WORD.test(tokens[j]!) || MONTH_ONLY.test(tokens[j]!))) j--;
    if (j === k - 1) continue;
    const name = tokens.slice(j + 1, k + 1).join(' ').replace(/[.,;:]$/, '');
    const the = j >= 0 && /^the$/i.test(tokens[j]!) ? 'the ' : '';
    if (the) j--;
    const prep = j >= 1 && /^prior$/i.test(tokens[j - 1]!) ? `${tokens[j - 1]} ${tokens[j]}` : (tokens[j] ?? '');
    if (!BEFORE_MEETING.test(prep)) continue;
    if (/^(next|following|forthcoming)\b/i.test(name)) return `${name.split(' ')[0]!.toLowerCase()} meeting`;
    return /^(at|to|for|in)$/i.test(prep) ? name : `${prep} ${the}${name}`;
  }
  return null;
}

/** The due phrase inside an action's own wording, if it has one. */
export function duePhrase(text: string): string | null {
  const meeting = meetingPhrase(text);
  if (meeting) return meeting;
  for (const pattern of PHRASES) {
    const m = pattern.exec(text);
    if (m) return clean(m[0]);
  }
  return null;
}
