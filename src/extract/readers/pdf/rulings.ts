import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rule, Rulings } from './types.js';

type Matrix = [number, number, number, number, number, number];

// pdfjs's path drawing codes inside constructPath data (DrawOPS, not exported).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A line thinner than this is a rule when drawn as a filled rectangle (Word draws borders so). */
const THIN = 3;
/** Shorter strokes are glyph-like decoration, not table borders. */
const MIN_LENGTH = 2;
/** Beyond this many rules the page is a drawing, not a table; reading it would cost more than it gives. */
const MAX_RULES = 4000;

const { OPS } = pdfjs;
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

/**
 * The horizontal and vertical lines a page draws (table borders, underlines, rules), in
 * top-down page coordinates: `pageTransform` is the viewport's transform.
 */
export function readRulings(operators: { fnArray: number[]; argsArray: unknown[] }, pageTransform: number[]): Rulings {
  const rulings: Rulings = { horizontal: [], vertical: [] };
  const stack: Matrix[] = [];
  let ctm = pageTransform.slice(0, 6) as Matrix;
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const [paint, [path]] = args as [number, [ArrayLike<number> | null]];
      if (path && (STROKES.has(paint) || FILLS.has(paint))) addPath(path, ctm, STROKES.has(paint), rulings);
      if (rulings.horizontal.length + rulings.vertical.length > MAX_RULES) return { horizontal: [], vertical: [] };
    }
  }
  return rulings;
}

function addPath(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, rulings: Rulings): void {
  let startX = 0, startY = 0, x = 0, y = 0;
  // Corners of the current subpath, to see whether a filled one is a thin bar.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, straight = true;
  const flushFilled = (): void => {
    if (!stroked && straight && minX <= maxX) addBar(minX, minY, maxX, maxY, rulings);
    minX = minY = Infinity;
    maxX = maxY = -Infinity;
    straight = true;
  };
  const visit = (px: number, py: number): void => {
    minX = Math.min(minX, px); maxX = Math.max(maxX, px);
    minY = Math.min(minY, py); maxY = Math.max(maxY, py);
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO || op === LINE_TO) {
      const [px, py] = apply(ctm, path[i]!, path[i + 1]!);
      i += 2;
      if (op === MOVE_TO) {
        flushFilled();
        startX = px; startY = py;
      } else if (stroked) addSegment(x, y, px, py, rulings);
      else if (Math.abs(px - x) > 0.5 && Math.abs(py - y) > 0.5) straight = false;
      visit(px, py);
      x = px; y = py;
    } else if (op === CURVE_TO || op === QUADRATIC_CURVE_TO) {
      const n = op === CURVE_TO ? 6 : 4;
      [x, y] = apply(ctm, path[i + n - 2]!, path[i + n - 1]!);
      i += n;
      straight = false;
    } else if (op === CLOSE_PATH) {
      if (stroked) addSegment(x, y, startX, startY, rulings);
      x = startX; y = startY;
    } else break; // unknown code: stop rather than misread the rest
  }
  flushFilled();
}

function addSegment(x0: number, y0: number, x1: number, y1: number, rulings: Rulings): void {
  if (Math.abs(y1 - y0) < 1 && Math.abs(x1 - x0) >= MIN_LENGTH) {
    rulings.horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  } else if (Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) >= MIN_LENGTH) {
    rulings.vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
}

function addBar(minX: number, minY: number, maxX: number, maxY: number, rulings: Rulings): void {
  const width = maxX - minX;
  const height = maxY - minY;
  if (height <= THIN && width >= MIN_LENGTH && width > height) rulings.horizontal.push({ at: (minY + maxY) / 2, from: minX, to: maxX });
  else if (width <= THIN && height >= MIN_LENGTH && height > width) rulings.vertical.push({ at: (minX + maxX) / 2, from: minY, to: maxY });
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return pdfjs.Util.transform(m, n) as Matrix;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Merges rules lying on one line (double borders, a border drawn cell by cell) into continuous rules. */
export function mergeRules(rules: Rule[], tolerance = 2, gap = 3): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at);
  const merged: Rule[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let sum = 0;
    while (j < sorted.length && sorted[j]!.at - sorted[i]!.at <= tolerance) sum += sorted[j++]!.at;
    const at = sum / (j - i);
    const spans = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    let current = { at, from: spans[0]!.from, to: spans[0]!.to };
    for (const span of spans.slice(1)) {
      if (span.from <= current.to + gap) current.to = Math.max(current.to, span.to);
      else {
        merged.push(current);
        current = { at, from: span.from, to: span.to };
      }
    }
    merged.push(current);
    i = j;
  }
  return merged;
}
