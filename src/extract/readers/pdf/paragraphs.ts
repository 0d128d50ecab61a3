import { readMarker, type Marker } from './markers.js';
import type { Line } from './types.js';

export interface Paragraph {
  text: string;
  lines: Line[];
  marker?: Marker;
  /** Where the first line starts, and where the lines after it start. */
  x0: number;
  contX: number;
  size: number;
  /** All of its lines are bold. */
  bold: boolean;
}

/** The column text flows in, and the usual distance between its lines. */
export interface Frame {
  left: number;
  right: number;
  spacing: (size: number) => number;
}

/** A gap this much wider than the usual line distance starts a paragraph. */
const PARAGRAPH_GAP = 1.2;
const SENTENCE_END = /[.!?:;]["'’”)\]]*$/;
/** Before a list marker a semicolon does not end the paragraph: "(c) ...;" is often followed by "(d) ..." in running text. */
const ITEM_END = /[.!?:]["'’”)\]]*$/;

/**
 * Joins lines (top to bottom) into paragraphs. A line starts a new paragraph after a wider gap,
 * a change of size or boldness, at a list marker, where the indentation changes, or after a
 * short line that ends a sentence. `barriers` are y positions (tables) no paragraph crosses.
 */
export function buildParagraphs(lines: Line[], frame: Frame, barriers: number[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const line of lines) {
    const marker = readMarker(line);
    if (current && continues(current, line, marker, frame, barriers)) {
      current.text = brokenWord(current.lines.at(-1)!, line, frame) ? current.text + line.text : joinLines(current.text, line.text);
      if (current.lines.length === 1) current.contX = line.x0;
      current.lines.push(line);
      current.bold &&= line.bold;
      continue;
    }
    current = { text: line.text, lines: [line], marker, x0: line.x0, contX: line.x0, size: line.size, bold: line.bold };
    paragraphs.push(current);
  }
  return paragraphs;
}

function continues(paragraph: Paragraph, line: Line, marker: Marker | undefined, frame: Frame, barriers: number[]): boolean {
  const last = paragraph.lines.at(-1)!;
  if (barriers.some((y) => y > last.y && y < line.y)) return false;
  const gap = line.y - last.y - line.lift;
  if (gap > PARAGRAPH_GAP * frame.spacing(last.size) + 0.5) return false;
  if (Math.abs(line.size - last.size) > 0.6) return false;
  const lastShort = isShort(last, frame);
  const lastEnds = SENTENCE_END.test(last.text);
  if (lastShort && (lastEnds || roomFor(last, line, frame))) return false;
  // Bold after a full line is emphasis in running text ("... meeting. ACTION."); after a short line, a new paragraph.
  if (line.bold !== last.bold && lastShort) return false;
  const tolerance = Math.max(2, 0.15 * line.size);
  const centred = Math.abs(line.x0 + line.x1 - last.x0 - last.x1) <= 2 * tolerance && line.x0 > frame.left + tolerance;
  // A one-line list item that ends a sentence, and a line back at its marker: the next paragraph, not a wrap.
  if (paragraph.marker && paragraph.lines.length === 1 && lastEnds && line.x0 <= paragraph.x0 + tolerance) return false;
  if (marker) {
    // A number or dash at the start of a wrapped line is just text; a marker after a full line
    // without a full stop, at the paragraph's own indentation, is taken for such a wrap.
    return !ITEM_END.test(last.text) && !lastShort && Math.abs(line.x0 - paragraph.contX) <= tolerance && paragraph.lines.length > 1;
  }
  return centred || fitsIndent(paragraph, line);
}

/** Whether a line starts where the paragraph's next line would: under its text, or left of a first-line indent. */
export function fitsIndent(paragraph: Paragraph, line: Line): boolean {
  const tolerance = Math.max(2, 0.15 * line.size);
  if (paragraph.lines.length > 1) return Math.abs(line.x0 - paragraph.contX) <= tolerance;
  if (paragraph.marker) return line.x0 >= paragraph.x0 - tolerance && line.x0 <= paragraph.x0 + 8 * line.size;
  return Math.abs(line.x0 - paragraph.x0) <= tolerance || (line.x0 < paragraph.x0 && paragraph.x0 - line.x0 <= 4 * line.size);
}

const SHORT_WORDS = new Set('a an as at be by do go he if in is it me my no of on or so to up us we and are but can due for had has her his its may not now our out per she the was who yet all any one two via'.split(' '));

/**
 * A word too long for its column, broken at the edge ("Commissione" / "r Team", "4" / "."):
 * a single word reaching the edge, and the next line starting with a fragment that is no word.
 */
function brokenWord(last: Line, line: Line, frame: Frame): boolean {
  if (last.text.includes(' ') || last.x1 < frame.right - last.size) return false;
  const fragment = line.text.split(' ')[0]!;
  return /^[.,;:!?)\]'’"”]+$/.test(fragment) || (/^\p{Ll}{1,3}$/u.test(fragment) && !SHORT_WORDS.has(fragment));
}

/**
 * Whether the first word of `next` would have fitted at the end of `line`: then `line` did not
 * wrap there, and `next` begins a paragraph of its own (a name in a list, a line of an address).
 */
function roomFor(line: Line, next: Line, frame: Frame): boolean {
  const word = next.text.split(' ')[0]!;
  const wordWidth = ((next.x1 - next.x0) * word.length) / Math.max(1, next.text.length);
  return line.x1 + wordWidth + 1.5 * line.size < frame.right;
}

/** Whether a line stops well before the right edge: the last line of a paragraph, not a wrapped one. */
export function isShort(line: Line, frame: Frame): boolean {
  return line.x1 < frame.right - Math.max(0.15 * (frame.right - frame.left), 3 * line.size);
}

/** Joins a wrapped line to the text before it: a word broken at a hyphen is joined without a space. */
export function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00AD')) return before.slice(0, -1) + after;
  if (/[\p{L}\p{N}][-‐‑–]$/u.test(before)) return before + after;
  return `${before} ${after}`;
}

/**
 * The usual distance between consecutive lines of each size: the commonest gap between
 * neighbouring lines of that size, which is the line spacing inside paragraphs.
 */
export function measureSpacing(columns: Line[][]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const lines of columns) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      const gap = b.y - a.y - b.lift;
      if (Math.abs(a.size - b.size) > 0.6 || gap < 0.9 * a.size || gap > 2.2 * a.size) continue;
      const size = Math.round(a.size * 2) / 2;
      const bySize = counts.get(size) ?? new Map<number, number>();
      counts.set(size, bySize);
      const key = Math.round(gap * 2) / 2;
      bySize.set(key, (bySize.get(key) ?? 0) + 1);
    }
  }
  const spacing = new Map<number, number>();
  for (const [size, gaps] of counts) spacing.set(size, [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]);
  return (size) => spacing.get(Math.round(size * 2) / 2) ?? 1.2 * size;
}
