import { mergeRules } from './rulings.js';
import type { Rule, Rulings } from './types.js';

/** How near (points) a rule must come to another to touch it, or to the same line to be on it. */
const TOUCH = 3;
/** A cell edge counts as drawn when rules cover this share of it; otherwise the cell spans across. */
const DRAWN = 0.6;

/** A ruled table: column edges `xs`, row edges `ys`, and which cell each grid square belongs to. */
export interface Grid {
  xs: number[];
  ys: number[];
  /** For square (row r, column c) at r * columns + c: the index of the square whose cell it is part of. */
  owner: Int32Array;
}

/** Finds tables drawn with borders: connected horizontal and vertical rules making at least two columns. */
export function findGrids(rulings: Rulings): Grid[] {
  const horizontal = mergeRules(rulings.horizontal);
  const vertical = mergeRules(rulings.vertical);
  if (horizontal.length < 2 || vertical.length < 2) return [];
  const parent = Array.from({ length: horizontal.length + vertical.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(horizontal.length + j);
    });
  });
  const components = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  const component = (i: number) => {
    const root = find(i);
    let found = components.get(root);
    if (!found) components.set(root, (found = { horizontal: [], vertical: [] }));
    return found;
  };
  horizontal.forEach((h, i) => component(i).horizontal.push(h));
  vertical.forEach((v, j) => component(horizontal.length + j).vertical.push(v));
  const grids: Grid[] = [];
  for (const parts of components.values()) {
    const grid = toGrid(parts.horizontal, parts.vertical);
    if (grid) grids.push(grid);
  }
  return grids;
}

function touches(h: Rule, v: Rule): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

function toGrid(horizontal: Rule[], vertical: Rule[]): Grid | undefined {
  const xs = clusterPositions(vertical.map((v) => v.at));
  const ys = clusterPositions(horizontal.map((h) => h.at));
  if (xs.length < 3 || ys.length < 2) return undefined;
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  const owner = new Int32Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      const leftDrawn = c === 0 || covered(vertical, xs[c]!, ys[r]!, ys[r + 1]!);
      const topDrawn = r === 0 || covered(horizontal, ys[r]!, xs[c]!, xs[c + 1]!);
      owner[i] = !leftDrawn ? owner[i - 1]! : !topDrawn ? owner[i - columns]! : i;
    }
  }
  return { xs, ys, owner };
}

/** Positions closer than TOUCH are one. */
function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  for (const value of sorted) {
    if (result.length && value - result.at(-1)! <= TOUCH) continue;
    result.push(value);
  }
  return result;
}

/** Whether rules at `at` cover most of the span from `from` to `to`. */
function covered(rules: Rule[], at: number, from: number, to: number): boolean {
  let length = 0;
  for (const rule of rules) {
    if (Math.abs(rule.at - at) > TOUCH) continue;
    length += Math.max(0, Math.min(rule.to, to) - Math.max(rule.from, from));
  }
  return length >= DRAWN * (to - from);
}

/** The grid square (row, column) holding a point, or undefined when outside the grid. */
export function squareAt(grid: Grid, x: number, y: number): number | undefined {
  const { xs, ys } = grid;
  if (x < xs[0]! || x > xs.at(-1)! || y < ys[0]! || y > ys.at(-1)!) return undefined;
  const c = Math.min(upperBound(xs, x), xs.length - 1) - 1;
  const r = Math.min(upperBound(ys, y), ys.length - 1) - 1;
  return grid.owner[r * (xs.length - 1) + c]!;
}

function upperBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
