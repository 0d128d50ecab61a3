/**
 * Agenda items and numbered paragraphs: which units are item headings ("3. Sex Work",
 * "Item 5 – Finance", "23/45 Planning", a row of an agenda table, "AGENDA ITEM: 5"), and
 * under which item and paragraph ("3.16") every other unit sits.
 */
import type { ItemRecord } from '../record.js';
import { fullDate } from './dates.js';
import { clean, isAllCaps, MONTH, sentences, titleCase, wordCount } from './text.js';
import type { Unit } from './units.js';

export interface Outline {
  items: ItemRecord[];
  /** Per unit: the agenda item it sits under and its numbered paragraph, if any. */
  itemOf: (string | null)[];
  paraOf: (string | null)[];
  /** Units that are item headings, with their item. */
  headings: Map<number, ItemRecord>;
}

const SKIP = /^(report of|portfolio|agenda item|date|time|venue|classification|wards?)\b/i;
const EXPLICIT = /^agenda\s+item\s*(?:no\.?|number)?\s*[:.\-–]?\s*(\d{1,3}[a-z]?)\s*$/i;
/** "3.", "(3)", "4.0", "Item 5 –", "23/45", "QSC 24/015" (a committee's own minute numbers). */
const CANDIDATE = /^(?:(?:(?:agenda\s+)?item|minute|min\.?)\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)?)?\(?((?:[A-Z]{2,6}\s?\/?|[A-Z]\/)?\d{1,4}\/\d{1,4}|\d{1,3}[a-z]?)(?:\.0)?(?:[.):]|\s*[-–—])?\s+(.+)$/;
const STARTS_WITH_MONTH = new RegExp(`^${MONTH}\\b`, 'i');
const PARAGRAPH = /^(\d{1,3}\.\d{1,3})\.?\s/;
const FINITE = /\b(was|were|is|are|has|have|had|will|would|noted|agreed|reported|advised|confirmed|explained|received)\b/i;

export function outline(units: Unit[]): Outline {
  const headings = explicitItems(units) ?? numberedItems(units);
  const itemOf: (string | null)[] = [];
  const paraOf: (string | null)[] = [];
  let item: string | null = null;
  let para: string | null = null;
  for (const unit of units) {
    const heading = headings.get(unit.i);
    if (heading) {
      item = heading.number;
      para = null;
    } else if (unit.kind !== 'row') {
      const p = PARAGRAPH.exec(unit.text)?.[1];
      if (p) para = p;
    }
    itemOf.push(item);
    paraOf.push(para);
  }
  const items: ItemRecord[] = [];
  for (const heading of headings.values()) if (!items.some((i) => i.number === heading.number)) items.push(heading);
  return { items, itemOf, paraOf, headings };
}

/** Reports name their item once ("AGENDA ITEM: 5"); the title is the heading just above it. */
function explicitItems(units: Unit[]): Map<number, ItemRecord> | null {
  const found = new Map<number, ItemRecord>();
  for (const unit of units) {
    const number = EXPLICIT.exec(unit.text)?.[1];
    if (!number || unit.kind === 'row') continue;
    const title: string[] = [];
    for (let k = unit.i - 1; k >= Math.max(0, unit.i - 6); k--) {
      const before = units[k]!;
      // Lines about the meeting ("Cabinet meeting: 8 July 2024", "Scrutiny Committee – 22 October 2024") name no item.
      const skip = SKIP.test(before.text) || /\bmeeting\s*:/i.test(before.text) || (wordCount(before.text) <= 12 && !!fullDate(before.text));
      // "Cabinet Response to … Bus Services Cabinet meeting: 8 July 2024": the title run into the meeting line.
      const runOn = /^(.{20,}?)\s+\S+\s+meeting\s*:/i.exec(before.text);
      if (skip && runOn && !title.length && wordCount(runOn[1]!) >= 4) {
        title.push(runOn[1]!);
        break;
      }
      if (skip) {
        if (title.length) break;
        continue;
      }
      // "Calderbridge City Council" at the top of the page is whose report it is, not its title.
      const organisation = wordCount(before.text) <= 6 && /\b(council|authority|trust|board|police|service|commissioner)$/i.test(before.text);
      if (before.kind === 'row' || wordCount(before.text) > 30 || /[.:]$/.test(before.text) || organisation) break;
      title.unshift(before.text);
      // A plain line is a title on its own; bold lines can be one title broken over lines.
      if (!before.emphasis || !units[k - 1]?.emphasis) break;
    }
    // Nothing above but the meeting's own lines: the title is the line below ("Agenda Item 8" / "Executive Response to …").
    if (!title.length) {
      const below = units.slice(unit.i + 1, unit.i + 4).find((u) => !SKIP.test(u.text));
      if (below && below.kind !== 'row' && wordCount(below.text) <= 25 && !/[.:]$/.test(below.text)) title.push(below.text);
    }
    found.set(unit.i, { number, title: titleCase(clean(title.join(' '))) || `Item ${number}` });
  }
  return found.size ? found : null;
}

