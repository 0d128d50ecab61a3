import { findGrids, squareAt, type Grid } from './grid.js';
import { buildLines } from './lines.js';
import type { Cell, Rulings, TableDraft, TextRun } from './types.js';

/**
 * Reads the tables drawn with borders: each run goes to the cell its start lies in (a cell
 * spanning rows or columns gathers all its text), and the rest of the runs flow as text.
 */
export function readRuledTables(runs: TextRun[], rulings: Rulings): { tables: TableDraft[]; flow: TextRun[] } {
  const grids = findGrids(rulings);
  if (grids.length === 0) return { tables: [], flow: runs };
  const buckets = grids.map(() => new Map<number, TextRun[]>());
  const flow: TextRun[] = [];
  for (const run of runs) {
    // A point just inside the run's start, at mid-height: centred or wrapped text still lands in its cell.
    const x = Math.min(run.x0 + 1, (run.x0 + run.x1) / 2);
    const y = run.y - 0.3 * run.size;
    const g = grids.findIndex((grid) => squareAt(grid, x, y) !== undefined);
    if (g < 0) {
      flow.push(run);
      continue;
    }
    const square = squareAt(grids[g]!, x, y)!;
    const bucket = buckets[g]!;
    const inSquare = bucket.get(square);
    if (inSquare) inSquare.push(run);
    else bucket.set(square, [run]);
  }
  const tables: TableDraft[] = [];
  grids.forEach((grid, g) => {
    const table = toTable(grid, buckets[g]!);
    if (table) tables.push(table);
  });
  return { tables, flow };
}

function toTable(grid: Grid, runsBySquare: Map<number, TextRun[]>): TableDraft | undefined {
  if (runsBySquare.size === 0) return undefined;
  const columns = grid.xs.length - 1;
  const cells: Cell[][] = [];
  for (let r = 0; r < grid.ys.length - 1; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < columns; c++) {
      const square = r * columns + c;
      const own = grid.owner[square] === square;
      // A spanning cell reaches as far right as its squares go.
      let right = c + 1;
      while (right < columns && grid.owner[r * columns + right] === square) right++;
      row.push({ lines: own ? buildLines(runsBySquare.get(square) ?? []) : [], left: grid.xs[c]!, right: grid.xs[right]! });
    }
    if (row.some((cell) => cell.lines.length > 0)) cells.push(row);
  }
  return { cells, columns: grid.xs, top: grid.ys[0]!, bottom: grid.ys.at(-1)! };
}
