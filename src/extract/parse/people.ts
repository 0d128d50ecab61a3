/**
 * Attendees and apologies: lists under "Attendees", "Present:", "Also in attendance:",
 * "Officers:", "Apologies" (or an "Apologies for absence" item), one person a line or a
 * table row, often grouped under organisation headings with a role line under a name,
 * or written on one line separated by commas.
 */
import type { ApologyRecord, AttendeeRecord } from '../record.js';
import type { Outline } from './items.js';
import { isOrganisation, isPersonName, looksLikeRole, parsePersonLine, type PersonLine } from './names.js';
import { clean, trimPunctuation, wordCount } from './text.js';
import type { Unit } from './units.js';

export type PeopleKind = 'attendees' | 'apologies';

const LABEL_WORDS: [PeopleKind | 'absent', string][] = [
  ['attendees', 'attendees|attendance|present|members present|in attendance|also in attendance|also present|officers|officers present|officers in attendance|councillors present|those present|attending|members|board members|panel members|committee members|guests|observers|also attending|present at the meeting|attended by'],
  ['apologies', 'apologies|apologies for absence|apologies received|apologies received from|apologies for absence received from|absent with apologies|apologies were received from|apologies for absence were received from'],
  ['absent', 'absent|not present|absent without apologies'],
];

const LABELS = LABEL_WORDS.map(([kind, words]) => [kind, new RegExp(`^(?:${words})\\s*(?:[:\\-–]\\s*(.*))?$`, 'i')] as const);

/** "Present:", "Apologies for absence – Cllr A, Cllr B": the kind of list and anything on the same line. */
export function peopleLabel(text: string): { kind: PeopleKind | 'absent'; rest: string } | null {
  const line = clean(text).replace(/^\d{1,3}[.)]?\s+/, '');
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(line);
    if (m) return { kind, rest: trimPunctuation(m[1] ?? '') };
  }
  const sentence = /^apologies (?:for absence )?(?:were|had been|have been) (?:received|submitted|tendered|given) from (.+)$/i.exec(line);
  if (sentence) return { kind: 'apologies', rest: trimPunctuation(sentence[1]!.replace(/\.$/, '')) };
  return null;
}

export interface People {
  attendees: AttendeeRecord[];
  apologies: ApologyRecord[];
  /** Units read as people, so nothing else reads them again. */
  used: Set<number>;
}

export function readPeople(units: Unit[], outline: Outline): People {
  const people: People = { attendees: [], apologies: [], used: new Set() };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const heading = outline.headings.get(i);
    const label = peopleLabel(heading ? heading.title : unit.text) ?? (unit.table?.kind === 'people' && !people.attendees.length ? { kind: 'attendees' as const, rest: '' } : null);
    if (!label || unit.kind === 'row' && unit.table?.kind !== 'people') continue;
    const start = unit.table?.kind === 'people' ? i : i + 1;
    const found: PersonLine[] = label.rest ? listOfPeople(label.rest) : [];
    const end = readList(units, outline, start, found);
    if (label.kind === 'absent') {
      i = end - 1;
      continue;
    }
    for (let k = i; k < end; k++) people.used.add(k);
    for (const person of found) add(people, label.kind, person);
    i = end - 1;
  }
  return people;
}

function add(people: People, kind: PeopleKind, person: PersonLine): void {
  const list: { name: string }[] = kind === 'attendees' ? people.attendees : people.apologies;
  const key = person.name.toLowerCase();
  if (list.some((p) => p.name.toLowerCase() === key)) return;
  if (kind === 'attendees') people.attendees.push(person);
  else people.apologies.push({ name: person.name, role: person.role, organisation: person.organisation });
}

