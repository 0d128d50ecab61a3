/**
 * Attendees and apologies: lists under "Attendees", "Present:", "Also in attendance:",
 * "Officers:", "Apologies" (or an "Apologies for absence" item), one person a line or a
 * table row, often grouped under organisation headings with a role line under a name,
 * or written on one line separated by commas.
 */
import type { ApologyRecord, AttendeeRecord } from '../record.js';
import type { Outline } from './items.js';
import { isOrganisation, isPersonName, looksLikeRole, parsePersonLine, type PersonLine } from './names.js';
import { clean, sentences, trimPunctuation, wordCount } from './text.js';
import type { Unit } from './units.js';

export type PeopleKind = 'attendees' | 'apologies';

const LABEL_WORDS: [PeopleKind | 'absent', string][] = [
  ['attendees', 'attendees|attendance|present|members present|in attendance|also in attendance|also present|officers|officers present|officers in attendance|councillors present|those present|attending|members|board members|panel members|committee members|guests|observers|also attending|present at the meeting|attended by|there|who was there|who came|sederunt|witnesses|speakers|presenters|contributors'],
  ['apologies', "apologies|apologies for absence|apologies received|apologies received from|apologies for absence received from|absent with apologies|apologies were received from|apologies for absence were received from|sent apologies|apols|unable to attend|not able to attend|could ?n[o']t (?:make it|attend)"],
  ['absent', 'absent|not present|absent without apologies'],
];

const LABELS = LABEL_WORDS.map(([kind, words]) => [kind, new RegExp(`^(?:${words})\\s*(?:[:\\-–]\\s*(.*))?$`, 'i')] as const);

/** "Trustees present:", "Governors present" — whoever the body's members are called. */
const MEMBERS_PRESENT = /^(?:[a-z][\w-]*\s+){1,2}present\s*(?:[:\-–]\s*(.*))?$/i;
/** "Minute taker: Tamsin Ford (SAB Business Unit)": one more person at the meeting, with their role. */
const TAKER = /^(minute[- ]?taker|note[- ]?taker|minutes taken by|notes taken by|minuted by|clerk to the \w+|chair(?:man|person)?|vice[- ]chair(?:man|person)?|secretary|clerk|treasurer|officer|scrutiny officer|democratic services officer|committee officer)\s*[:\-–]\s*(.+)$/i;

