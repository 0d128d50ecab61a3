/**
 * Units: the blocks flattened into one sequence the parser walks. Paragraphs broken by a
 * page or column end are joined again; each table is cut into segments at its header
 * rows, and a segment is typed by its headers (action log, action plan, agenda laid out as
 * a table, recommendations, people) with the role of each column.
 */
import type { Block, Where } from '../blocks.js';
import { cleanCell } from '../readers/html.js';
import { isPersonName } from './names.js';
import { peopleLabel } from './people.js';
import { clean, sentences, wordCount } from './text.js';

export type ColumnRole =
  | 'number' | 'text' | 'owner' | 'due' | 'status' | 'update' | 'parent' | 'resources' | 'rag'
  | 'title' | 'content' | 'name' | 'role' | 'organisation' | 'response' | 'present' | 'apologies' | 'other';

export type TableKind = 'actions' | 'plan' | 'agenda' | 'recommendations' | 'people' | 'plain';

export interface TableSegment {
  id: number;
  kind: TableKind;
  roles: ColumnRole[];
}

export interface Unit {
  i: number;
  kind: 'heading' | 'paragraph' | 'list item' | 'row';
  text: string;
  /** Headings and all-bold paragraphs: text that introduces what follows. */
  emphasis: boolean;
  level: number;
  /** Table rows only. */
  cells: string[];
  table: TableSegment | null;
  /** A row of an agenda laid out as a table (number, title, then the minutes). */
  agendaRow: boolean;
  /** An action written in such a table's Action column: its due date column, as written. */
  due?: string;
  where?: Where;
}

