import type { Frame } from './paragraphs.js';
import type { Cell, Line, Segment, TableDraft } from './types.js';

/** Column starts closer than this (points) are one column. */
const ALIGNED = 4;
/** Rows of a table without borders may be this far apart (times the size). */
const MAX_ROW_GAP = 2.5;
/** Share of the cells that must start at a column shared by other rows. */
const ALIGNED_SHARE = 0.7;
/** More column starts than this is scattered text, not a table (and keeps the search linear). */
const MAX_COLUMNS = 12;
/** A lone list marker before a tab is not a column. */
const MARKER_ONLY = /^([•●○◦▪■◆►➢\-–*o]|\(?[0-9]{1,3}(\.[0-9]{1,3})*[.)]?|\(?[a-zA-Z]{1,4}[.)])$/;

const LABEL = /:$/;

/**
 * Finds tables laid out with tab stops instead of borders: runs of lines split by wide gaps
 * whose pieces start at the same columns. Returns them with the lines they did not take.
 */
export function findAlignedTables(lines: Line[], frame: Frame): { lines: Line[]; tables: TableDraft[] } {
  const tables: TableDraft[] = [];
  const rest: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const end = runEnd(lines, i);
    const run = lines.slice(i, end + 1);
    const table = end > i ? toTable(run, frame) : undefined;
    if (table) tables.push(table);
    else rest.push(...run);
    i = end + 1;
  }
  return { lines: rest, tables };
}

function cellsOf(line: Line): Segment[] {
  const [first, second, ...more] = line.segments;
  if (first && second && MARKER_ONLY.test(first.text)) return [{ x0: first.x0, x1: second.x1, text: `${first.text} ${second.text}` }, ...more];
  return line.segments;
}

/** The last line of a run of table-like lines starting at `start`, or `start` when there is none. */
function runEnd(lines: Line[], start: number): number {
  if (cellsOf(lines[start]!).length < 2) return start;
  const starts = cellsOf(lines[start]!).map((c) => c.x0);
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.y - lines[j - 1]!.y > MAX_ROW_GAP * line.size) break;
    const cells = cellsOf(line);
    // A single piece belongs to the table only under a column other than the first (a wrapped cell).
    const underColumn = cells.length === 1 && cells[0]!.x0 > starts[0]! + ALIGNED && starts.some((x) => Math.abs(x - cells[0]!.x0) <= ALIGNED);
    if (cells.length < 2 && !underColumn) break;
    for (const cell of cells) if (!starts.some((x) => Math.abs(x - cell.x0) <= ALIGNED)) starts.push(cell.x0);
    if (starts.length > MAX_COLUMNS) break;
    end = j;
  }
  return end;
}

function toTable(lines: Line[], frame: Frame): TableDraft | undefined {
  const multi = lines.filter((line) => cellsOf(line).length >= 2);
  if (multi.length < 2) return undefined;
  // "Present:<tab>names", "ACTION:<tab>text": labelled lines, which read as text (as a Word
  // document's tabs do), not a table.
  if (multi.every((line) => cellsOf(line).length === 2 && LABEL.test(cellsOf(line)[0]!.text))) return undefined;
  // Column starts shared by at least two lines.
  const support = new Map<number, number>();
  for (const line of multi) {
    for (const cell of cellsOf(line)) {
      const key = [...support.keys()].find((x) => Math.abs(x - cell.x0) <= ALIGNED) ?? cell.x0;
      support.set(key, (support.get(key) ?? 0) + 1);
    }
  }
  const starts = [...support].filter(([, n]) => n >= 2).map(([x]) => x).sort((a, b) => a - b);
  const cellCount = multi.reduce((n, line) => n + cellsOf(line).length, 0);
  const aligned = multi.reduce((n, line) => n + cellsOf(line).filter((c) => starts.some((x) => Math.abs(x - c.x0) <= ALIGNED)).length, 0);
  if (starts.length < 2 || aligned < ALIGNED_SHARE * cellCount) return undefined;

  const column = (x: number): number => Math.max(0, starts.findLastIndex((s) => s <= x + ALIGNED));
  const rightOf = (c: number): number => (c + 1 < starts.length ? starts[c + 1]! - ALIGNED : frame.right);
  const rows: Cell[][] = [];
  const lastPiece: (Segment | undefined)[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const cells = cellsOf(line);
    const firstColumn = column(cells[0]!.x0);
    const close = previous !== undefined && line.y - previous.y <= 1.3 * frame.spacing(line.size) + 0.5;
    // Text under a later column right after a full piece in that column is that cell wrapping.
    const wraps = rows.length > 0 && firstColumn > 0 && close && isFull(lastPiece[firstColumn], rightOf(firstColumn), starts[firstColumn]!);
    if (!wraps) {
      rows.push(starts.map((x, c) => ({ lines: [], left: x, right: rightOf(c) })));
      lastPiece.length = 0;
    }
    const row = rows.at(-1)!;
    for (const cell of cells) {
      const c = column(cell.x0);
      row[c]!.lines.push({ text: cell.text, x0: cell.x0, x1: cell.x1, y: line.y, size: line.size, bold: line.bold, lift: 0, segments: [cell] });
      lastPiece[c] = cell;
    }
    previous = line;
  }
  return { cells: rows, columns: [...starts, frame.right], top: lines[0]!.y - lines[0]!.size, bottom: lines.at(-1)!.y };
}

function isFull(piece: Segment | undefined, right: number, left: number): boolean {
  return piece !== undefined && piece.x1 >= right - 0.25 * (right - left);
}
