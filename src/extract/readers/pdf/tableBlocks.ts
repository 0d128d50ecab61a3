import type { Block } from '../../blocks.js';
import { buildParagraphs, joinLines, type Frame } from './paragraphs.js';
import type { TableDraft } from './types.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table block that may go on over the page, and what is needed to recognise it there. */
export interface OpenTable {
  block: TableBlock;
  columns: number[];
  /** Its last row was cut off by the foot of the page, so it may carry on at the top of the next. */
  cut: boolean;
}

/** Column edges of a table continued on the next page may move this much (points). */
const SAME_COLUMN = 3;
const SENTENCE_END = /[.!?:;]["'’”)\]]*$/;
/** Text that cannot end a cell: a word or sign that needs more after it. */
const DANGLING = /(\b(and|or|of|the|a|an|to|for|in|on|with|by|at|from|as)|[,&/(–-])$/i;
/** A cell starting with a list marker starts a new row. */
const MARKER_START = /^(\(?[a-z0-9]{1,3}[.)]|[•●▪–-])\s/i;

export function openTable(draft: TableDraft, frame: Frame, page: number): OpenTable {
  return { block: { kind: 'table', rows: tableRows(draft, frame), where: { page } }, columns: draft.columns, cut: lastRowCut(draft, frame) };
}

/**
 * Carries `open` on with the draft at the top of the next page when it has the same columns:
 * drops a repeated header row and rejoins a row the page break cut in two. Returns false when
 * the draft is another table.
 */
export function continueTable(open: OpenTable, draft: TableDraft, frame: Frame, page: number, warnings: string[]): boolean {
  if (!sameColumns(open.columns, draft.columns)) return false;
  const rows = tableRows(draft, frame);
  const { rows: kept } = open.block;
  const header = kept[0];
  const fresh = header && rows[0] && sameRow(header, rows[0]) ? rows.slice(1) : rows;
  const last = kept.at(-1);
  const first = fresh[0];
  if (last && first && isRowContinued(last, first, open.cut)) {
    first.forEach((text, i) => {
      if (text) last[i] = last[i] ? joinLines(last[i]!, text) : text;
    });
    warnings.push(`joined a table row split between pages ${page - 1} and ${page}`);
    fresh.shift();
  }
  kept.push(...fresh);
  open.cut = lastRowCut(draft, frame);
  return true;
}

/** Cell text: its lines joined into paragraphs, paragraphs on lines of their own. */
function tableRows(table: TableDraft, frame: Frame): string[][] {
  return table.cells.map((row) =>
    row.map((cell) =>
      buildParagraphs(cell.lines, { left: cell.left, right: cell.right, spacing: frame.spacing })
        .map((p) => p.text)
        .join('\n'),
    ),
  );
}

/**
 * Whether some cell of the last row has text down to the table's foot: no room for two more
 * lines (widow and orphan control may move a line over to the next page early).
 */
function lastRowCut(table: TableDraft, frame: Frame): boolean {
  const row = table.cells.at(-1) ?? [];
  return row.some((cell) => {
    const line = cell.lines.at(-1);
    return line !== undefined && table.bottom - line.y < 2 * frame.spacing(line.size) + 0.2 * line.size;
  });
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= SAME_COLUMN);
}

function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text, i) => text.replace(/\s+/g, ' ') === b[i]!.replace(/\s+/g, ' '));
}

/**
 * A row carrying on the row before: its first cell is empty or plainly goes on (a new row would
 * start a new label), no cell starts anew (a list marker, a capital after a full stop), and
 * the row before was cut at the foot of the page or has a cell its text plainly goes on from.
 */
function isRowContinued(before: string[], row: string[], cut: boolean): boolean {
  let shared = 0;
  let unfinished = false;
  for (let i = 0; i < row.length; i++) {
    const [above, below] = [before[i], row[i]];
    if (!below) continue;
    if (!above) {
      if (i === 0) return false;
      continue;
    }
    shared++;
    const goesOn = /^\p{Ll}/u.test(below) || DANGLING.test(above);
    if (((SENTENCE_END.test(above) || i === 0) && !goesOn) || MARKER_START.test(below)) return false;
    unfinished ||= goesOn;
  }
  return shared > 0 && (cut || unfinished);
}