/** Reads people from `start` until the list ends; returns the index after it. */
function readList(units: Unit[], outline: Outline, start: number, found: PersonLine[]): number {
  let group: string | null = null;
  let last: PersonLine | null = null;
  let lastHadDetail = false;
  let i = start;
  for (; i < units.length; i++) {
    const unit = units[i]!;
    if (outline.headings.has(i) || peopleLabel(unit.text)) break;
    if (unit.kind === 'row') {
      if (unit.table && unit.table.kind !== 'plain' && unit.table.kind !== 'people') break;
      const person = rowPerson(unit);
      if (!person) break;
      found.push({ ...person, organisation: person.organisation ?? group });
      last = person;
      lastHadDetail = true;
      continue;
    }
    const text = unit.text;
    if (/^(none|nil|no apologies|there were no apologies|none (received|advised|declared))\b/i.test(text)) {
      i++;
      break;
    }
    const person = wordCount(text) <= 14 ? parsePersonLine(text) : null;
    if (person) {
      found.push({ ...person, organisation: person.organisation ?? group });
      last = found[found.length - 1]!;
      lastHadDetail = false;
      continue;
    }
    // "Eastshire Police: Supt A Smith, Insp B Jones" — an organisation, then its people.
    const grouped = /^([^:]{3,60}):\s+(.+)$/.exec(text);
    const listed = listOfPeople(grouped && !parsePersonLine(grouped[1]!) ? grouped[2]! : text);
    if (listed.length >= (grouped ? 1 : 2)) {
      const organisation = grouped && !parsePersonLine(grouped[1]!) ? trimPunctuation(grouped[1]!) : null;
      found.push(...listed.map((p) => ({ ...p, organisation: p.organisation ?? organisation ?? group })));
      last = null;
      continue;
    }
    if (wordCount(text) > 10 || /[.!?]$/.test(text) && wordCount(text) > 5) break;
    const next = units[i + 1];
    const nextIsPerson = !!next && (next.kind === 'row' ? !!rowPerson(next) : !!parsePersonLine(next.text));
    const isGroup = nextIsPerson && (!last || lastHadDetail || /\b(members|officers|representatives|partners|councillors|team|attendees|guests|advisers|advisors)$/i.test(text));
    if (isGroup) {
      group = trimPunctuation(text);
      last = null;
    } else if (last && !lastHadDetail) {
      detail(last, trimPunctuation(text));
      lastHadDetail = true;
    } else if (nextIsPerson) group = trimPunctuation(text);
    else break;
  }
  return i;
}

/** A role or organisation line under a person's name. */
function detail(person: PersonLine, text: string): void {
  if (!person.organisation && (isOrganisation(text) || !looksLikeRole(text))) person.organisation = text;
  else person.role = person.role ? `${person.role}; ${text}` : text;
}

function rowPerson(unit: Unit): PersonLine | null {
  const cells = unit.cells.map(clean);
  const roles = unit.table?.roles ?? [];
  const nameAt = roles.indexOf('name') >= 0 ? roles.indexOf('name') : cells.findIndex(Boolean);
  const person = parsePersonLine(cells[nameAt] ?? '');
  if (!person) return null;
  const others = cells.filter((c, k) => k !== nameAt && c);
  const roleAt = roles.indexOf('role');
  const orgAt = roles.indexOf('organisation');
  const role = roleAt >= 0 ? cells[roleAt] : others.find((c) => !isOrganisation(c));
  const organisation = orgAt >= 0 ? cells[orgAt] : others.find((c) => c !== role);
  return {
    ...person,
    role: [person.role, role].filter(Boolean).join(', ') || null,
    organisation: trimPunctuation(organisation ?? '') || person.organisation,
  };
}

/** "Cllrs A Smith (Chair), B Jones and Mrs C Brown (Clerk)" → three people. */
export function listOfPeople(text: string): PersonLine[] {
  let line = clean(text).replace(/\.$/, '');
  let prefix = '';
  const plural = /^(councillors|cllrs)\s+/i.exec(line);
  if (plural) {
    prefix = 'Councillor ';
    line = line.slice(plural[0].length);
  }
  const pieces = splitOutsideBrackets(line);
  const out: PersonLine[] = [];
  for (let piece of pieces) {
    if (/^\d|\b(members? of the public|press|observers?)\b/i.test(piece)) continue;
    const group = /^(councillors|cllrs)\s+/i.exec(piece);
    if (group) {
      prefix = 'Councillor ';
      piece = piece.slice(group[0].length);
    }
    const named = /^(councillor|cllr|mr|mrs|ms|miss|dr)\b/i.test(piece) ? piece : prefix + piece;
    const person = parsePersonLine(named);
    if (person) out.push(person);
    else if (out.length && wordCount(piece) <= 6) detail(out[out.length - 1]!, piece);
  }
  return out.filter((p) => isPersonName(p.name));
}

function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\(|\)|,|;|\s+and\s+|\s+&\s+)/);
  for (const token of tokens) {
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (token === ',' || token === ';' || /^\s+(and|&)\s+$/.test(token))) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += token;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
