/**
 * Action tables, whatever their headers: logs of new actions (Number/Action/Owner,
 * Action/Description/Person Responsible), reviews of earlier actions (No./Action/Lead/
 * Update with "Completed – …"), and action plans (Action/Tasks/Lead/Target Date/
 * Resources Required/RAG Status), one action per task row under its numbered action.
 */
import { parseRag } from '../../domain/rag.js';
import { newAction, statusAndUpdate, type ActionDraft } from './draft.js';
import { duePhrase, readDue } from './due.js';
import type { Outline } from './items.js';
import type { OwnerResolver } from './owners.js';
import { clean } from './text.js';
import type { ColumnRole, Unit } from './units.js';

export interface TableContext {
  units: Unit[];
  outline: Outline;
  owners: OwnerResolver;
  meetingDate: string | null;
}

/** Words that say a table or list reviews earlier actions. */
const EARLIER = /actions? (?:from|arising from|of|agreed at) (?:the )?(?:last|previous|earlier|prior) meetings?|(?:previous|earlier|outstanding|carried forward) actions|matters arising|review of actions|progress (?:on|against) actions|actions? update|update on actions|actions? review/i;
/** Names of an action table that may hold this meeting's actions as well as earlier ones. */
const LOG_NAME = /action log|action tracker|rolling actions/i;
/** An agenda item or list about earlier actions. */
export const PREVIOUS = new RegExp(`${EARLIER.source}|${LOG_NAME.source}`, 'i');

export function tableActions(ctx: TableContext): ActionDraft[] {
  const out: ActionDraft[] = [];
  // Rows of one table: a repeated header row (a page break) does not end the table.
  const tables: Unit[][] = [];
  let previous: Unit | null = null;
  for (const unit of ctx.units) {
    const kind = unit.kind === 'row' ? unit.table?.kind : undefined;
    if (kind === 'actions' || kind === 'plan') {
      const sameTable = previous && previous.i === unit.i - 1 && previous.table!.kind === kind;
      if (sameTable) tables[tables.length - 1]!.push(unit);
      else tables.push([unit]);
      previous = unit;
    } else previous = null;
  }
  for (const rows of tables) out.push(...(rows[0]!.table!.kind === 'plan' ? planActions(rows, ctx) : logActions(rows, ctx)));
  return out;
}

function cell(unit: Unit, role: ColumnRole): string {
  const at = unit.table!.roles.indexOf(role);
  return at >= 0 ? (unit.cells[at] ?? '') : '';
}

function logActions(rows: Unit[], ctx: TableContext): ActionDraft[] {
  const first = rows[0]!;
  const before = ctx.units.slice(Math.max(0, first.i - 4), first.i).map((u) => u.text).join(' ');
  const itemTitle = ctx.outline.items.find((i) => i.number === ctx.outline.itemOf[first.i])?.title ?? '';
  const reviewed = rows.map((r) => statusAndUpdate(cell(r, 'status') || cell(r, 'update')));
  const headings = [...ctx.outline.headings.keys()];
  // A log after the last item lists this meeting's actions; rows already under way or done are earlier ones.
  const closing = headings.some((h) => h < first.i) && !headings.some((h) => h > rows[rows.length - 1]!.i);
  const explicit = EARLIER.test(before) || PREVIOUS.test(itemTitle) || (!closing && LOG_NAME.test(before));
  const isReview = explicit || (!closing && reviewed.some((r) => r.status));
  const out: ActionDraft[] = [];
  rows.forEach((row, k) => {
    const text = clean(cell(row, 'text'));
    if (!text) return;
    // "Completed – sent 3 December" in a Status or an Update column: the status word, then the update.
    const { status, update } = reviewed[k]!;
    const earlier = isReview || (closing && rowIsEarlier(status, clean(cell(row, 'update'))));
    const updateColumn = clean(cell(row, 'update'));
    const placed = closing && !earlier ? itemColumn(ctx, clean(cell(row, 'title')), first.i) : null;
    out.push(
      newAction('table', row.i, text, {
        owners: ctx.owners.owners(cell(row, 'owner')),
        ...readDue(cell(row, 'due') || duePhrase(text), ctx.meetingDate),
        item: placed?.item ?? ctx.outline.paraOf[row.i] ?? ctx.outline.itemOf[row.i] ?? null,
        fromPreviousMeeting: earlier,
        status: status ?? (earlier ? 'ongoing' : 'open'),
        update: cell(row, 'status') && updateColumn ? updateColumn : update,
        rag: parseRag(cell(row, 'rag')),
        ...(placed ? { place: placed.place } : {}),
      }),
    );
  });
  return out;
}

/**
 * A closing log's "Item" column ("5", "5.4"): the action arose under that item of these
 * minutes, and sits at the end of it — a log lists actions the minutes' words may not.
 */
function itemColumn(ctx: TableContext, written: string, table: number): { item: string; place: number } | null {
  const number = written.replace(/^(?:item|minute|min\.?)\s+/i, '').replace(/[.)]$/, '');
  if (!number) return null;
  const units = ctx.outline.itemOf.flatMap((item, i) => (i < table && (item === number || ctx.outline.paraOf[i] === number) ? [i] : []));
  return units.length ? { item: number, place: units[units.length - 1]! + 0.5 } : null;
}