const HEADERS: [ColumnRole, RegExp][] = [
  ['number', /^(no|number|ref|reference|#|action (no|number|ref)|minute (ref|no|number)|rec(ommendation)? no)$/],
  ['text', /^(actions?|action points?|actions? (required|agreed|arising)|description|task|what|detail|details|action description)$/],
  ['parent', /^(objectives?|outcomes?)$/],
  ['owner', /^(lead|lead officer|lead person|lead member|lead agency|owners?|action (owner|by)|responsible|responsible (officer|person)|person responsible|responsibility|by whom|who|officer|assigned to)$/],
  ['due', /^(due|due date|deadline|target|target date|date|date due|by when|when|timescale|timescales|completion date|target completion( date)?|review date|review by|by)$/],
  ['status', /^(status|current status|progress status)$/],
  ['rag', /^(rag|rag status|rag rating)$/],
  ['update', /^(updates?|progress|comments?|notes?|progress update|latest update|position|update\/progress)$/],
  ['resources', /^resources?( required| needed)?$/],
  ['title', /^(agenda item|agenda items|item|items|subject|topic|agenda)$/],
  ['content', /^(content|contents|minutes?|discussion|summary|notes and actions|minute)$/],
  ['name', /^(name|names|member|attendee)$/],
  ['role', /^(role|position|job title|title|post|designation)$/],
  ['organisation', /^(organisation|organization|representing|agency|body)$/],
  ['response', /^(response|cabinet response|accepted\??|decision|executive response|accepted \/ rejected)$/],
  // An attendance table's marks: "Present | Apologies", or one "Attendance" column.
  ['present', /^(present|attended|attendance|in attendance|attending)$/],
  ['apologies', /^(apologies|apologies received|sent apologies|absent)$/],
];

function headerCell(cell: string): ColumnRole | null {
  const text = clean(cell).toLowerCase().replace(/[.:?*]+$/g, '').replace(/\.$/, '').trim();
  if (!text || wordCount(text) > 5) return null;
  if (/^tasks?$/.test(text)) return 'text';
  if (/^recommendations?$/.test(text)) return 'text';
  for (const [role, pattern] of HEADERS) if (pattern.test(text)) return role;
  return null;
}

/** Reads a row as a header row: the table kind it starts and the role of each column. */
export function headerRow(row: string[]): { kind: TableKind; roles: ColumnRole[] } | null {
  const filled = row.filter((c) => clean(c));
  if (filled.length < 2) return null;
  const lower = row.map((c) => clean(c).toLowerCase().replace(/[.:*]+$/, ''));
  const roles = row.map((c) => headerCell(c) ?? 'other');
  const known = roles.filter((r, k) => r !== 'other' && clean(row[k]!)).length;
  if (known < 2 || known * 2 < filled.length) return null;
  const has = (r: ColumnRole) => roles.includes(r);

  if (lower.some((c) => /^tasks?$/.test(c)) && (has('owner') || has('resources') || has('rag') || has('due'))) {
    // Action plans: "Action" is the numbered action a task sits under.
    return { kind: 'plan', roles: lower.map((c, k) => (/^actions?$/.test(c) ? 'parent' : roles[k]!)) };
  }
  if (lower.some((c) => /^recommendations?$/.test(c)) && has('response')) return { kind: 'recommendations', roles };
  // "Item | Notes | Action | Owner": notes before the action are the minutes themselves.
  const notesAt = roles.indexOf('update');
  if (has('title') && !has('content') && notesAt >= 0 && (!has('text') || notesAt < roles.indexOf('text'))) roles[notesAt] = 'content';
  // Minutes laid out as a table: "Item | Discussion | Action", or "Minute | Action by".
  if (has('content') && (has('title') || has('number') || has('text') || has('owner'))) {
    const title = roles.indexOf('title');
    return { kind: 'agenda', roles: roles.map((r, k) => (r === 'other' && k < title ? 'number' : r)) };
  }
  if (has('name') && (has('role') || has('organisation') || has('present') || has('apologies'))) return { kind: 'people', roles };
  if (has('text') && (has('owner') || has('update') || has('due') || has('status') || has('number'))) {
    // "Action | Description | Person responsible": the Action column holds the numbers.
    const texts = roles.flatMap((r, k) => (r === 'text' ? [k] : []));
    if (texts.length > 1) {
      const numberAt = texts.find((k) => /^actions?$/.test(lower[k]!)) ?? texts[0]!;
      roles[numberAt] = 'number';
    }
    return { kind: 'actions', roles };
  }
  return null;
}

const TRAILING_HEADING = /(?<=[.!?])\s+((?:(?:Agenda\s+)?[Ii]tem\s+(?:No\.?\s*)?|Minute\s+(?:No\.?\s*)?)?(?:[A-Z]{2,6}\s?)?\d{1,4}(?:\/\d{1,4})?[.):]?\s+(?:[-–—:]\s+)?[A-Z][^.!?:;]{2,80})$/;
/** A committee's own minute reference ("P/25/001", "AGC/24/17") starts a heading even after a line with no full stop. */
const TRAILING_REF = /\s+((?:[A-Z]{1,6}\s?\/?)\d{1,4}\/\d{1,4}[.):]?\s+(?:[-–—:]\s+)?[A-Z][^.!?:;]{2,80})$/;
const EMBEDDED_LABEL_GLOBAL = /\s+(?=(?:[A-Z][a-z]+\s[Pp]resent|Present|PRESENT|Minute taker|Attendees|ATTENDEES|In attendance|Also in attendance|ALSO PRESENT|Apologies(?: for absence)?|APOLOGIES|Officers(?: present)?|OFFICERS(?: PRESENT)?|Venue|(?:Date (?:and time )?of (?:the )?)?[Nn]ext (?:meeting|call|session|panel|board|forum|committee)|Response)\s*:)/g;