/** "Present:", "Apologies for absence – Cllr A, Cllr B": the kind of list and anything on the same line. */
export function peopleLabel(text: string): { kind: PeopleKind | 'absent'; rest: string; role?: string } | null {
  // "Apologies (accepted):", "Present (in person):": the bracket qualifies the label.
  const line = clean(text).replace(/^\d{1,3}[.)]?\s+/, '').replace(/^([\w'’ ]{3,40}?)\s*\([^)]{1,30}\)\s*(?=[:\-–]|$)/, '$1');
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(line);
    if (m) return { kind, rest: trimPunctuation(m[1] ?? '') };
  }
  const members = MEMBERS_PRESENT.exec(line);
  if (members && wordCount(line.split(/[:\-–]/)[0]!) <= 3) return { kind: 'attendees', rest: trimPunctuation(members[1] ?? '') };
  const taker = TAKER.exec(line);
  // "Chair: Olivia Brandt", "Officer: Ruth Kelly, Scrutiny Officer" — only when a person follows.
  if (taker && wordCount(taker[2]!) <= 10 && listOfPeople(taker[2]!).length) return { kind: 'attendees', rest: trimPunctuation(taker[2]!), role: taker[1]!.replace(/^\w/, (c) => c.toUpperCase()) };
  const sentence = /^apologies (?:for absence )?(?:were|was|had been|have been) (?:received|submitted|tendered|given|noted|accepted)(?: and (?:accepted|noted|approved))? (?:from|by|for) (.+)$/i.exec(line);
  // "Apologies were received from A and B. C attended as a substitute.": only the first sentence names them.
  if (sentence) return { kind: 'apologies', rest: trimPunctuation(sentences(sentence[1]!)[0]!.replace(/\.$/, '')) };
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
    const found: Listed[] = label.rest ? listOfPeople(label.rest).map((p) => ({ ...p, role: p.role ?? label.role ?? null })) : [];
    const end = readList(units, outline, start, found);
    if (label.kind === 'absent') {
      i = end - 1;
      continue;
    }
    for (let k = i; k < end; k++) people.used.add(k);
    for (const person of found) {
      // An attendance table marks each row: present, apologies, or absent.
      const kind = person.attendance ?? label.kind;
      if (kind !== 'absent') add(people, kind, person);
    }
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

type Listed = PersonLine & { attendance?: PeopleKind | 'absent' };

/** Headings that name a kind of attendee ("PALG Members", "Officers") rather than an organisation. */
const CATEGORY = /\b(members|officers|representatives|partners|councillors|team|attendees|guests|advisers|advisors)$/i;

/** Reads people from `start` until the list ends; returns the index after it. */
function readList(units: Unit[], outline: Outline, start: number, found: Listed[]): number {
  let group: string | null = null;
  let last: PersonLine | null = null;
  let lastHadDetail = false;
  /** Two people on lines one after the other under the current heading: one line a person, no detail lines. */
  let lineEach = false;
  let i = start;
  /** Some line under a person has given their post or organisation: a list of names each with a detail line. */
  let detailLines = false;
  /** Everyone listed so far gave initials ("Rajesh Varma (RV)"). */
  const initialled = () => found.length > 0 && found.every((p) => p.initials);
  const isPersonUnit = (unit: Unit | undefined) => {
    if (!unit) return false;
    if (unit.kind === 'row') return !!rowPerson(unit);
    const parsed = parsePersonLine(unit.text);
    return !!parsed && !(initialled() && isBare(parsed, unit.text));
  };
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
    // Two or more people on one line: "Cllr A Daly (Dale DC), Cllr K Moss (Westford BC)", or "Name – role" lines run together.
    const several = severalPeople(text);
    const joined = several ?? runOnPeople(text);
    const parsed = !joined && wordCount(text) <= 14 ? parsePersonLine(text) : null;
    // Among people with initials, a bare line without them is a heading over the next one ("Eastvale Youth Advocacy"),
    // or the organisation of the person above when each name has its detail line.
    const bare = !!parsed && isBare(parsed, text) && (found.length > 0 ? initialled() : isInitialled(units[i + 2]));
    const person = bare && (isInitialled(units[i + 1]) || (detailLines && !!last && !lastHadDetail)) ? null : parsed;
    if (joined) {
      // Several people on the line: each is one.
      found.push(...joined.map((p) => ({ ...p, organisation: p.organisation ?? group })));
      last = null;
      continue;
    }
    if (person) {
      lineEach ||= !!last && !lastHadDetail;
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
    const nextIsPerson = isPersonUnit(units[i + 1]);
    // "Office of the Police and Crime Commissioner for Northshire and Westshire": a long organisation over its people.
    const longOrganisation = nextIsPerson && wordCount(text) <= 20 && isOrganisation(text) && !/[.!?;:,]$/.test(text);
    if ((wordCount(text) > 10 && !longOrganisation) || /[.!?]$/.test(text) && wordCount(text) > 5) break;
    // A line that is not a post, over people, heads a group when the list gives no detail lines:
    // people one a line under the heading before, organisation headings already in use, or two people after it.
    const heading = (isOrganisation(text) || !looksLikeRole(text)) && (lineEach || (!!group && !CATEGORY.test(group)) || isPersonUnit(units[i + 2]) || (!detailLines && opensBlock(units, i)));
    const isGroup = nextIsPerson && (!last || lastHadDetail || CATEGORY.test(text) || heading);
    if (isGroup) {
      group = trimPunctuation(text);
      last = null;
      lineEach = false;
    } else if (last && !lastHadDetail) {
      detail(last, trimPunctuation(text));
      lastHadDetail = true;
      detailLines = true;
    } else if (nextIsPerson) group = trimPunctuation(text);
    else break;
  }
  return i;
}

/**
 * A line set off as the start of what follows: bold over plain names (a Word or PDF heading
 * line), or in a text file a line after a blank line with the names straight under it.
 */
function opensBlock(units: Unit[], i: number): boolean {
  const [before, unit, after] = [units[i - 1], units[i]!, units[i + 1]];
  if (!after || after.kind === 'row') return false;
  if (unit.emphasis && !after.emphasis) return true;
  const [a, b, c] = [before?.where?.line, unit.where?.line, after.where?.line];
  return a !== undefined && b !== undefined && c !== undefined && b - a > 1 && c === b + 1;
}

/** A line that reads as a name but gives no initials, title, post or organisation: "Eastvale Youth Advocacy". */
function isBare(parsed: PersonLine, text: string): boolean {
  return !parsed.initials && !parsed.role && !parsed.organisation && !/[(),:–-]/.test(text) && !/^(?:councillor|cllr|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd)\b/i.test(text);
}

/** A person's line with their initials: "Rajesh Varma (RV)". */
function isInitialled(unit: Unit | undefined): boolean {
  return !!unit && unit.kind !== 'row' && !!parsePersonLine(unit.text)?.initials;
}

/**
 * "Cllr Fran Daly (Dale DC), Cllr Keith Moss (Westford BC)": people, each a piece of the line,
 * and plainly people — titled or with initials, or three or more names with no post or
 * organisation among them ("Gail Hendry, Chief Nurse" is one person and her post).
 */
function severalPeople(text: string): PersonLine[] | null {
  const pieces = splitOutsideBrackets(text.replace(/^(?:councillors|cllrs)\s+/i, ''));
  const people = listOfPeople(text);
  if (people.length < 2 || people.length !== pieces.length) return null;
  const plainly = pieces.every((p) => /^(?:councillor|cllr|mr|mrs|ms|miss|mx|dr|prof|rev|revd|sir|dame)\b/i.test(p) || /\([A-Z]{2,5}\)/.test(p));
  const noPosts = pieces.length >= 3 && pieces.every((p) => !isOrganisation(p) && !looksLikeRole(p));
  return plainly || noPosts ? people : null;
}

/**
 * "Huw Prydderch – Chief Executive, Teifi County Council Dr Alys Morgan – Director of
 * Public Health": lines of "Name – role" run into one. Each name followed by a dash starts
 * a person; null unless the line starts with one and every part reads as a person.
 */
function runOnPeople(text: string): PersonLine[] | null {
  const tokens = text.split(/\s+/);
  const starts: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    for (let n = 2; n <= 4 && k + n < tokens.length; n++) {
      if (!/^[-–—]$/.test(tokens[k + n]!) || !isPersonName(tokens.slice(k, k + n).join(' '))) continue;
      if (!starts.length || k > starts[starts.length - 1]! + 2) starts.push(k);
      break;
    }
  }
  if (starts.length < 2 || starts[0] !== 0) return null;
  const people = starts.map((s, n) => parsePersonLine(tokens.slice(s, starts[n + 1] ?? tokens.length).join(' ')));
  return people.every(Boolean) ? (people as PersonLine[]) : null;
}

/** A role or organisation line under a person's name. */
function detail(person: PersonLine, text: string): void {
  if (!person.organisation && (isOrganisation(text) || !looksLikeRole(text))) person.organisation = text;
  else person.role = person.role ? `${person.role}; ${text}` : text;
}

function rowPerson(unit: Unit): Listed | null {
  const cells = unit.cells.map(clean);
  const roles = unit.table?.roles ?? [];
  const nameAt = roles.indexOf('name') >= 0 ? roles.indexOf('name') : cells.findIndex(Boolean);
  const person = parsePersonLine(cells[nameAt] ?? '');
  if (!person) return null;
  const marks = (role: 'present' | 'apologies') => roles.flatMap((r, k) => (r === role ? [cells[k] ?? ''] : []));
  const attendance = attendanceOf(marks('present'), marks('apologies'));
  const others = cells.filter((c, k) => k !== nameAt && c && roles[k] !== 'present' && roles[k] !== 'apologies');
  const roleAt = roles.indexOf('role');
  const orgAt = roles.indexOf('organisation');
  const role = roleAt >= 0 ? cells[roleAt] : others.find((c) => !isOrganisation(c));
  const organisation = orgAt >= 0 ? cells[orgAt] : others.find((c) => c !== role);
  return {
    ...person,
    role: [person.role, role].filter(Boolean).join(', ') || null,
    organisation: trimPunctuation(organisation ?? '') || person.organisation,
    ...(attendance ? { attendance } : {}),
  };
}

const APOLOGY_MARK = /^(apologies|apols?|a|sent apologies|apologies sent)\b/i;
const ABSENT_MARK = /^([✗✘×û\uF0FB]|no|n|absent|not present|did not attend|dna|-|–)$/i;

/**
 * Where an attendance table has marks: "✓" under Present, "✓" under Apologies, or one
 * Attendance column reading "✓", "Apologies" or "✗". Undefined when it has no such columns.
 */
function attendanceOf(present: string[], apologies: string[]): PeopleKind | 'absent' | undefined {
  if (!present.length && !apologies.length) return undefined;
  const mark = (c: string) => !!c.trim() && !ABSENT_MARK.test(c.trim());
  if (apologies.some(mark)) return 'apologies';
  const said = present.map((c) => c.trim()).find(Boolean) ?? '';
  if (APOLOGY_MARK.test(said)) return 'apologies';
  return mark(said) ? 'attendees' : 'absent';
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