/** In a closing log, a row already done, deferred, or under way with progress to report was set at an earlier meeting. */
function rowIsEarlier(status: ActionDraft['status'], update: string): boolean {
  return status === 'completed' || status === 'deferred' || (status === 'ongoing' && !!update);
}

interface PlanRow {
  unit: Unit;
  /** The numbered action the task sits under, shared by its rows (its text can grow). */
  parent: { text: string };
  cells: Record<'text' | 'owner' | 'due' | 'resources' | 'rag', string>;
}

function planActions(rows: Unit[], ctx: TableContext): ActionDraft[] {
  const merged: PlanRow[] = [];
  let parent = { text: '' };
  for (const unit of rows) {
    const parentCell = cell(unit, 'parent');
    const cells = { text: cell(unit, 'text'), owner: cell(unit, 'owner'), due: cell(unit, 'due'), resources: cell(unit, 'resources'), rag: cell(unit, 'rag') };
    const last = merged[merged.length - 1];
    const startsTask = /^\s*(?:\(?[a-z]\)|[a-z]\.\s|\d+[.)]\s)/.test(cells.text) || !cells.text.trim();
    const onlyTask = !parentCell.trim() && !cells.owner.trim() && !cells.due.trim() && !cells.resources.trim();
    if (last && onlyTask && !startsTask) {
      // The rest of the task above, moved to its own row by a page or line break.
      last.cells.text = `${last.cells.text} ${cells.text}`;
      continue;
    }
    if (last && parentCell.trim() && !/^\s*\d/.test(parentCell) && !startsTask) {
      // A row broken across a page: each half-cell carries on the cell above.
      parent.text = `${parent.text} ${parentCell}`;
      for (const key of Object.keys(cells) as (keyof typeof cells)[]) {
        if (cells[key].trim() && !(key === 'due' && last.cells.due.trim())) last.cells[key] = `${last.cells[key]} ${cells[key]}`.trim();
      }
      continue;
    }
    if (parentCell.trim()) parent = { text: parentCell };
    merged.push({ unit, parent, cells });
  }

  const out: ActionDraft[] = [];
  const item = planItem(ctx.units, rows[0]!.i);
  for (const row of merged) {
    for (const task of splitTasks(row.cells.text)) {
      out.push(
        newAction('plan', row.unit.i, task.text, {
          letter: task.letter,
          owners: ctx.owners.owners(row.cells.owner),
          ...readDue(row.cells.due.split('\n')[0], ctx.meetingDate),
          status: null,
          item,
          parent: clean(row.parent.text) || null,
          resources: clean(row.cells.resources.split('\n')[0] ?? '') || null,
          rag: parseRag(row.cells.rag),
        }),
      );
    }
  }
  return out;
}

/**
 * "a) Secure resources b) Arrange events" → two tasks; bullets under a task stay with it.
 * Letters split only in order (a, b, c…), so "e.g." or a stray "i." inside a task does not.
 */
export function splitTasks(text: string): { letter: string; text: string }[] {
  const flat = text
    .split('\n')
    .map((line, k) => (k > 0 && /^[•·▪◦-]/.test(line.trim()) ? `; ${line.replace(/^[•·▪◦-]\s*/, '')}` : ` ${line}`))
    .join('')
    .replace(/\s*;\s*/g, '; ')
    .replace(/([:;])\s*;\s*/g, '$1 ')
    .trim();
  const tasks: { letter: string; text: string }[] = [];
  let expected = 'a';
  let from = 0;
  let letter = '';
  const first = /^\(?([a-z])[.)]\s+/.exec(flat);
  if (first) {
    letter = first[1]!;
    expected = String.fromCharCode(letter.charCodeAt(0) + 1);
    from = first[0].length;
  }
  for (const m of flat.matchAll(/\s\(?([a-z])[.)]\s+/g)) {
    if (m[1] !== expected || m.index < from) continue;
    tasks.push({ letter, text: clean(flat.slice(from, m.index)) });
    letter = m[1];
    expected = String.fromCharCode(letter.charCodeAt(0) + 1);
    from = m.index + m[0].length;
  }
  tasks.push({ letter, text: clean(flat.slice(from)) });
  return tasks.filter((t) => t.text);
}

/** Plans restart their numbering in each section: "Effective Justice 1", "Reducing Harm 2". */
function planItem(units: Unit[], first: number): string | null {
  let objective: string | null = null;
  for (let k = first - 1; k >= 0; k--) {
    const unit = units[k]!;
    if (unit.kind === 'row') continue;
    const numbered = /^(\d{1,2})[.)]\s/.exec(unit.text);
    if (!objective && numbered && unit.emphasis) {
      objective = numbered[1]!;
      continue;
    }
    if (unit.kind === 'heading' && !numbered) {
      const section = clean(unit.text.split(/[:–-]/)[0] ?? '').replace(/\breport card\b.*$/i, '').trim();
      return [section, objective].filter(Boolean).join(' ') || null;
    }
  }
  return objective;
}