export function toUnits(blocks: Block[]): Unit[] {
  const units: Unit[] = [];
  let tableId = 0;
  // A table carried on after a page break or a paragraph comes without its header row.
  let lastHeaded: { segment: TableSegment; columns: number } | null = null;
  const push = (u: Omit<Unit, 'i' | 'cells' | 'table' | 'agendaRow' | 'level' | 'emphasis'> & Partial<Unit>) => {
    const text = clean(u.text);
    if (!text && !u.cells?.some((c) => clean(c))) return;
    const unit: Unit = { i: units.length, level: 0, emphasis: false, cells: [], table: null, agendaRow: false, ...u, text };
    if (continuesPrevious(units[units.length - 1], unit)) {
      units[units.length - 1]!.text += ` ${text}`;
      return;
    }
    units.push(unit);
  };

  for (const block of blocks) {
    const heading = block.kind === 'paragraph' ? (TRAILING_HEADING.exec(block.text) ?? TRAILING_REF.exec(block.text)) : null;
    // The text before must be a sentence: not "Minute No." or "Agenda Item No." before its number.
    const before = heading && block.kind === 'paragraph' ? block.text.slice(0, heading.index) : '';
    if (block.kind === 'paragraph' && heading && wordCount(heading[1]!) <= 12 && wordCount(before) >= 3 && !/\b(?:no|nos|ref|para|min)\.$/i.test(before)) {
      // "… neighbour of the applicant. 24/46 Minutes of the Previous Meeting": a PDF ran the next item's heading on.
      push({ kind: 'paragraph', text: block.text.slice(0, heading.index), where: block.where });
      push({ kind: 'paragraph', text: heading[1]!, emphasis: true, where: block.where });
      continue;
    }
    const parts = block.kind === 'paragraph' ? splitAtLabels(block.text) : [];
    if (parts.length > 1) {
      // "… Civic Centre Attendees: Meera Kapoor …": lines a PDF ran together.
      for (const part of parts) push({ kind: 'paragraph', text: part, emphasis: false, where: block.where });
      continue;
    }
    if (block.kind === 'heading') push({ kind: 'heading', text: block.text, emphasis: true, level: block.level, where: block.where });
    else if (block.kind === 'paragraph') push({ kind: 'paragraph', text: block.text, emphasis: !!block.bold, where: block.where });
    else if (block.kind === 'list item') {
      const marker = block.ordered && block.marker ? `${block.marker} ` : '';
      push({ kind: 'list item', text: marker + block.text, level: block.level, where: block.where });
    } else {
      const columns = Math.max(...block.rows.map(usedColumns));
      const headers = block.rows.map(headerRow);
      const carriesOn = lastHeaded && lastHeaded.columns === columns && !headers.some(Boolean);
      let segment: TableSegment = carriesOn ? lastHeaded!.segment : { id: ++tableId, kind: 'plain', roles: [] };
      for (const [k, row] of block.rows.entries()) {
        // In a list of people, a row that starts with a person ("Ann Cole | Member | Apologies") is a person, not headers.
        const header = segment.kind === 'people' && isPersonName(row.find((c) => c.trim()) ?? '') ? null : headers[k];
        if (header) {
          segment = { id: ++tableId, ...header };
          lastHeaded = { segment, columns };
          continue;
        }
        for (const u of rowUnits(row, segment)) push({ ...u, where: block.where });
      }
    }
  }
  return units;
}

/**
 * A paragraph cut where a label of its own starts: "Venue:", "Response:", or any label of
 * a list of people ("Apologies (accepted):", "Couldn't make it:", "Trustees present:").
 */
function splitAtLabels(text: string): string[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(EMBEDDED_LABEL_GLOBAL)) cuts.add(m.index);
  for (const colon of text.matchAll(/:(?=\s|$)/g)) {
    const before = text.slice(0, colon.index);
    // The longest label ending at this colon (up to five words), starting with a capital after a space.
    for (const at of [...before.matchAll(/\s+(?=\S)/g)].map((w) => w.index).slice(-5)) {
      const label = before.slice(at).trim();
      if (/^[A-Z]/.test(label) && peopleLabel(`${label}:`)) {
        cuts.add(at);
        break;
      }
    }
  }
  const starts = [...cuts].filter((c) => c > 0).sort((a, b) => a - b);
  return starts.length ? [0, ...starts].map((s, k) => text.slice(s, starts[k] ?? text.length).trim()).filter(Boolean) : [text];
}

/** Columns up to the last one with text (converters leave trailing empty cells). */
function usedColumns(row: string[]): number {
  for (let k = row.length - 1; k >= 0; k--) if (row[k]!.trim()) return k + 1;
  return 0;
}

const MARKER = /^(\d{1,3}[.)]?|\d{1,3}\.\d{1,3}\.?|[a-z][.)]|\(?[ivx]+\)|[•\-–*o])$/;

