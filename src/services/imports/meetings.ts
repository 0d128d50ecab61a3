/** What a meeting's title and its agenda items' titles say about them. */
import type { MeetingType, StandingItem } from '../../domain/meetings.js';

/** Deep dive, escalations or AGM by its title; else ordinary. */
export function meetingTypeFor(title: string | null | undefined): MeetingType {
  const t = (title ?? '').toLowerCase();
  if (/deep[\s-]?dive/.test(t)) return 'deep dive';
  if (/escalation/.test(t)) return 'escalations';
  if (/\bagm\b|annual general meeting/.test(t)) return 'AGM';
  if (/task (and|&) finish/.test(t)) return 'task and finish';
  if (/\bextraordinary\b/.test(t)) return 'extraordinary';
  return 'ordinary';
}

/** A venue that is no place: "Virtual meeting", "via Microsoft Teams", "Zoom". */
export function isVirtualVenue(venue: string | null | undefined): boolean {
  return /\b(virtual|online|remote(ly)?|teams|zoom|webex|skype|video ?conference|hybrid)\b/i.test(venue ?? '');
}

const STANDING: [StandingItem, RegExp][] = [
  ['exclusion of the press and public', /\bexclusion of (the )?(press|public)|\bexempt (item|business)\b/],
  ['declarations of interest', /\bdeclarations? of (any )?interests?|\bdisclosures? of interests?|\binterests? to declare\b/],
  ['public forum', /\bpublic (forum|questions?|participation|speaking|statements?)\b/],
  ['minutes of the previous meeting', /\bminutes\b(?!.*\bnext\b)/],
  ['matters arising', /\bmatters arising\b|\baction (log|tracker)\b|\b(review of|outstanding) actions\b|\bactions? (from|of) (the )?(previous|last) meeting\b/],
  ['any other business', /\bany other business\b|\ba\.?o\.?b\.?\b/],
  ['date of next meeting', /\b(date|time|dates) (and (time|venue) )?of (the )?next meeting\b|\bnext meeting\b|\bfuture meeting dates\b/],
  ['apologies', /\bapolog(y|ies)\b/],
];

/** The standing item an agenda item is, by its title: "Apologies for absence", "AOB", "Minutes of the last meeting". */
export function standingItemFor(title: string): StandingItem | null {
  const t = title.toLowerCase().replace(/\s+/g, ' ');
  return STANDING.find(([, pattern]) => pattern.test(t))?.[0] ?? null;
}
