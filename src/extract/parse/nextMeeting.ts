/**
 * The next meeting: "Date of next meeting: Tuesday 2 July 2024 at 7pm, Village Hall",
 * a "Date and time of next meeting" heading or item with the date under it, or "The next
 * meeting will be held on …".
 */
import type { NextMeetingRecord } from '../record.js';
import { dateAfter, fullDate, startTime } from './dates.js';
import type { Outline } from './items.js';
import { venueIn } from './header.js';
import { sentences, wordCount } from './text.js';
import type { Unit } from './units.js';

const LABEL = /^(?:(?:the\s+)?(?:date|dates|time|details|venue)(?:\s*(?:,|and|&)\s*(?:time|venue|date))*\s+(?:of|for)\s+(?:the\s+)?next\s+(?:meetings?|call|catch[- ]?up|session|(?:panel|board|forum|committee|group)(?:\s+meeting)?)|next\s+(?:meetings?|call|catch[- ]?up|session|(?:panel|board|forum|committee|group)(?:\s+meeting)?)|future\s+meetings?(?:\s+dates?)?|dates?\s+of\s+future\s+meetings?)\s*[:\-–]?\s*(.*)$/i;
const SENTENCE = /\bnext (?:meeting|call|catch[- ]?up|session|(?:panel|board|forum|committee|group)(?: meeting)?) (?:of [^.]{1,60} )?(?:will|is to|would|is due to|was confirmed|has been arranged|to) (?:be held |take place |as |for )?(?:on |at )?(.+)$/i;

export function readNextMeeting(units: Unit[], outline: Outline, meetingDate: string | null): NextMeetingRecord | null {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const heading = outline.headings.get(i);
    const label = LABEL.exec(heading ? heading.title : unit.text);
    let text: string[];
    if (label && (heading || unit.emphasis || wordCount(unit.text) <= 25 || label[1])) {
      text = [heading ? '' : label[1] ?? ''];
      // The date's line, then only lines that say where or when.
      for (let k = i + 1; k < Math.min(units.length, i + 4); k++) {
        const next = units[k]!;
        if (outline.headings.has(k) || next.kind === 'heading' || wordCount(next.text) > 30) break;
        if (fullDate(text.join(' ')) && !/^(venue|location|place|where|time|start)\b/i.test(next.text)) break;
        // "7.1 Thursday 16 January 2025, …", "The next meeting will be held on …": the date and place only.
        const said = SENTENCE.exec(next.text)?.[1];
        text.push(said ? sentences(said)[0]! : next.text.replace(/^\d{1,3}\.\d{1,3}\.?\s+/, ''));
      }
    } else {
      const said = SENTENCE.exec(unit.text);
      if (!said || unit.kind === 'row') continue;
      // "… in the Council Chamber. The meeting ended at 8.52 pm.": only the sentence that says when.
      text = [sentences(said[1]!)[0]!];
    }
    const found = meetingFrom(text.filter(Boolean), meetingDate);
    if (found) return found;
  }
  return null;
}

function meetingFrom(lines: string[], meetingDate: string | null): NextMeetingRecord | null {
  const all = lines.join(' ; ');
  const date = fullDate(all);
  const iso = date?.iso ?? (/\b(tbc|to be (confirmed|arranged|agreed))\b/i.test(all) ? null : dateAfter(all, meetingDate));
  if (!iso || (meetingDate && iso <= meetingDate)) return null;
  const venue = lines.map(venueIn).find(Boolean) ?? null;
  return { date: iso, startTime: startTime(all), venue };
}
