/** Dates and times as minutes write them, read en-GB (chrono-node) into ISO dates and HH:MM. */
import * as chrono from 'chrono-node';
import { MONTH } from './text.js';

export function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function dateFromIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}

const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, 'i');
const NUMERIC_DATE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}/;

/** The first full date (day, month and year) in the text, e.g. "Thursday 2nd December 2021". */
export function fullDate(text: string): { iso: string; text: string; index: number } | null {
  // The date parser is the slow part of reading a header: only lines that could hold a date go to it.
  if (!/\d/.test(text) || !(MONTH_WORD.test(text) || NUMERIC_DATE.test(text))) return null;
  for (const result of chrono.en.GB.parse(text)) {
    const start = result.start;
    if (start.isCertain('day') && start.isCertain('month') && start.isCertain('year')) {
      return { iso: isoOf(start.date()), text: result.text, index: result.index };
    }
  }
  return null;
}

/** A date with the year left out ("Tuesday 4 June"), placed on or after the reference date. */
export function dateAfter(text: string, reference: string | null): string | null {
  const ref = reference ? dateFromIso(reference) : new Date();
  for (const result of chrono.en.GB.parse(text, ref, { forwardDate: true })) {
    if (result.start.isCertain('day') && result.start.isCertain('month')) return isoOf(result.start.date());
  }
  return null;
}

const DATE_TEXT = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}\\b|\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b`,
  'gi',
);

/**
 * The start time of a meeting in a line like "27th June 2017, 10.00 pre meeting,
 * 10.30-2pm" (10:30) or "Thursday 17th March 2022 13:30- 15:30" (13:30).
 */
export function startTime(text: string): string | null {
  const line = text
    .replace(DATE_TEXT, ' ')
    .replace(/\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[-–]\s*)?pre[- ]?meeting\b/gi, ' ');
  if (/\bnoon\b|\bmidday\b/i.test(line) && !/\d[.:]\d{2}|\d\s*(am|pm)/i.test(line)) return '12:00';
  const time = /(?<![\d.])(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:-|–|to|until)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?(?![\d.]\d)/gi;
  for (const m of line.matchAll(time)) {
    const [, h, min, meridiem, endH, endMin, endMeridiem] = m;
    if (!min && !meridiem) continue;
    let hour = Number(h);
    const minutes = Number(min ?? '0');
    if (hour > 23 || minutes > 59) continue;
    if (meridiem) hour = to24(hour, meridiem);
    else if (endMeridiem && endH) {
      // "10.30-2pm": the start takes the end's pm only if it still comes before the end.
      const end = to24(Number(endH), endMeridiem) * 60 + Number(endMin ?? '0');
      if (/p/i.test(endMeridiem) && hour < 12 && (hour + 12) * 60 + minutes < end) hour += 12;
    } else if (hour >= 1 && hour <= 6 && !min) continue;
    return `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  return null;
}

function to24(hour: number, meridiem: string): number {
  const pm = /p/i.test(meridiem);
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}