function numberedItems(units: Unit[]): Map<number, ItemRecord> {
  const candidates = new Map<number, ItemRecord>();
  for (const unit of units) {
    const candidate = itemCandidate(unit) ?? numberAbove(unit, units[unit.i + 1]);
    if (candidate && !startsActionPlan(units, unit.i)) candidates.set(unit.i, candidate);
  }
  // Three or more numbered lines in a row with nothing under them are a list, not items.
  const listed = new Set<number>();
  const indexes = [...candidates.keys()];
  for (let a = 0; a < indexes.length; ) {
    let b = a;
    while (b + 1 < indexes.length && indexes[b + 1] === indexes[b]! + 1) b++;
    if (b - a >= 2 && !units[indexes[a]!]!.agendaRow) for (let k = a; k <= b; k++) listed.add(indexes[k]!);
    a = b + 1;
  }
  const accepted = new Map<number, ItemRecord>();
  let last: ItemRecord | null = null;
  for (const [i, candidate] of candidates) {
    if (listed.has(i)) continue;
    if (last) {
      const order = ordinal(candidate.number) - ordinal(last.number);
      if (order < 0) continue;
      if (order === 0) {
        if (clean(candidate.title).toLowerCase() === clean(last.title).toLowerCase()) accepted.set(i, last);
        continue;
      }
    }
    accepted.set(i, candidate);
    last = candidate;
  }
  return accepted;
}

function ordinal(number: string): number {
  const parts = number.split('/');
  return parseInt(parts[parts.length - 1]!, 10);
}

export function itemCandidate(unit: Unit): ItemRecord | null {
  if (unit.kind === 'row') return null;
  const m = CANDIDATE.exec(unit.text.replace(/^(agenda\s+)?item\b/i, 'item').replace(/^minute\b/i, 'minute'));
  if (!m) return null;
  const number = m[1]!;
  let title = clean(m[2]!).replace(/[:\s]+$/, '');
  if (unit.agendaRow) title = sentences(title)[0]!.replace(/\.$/, '');
  if (!title || !/^[\p{Lu}\d'"‘“(]/u.test(title) || !/\p{L}.*\p{L}/u.test(title)) return null;
  if (STARTS_WITH_MONTH.test(title) && /\b\d{4}\b/.test(title)) return null;
  if (!unit.agendaRow) {
    const n = wordCount(title);
    if (n > (unit.emphasis ? 25 : 15) || title.length > 160) return null;
    if (/[,;]$/.test(m[2]!.trim()) || (/:$/.test(m[2]!.trim()) && n > 4)) return null;
    if (/\.$/.test(title) && n > 6) return null;
    if (!unit.emphasis && n >= 9 && FINITE.test(title)) return null;
    if (sentences(title).length > 1 && !unit.emphasis) return null;
  }
  // "JB to circulate the slides" under a number is an action list, not an item.
  if (/^(?:[A-Z]{2,4}|[A-Z][a-z]+(?:\s[A-Z][\w'’-]+)?)\s+to\s+[a-z]/.test(title)) return null;
  title = title.replace(/\.$/, '');
  return { number, title: isAllCaps(title) ? titleCase(title) : title };
}

/** "Item 4" (or "4.") alone on its line, with the title on the next. */
function numberAbove(unit: Unit, next: Unit | undefined): ItemRecord | null {
  const number = /^(?:(?:agenda\s+)?item\s+)?(\d{1,3}[a-z]?)\.?$/i.exec(unit.text)?.[1];
  if (!number || !next || next.kind === 'row' || unit.kind === 'row') return null;
  return itemCandidate({ ...next, text: `${number} ${next.text}`, emphasis: next.emphasis || unit.emphasis });
}

/** A numbered objective heading directly over an action plan table is part of the plan. */
function startsActionPlan(units: Unit[], i: number): boolean {
  const next = units[i + 1];
  return !!next && next.kind === 'row' && next.table?.kind === 'plan';
}
