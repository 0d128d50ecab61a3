import type { Line, PageLayout, TableDraft } from './types.js';

/** Headers and footers are looked for among this many lines at the top and bottom of a page. */
const EDGE_LINES = 3;
/** Page numbers, and tables used as headers or footers, lie within this share of the page height from its top or bottom. */
const MARGIN = 0.12;
/** A header or footer table is this small: it fits within this share of the page height from the edge. */
const TABLE_MARGIN = 0.2;
/** A line recurring on this share of the pages (at least two) is a header or footer. */
const RECURRING = 0.4;
/** Recurring lines must sit within this many points of each other. */
const SAME_PLACE = 8;

const PAGE_NUMBER = [
  /^(page|p\.|tudalen)?\s*\d{1,4}(\s*(of|\/|o)\s*\d{1,4})?\.?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\d{1,4}\s*\|\s*(page|tudalen)$/i,
  /^(page|tudalen)\s*[ivxlc]{1,6}$/i,
];
const PROTECTIVE_MARKING = /^(official|official[- ]sensitive|not protectively marked|unclassified|restricted|confidential|secret|top secret|protect|swyddogol)\b/i;

/** A line or small table at the top or bottom of a page that may be page furniture. */
interface Piece {
  page: PageLayout;
  text: string;
  y: number;
  line?: Line;
  table?: TableDraft;
}

/**
 * Drops page furniture: page numbers in the margins, and lines (or small tables) that recur at
 * the top or bottom of many pages (running headers, footers). A recurring protective marking
 * is kept once, where it first appears. Returns warnings describing what was left out.
 */
export function dropFurniture(pages: PageLayout[]): string[] {
  const drop = new Set<Line | TableDraft>();
  const recurring = new Map<string, Piece[]>();
  for (const page of pages) {
    for (const piece of edgePieces(page)) {
      const top = piece.y < page.height / 2;
      const inMargin = top ? piece.y <= MARGIN * page.height : piece.y >= (1 - MARGIN) * page.height;
      if (piece.line && inMargin && PAGE_NUMBER.some((pattern) => pattern.test(piece.text))) {
        drop.add(piece.line);
        continue;
      }
      const key = `${top ? 'top' : 'bottom'} ${piece.text.toLowerCase().replace(/\d+/g, '#')}`;
      const found = recurring.get(key) ?? [];
      if (found.at(-1)?.page !== page) found.push(piece);
      recurring.set(key, found);
    }
  }
  const warnings: string[] = [];
  const needed = Math.max(2, Math.ceil(RECURRING * pages.length));
  for (const [key, pieces] of recurring) {
    if (pieces.length < needed) continue;
    const ys = pieces.map((p) => p.y).sort((a, b) => a - b);
    const median = ys[ys.length >> 1]!;
    const placed = pieces.filter((p) => Math.abs(p.y - median) <= SAME_PLACE);
    if (placed.length < needed) continue;
    const first = placed[0]!;
    const keepFirst = PROTECTIVE_MARKING.test(first.text);
    for (const piece of keepFirst ? placed.slice(1) : placed) drop.add((piece.line ?? piece.table)!);
    const where = key.startsWith('top') ? 'top' : 'bottom';
    warnings.push(
      keepFirst
        ? `kept the protective marking "${shorten(first.text)}" once; it was repeated at the ${where} of ${placed.length} pages`
        : `left out "${shorten(first.text)}", repeated at the ${where} of ${placed.length} pages (a page header or footer)`,
    );
  }
  if (drop.size > 0) {
    for (const page of pages) {
      page.lines = page.lines.filter((line) => !drop.has(line));
      page.tables = page.tables.filter((table) => !drop.has(table));
    }
  }
  return warnings;
}

/** The first and last lines of a page, and tables small enough to be a header or footer. */
function edgePieces(page: PageLayout): Piece[] {
  const { lines, tables, height } = page;
  const edgeLines = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
  const pieces: Piece[] = [...edgeLines].map((line) => ({ page, text: line.text, y: line.y, line }));
  for (const table of tables) {
    const atTop = table.bottom <= TABLE_MARGIN * height;
    if (!atTop && table.top < (1 - TABLE_MARGIN) * height) continue;
    const text = table.cells.flatMap((row) => row.flatMap((cell) => cell.lines.map((line) => line.text))).join(' ');
    pieces.push({ page, text, y: atTop ? table.top : table.bottom, table });
  }
  return pieces;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