function rowUnits(row: string[], segment: TableSegment): (Partial<Unit> & { kind: Unit['kind']; text: string })[] {
  const cells = row.map(cleanCell);
  const filled = cells.map((c, k) => [c, k] as const).filter(([c]) => clean(c));
  if (!filled.length) return [];
  const [only, at] = filled[0]!;
  // "Date | 14/05/2024", "Venue | Teams": a details table is label-and-value lines.
  if (segment.kind === 'plain' && filled.length === 2 && at === 0 && /^(date|time|venue|location|place|where|when|chair|meeting|title)\s*:?$/i.test(only)) {
    return [{ kind: 'paragraph', text: `${only.replace(/:$/, '')}: ${filled[1]![0]}` }];
  }
  if (segment.kind === 'plain' && filled.length === 2 && at === 0 && MARKER.test(only)) {
    // "1.<tab>Apologies" or "•<tab>text" from a text export: a numbered line, not a table.
    const text = filled[1]![0];
    return /^[•\-–*o]$/.test(only) ? [{ kind: 'list item', text }] : [{ kind: 'paragraph', text: `${only} ${text}` }];
  }
  const keepsRow = (segment.kind === 'plan' || segment.kind === 'actions') && at > 0;
  if (filled.length === 1 && !keepsRow) {
    // A row with one cell is a heading inside the table ("Attendees", an organisation) or a note.
    return splitNumberedParagraphs(only).map((line) => ({ kind: 'paragraph' as const, text: line, emphasis: wordCount(line) <= 8 && !/[.!?]$/.test(line.trim()) }));
  }
  if (segment.kind === 'agenda') {
    let title = cells[segment.roles.indexOf('title')] ?? '';
    let number = cells[segment.roles.indexOf('number')] ?? '';
    let content = cells[segment.roles.indexOf('content')] ?? '';
    // "Item | Minute | Action by" with only a number under Item: the minute opens with its title.
    if (/^\d{1,3}[.)]?$/.test(clean(title)) && !number) {
      number = title;
      const [first, ...rest] = sentences(content);
      title = first && wordCount(first) <= 12 ? first.replace(/\.$/, '') : '';
      if (title) content = rest.join(' ');
    }
    const out: (Partial<Unit> & { kind: Unit['kind']; text: string })[] = [];
    if (clean(title)) out.push({ kind: 'heading', text: `${clean(number)} ${clean(title)}`.trim(), emphasis: true, level: 2, agendaRow: /\d/.test(number) });
    for (const piece of splitNumberedParagraphs(content)) out.push({ kind: 'paragraph', text: piece });
    // An "Action" (and "Owner") column beside the minutes: each is a marked action.
    const action = cells[segment.roles.indexOf('text')] ?? '';
    const owner = cells[segment.roles.indexOf('owner')] ?? '';
    const due = clean(cells[segment.roles.indexOf('due')] ?? '');
    for (const line of action.split('\n').map(clean).filter(Boolean)) {
      out.push({ kind: 'paragraph', text: `ACTION: ${line}${owner ? ` – ${clean(owner)}` : ''}`, ...(due ? { due } : {}) });
    }
    // Only an owner ("Action by: BC"): the minute's last sentence is their task.
    if (!clean(action) && clean(owner)) out.push({ kind: 'paragraph', text: `Action: ${clean(owner)}` });
    return out;
  }
  return [{ kind: 'row', text: filled.map(([c]) => clean(c)).join(' '), cells, table: segment }];
}

/**
 * A minutes cell often holds several numbered paragraphs ("2.1 … 2.2 …"): one unit each.
 * Other line breaks in a cell are wrapping ("Police and Crime / Commissioner Team").
 */
export function splitNumberedParagraphs(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n').map(clean).filter(Boolean)) {
    if (lines.length && !/^(\d{1,3}\.\d{1,3}|[•\-–*]\s|\(?[a-z]\)\s)/.test(line)) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
  }
  const out: string[] = [];
  for (const line of lines) {
    for (const piece of line.split(/(?<=[.!?)]|\bACTION)\s+(?=\d{1,3}\.\d{1,3}\.?\s+[A-Z])/)) {
      if (piece.trim()) out.push(piece.trim());
    }
  }
  return out;
}

/**
 * A paragraph cut by a page or column break carries on in the next block: it starts in
 * lower case, or it follows a long unfinished list item (a list item's tail comes out as
 * a plain paragraph).
 */
function continuesPrevious(previous: Unit | undefined, next: Unit): boolean {
  if (!previous || next.kind !== 'paragraph' || next.emphasis) return false;
  if (previous.kind !== 'paragraph' && previous.kind !== 'list item') return false;
  if (previous.emphasis || /[.!?:;)]["'’”]?$/.test(previous.text)) return false;
  if (/^[a-z]/.test(next.text)) return !/^\(?[a-z]{1,3}[.)]\s/.test(next.text);
  return previous.kind === 'list item' && wordCount(previous.text) >= 15 && wordCount(next.text) >= 6 && !/^\d/.test(next.text);
}
