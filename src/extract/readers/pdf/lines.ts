import type { Line, Segment, TextRun } from './types.js';

/** Runs whose baselines differ by less than this share a line (fraction of the smaller size). */
const SAME_BASELINE = 0.25;
/** Text this much smaller than its neighbour line and raised or lowered is a superscript or subscript. */
const SMALLER = 0.85;
const MAX_RAISE = 0.6;
const MAX_LOWER = 0.35;
/** A gap wider than this (fraction of the size) between runs is a space. */
const SPACE_GAP = 0.15;
/** A gap wider than this (fraction of the size) separates segments: a tab stop or a table column. */
const WIDE_GAP = 1.5;

// Bullets drawn from Symbol or Wingdings come through as a private-use character, alone or before a space.
const PRIVATE_USE_BULLET = /^(\s*)[\uE000-\uF8FF](?=\s|$)/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

interface Group {
  runs: TextRun[];
  y: number;
  size: number;
  /** How far a merged superscript rises above the baseline. */
  lift: number;
}

/** Rebuilds lines from runs: same baseline, left to right, superscripts merged into their line. */
export function buildLines(runs: TextRun[]): Line[] {
  const sorted = runs
    .map((run) => ({ ...run, text: cleanText(run.text) }))
    .filter((run) => run.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Group[] = [];
  for (const run of sorted) {
    const last = groups.at(-1);
    if (last && run.y - last.y <= SAME_BASELINE * Math.min(run.size, last.size)) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
    } else groups.push({ runs: [run], y: run.y, size: run.size, lift: 0 });
  }
  attachRaisedAndLowered(groups);
  return groups.filter((group) => group.runs.length > 0).map(toLine);
}

function cleanText(text: string): string {
  return text.replace(PRIVATE_USE_BULLET, '$1•').replace(INVISIBLE, '').replace(/[\u00A0\u2000-\u200A\u202F]/g, ' ');
}

/** Moves small raised text ("2nd") and lowered text into the line beside it. */
function attachRaisedAndLowered(groups: Group[]): void {
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    for (const neighbour of [groups[i + 1], groups[i - 1]]) {
      if (!neighbour || neighbour.runs.length === 0 || group.size >= SMALLER * neighbour.size) continue;
      const shift = neighbour.y - group.y;
      if (shift > MAX_RAISE * neighbour.size || -shift > MAX_LOWER * neighbour.size) continue;
      const near = 0.3 * neighbour.size;
      const keep: TextRun[] = [];
      for (const run of group.runs) {
        const touches = neighbour.runs.some((other) => Math.abs(run.x0 - other.x1) <= near || Math.abs(other.x0 - run.x1) <= near);
        if (!touches) keep.push(run);
        else {
          neighbour.runs.push({ ...run, y: neighbour.y });
          neighbour.lift = Math.max(neighbour.lift, shift);
        }
      }
      group.runs = keep;
      if (keep.length === 0) break;
    }
  }
}

function toLine(group: Group): Line {
  const runs = group.runs.sort((a, b) => a.x0 - b.x0);
  const size = dominantSize(runs);
  const segments: Segment[] = [];
  let text = '';
  let boldChars = 0;
  // Where the line's opening bold text ends, when plain text follows it.
  let boldLeadEnd: number | undefined;
  let chars = 0;
  let previous: TextRun | undefined;
  for (const run of runs) {
    // The same text drawn twice at one place (a fake bold) is one text.
    if (previous && run.text === previous.text && Math.abs(run.x0 - previous.x0) < 1) continue;
    const gap = previous ? run.x0 - previous.x1 : 0;
    if (!previous || gap > WIDE_GAP * size) {
      segments.push({ x0: run.x0, x1: run.x1, text: run.text.trim() });
      if (previous) text += ' ';
    } else {
      const segment = segments.at(-1)!;
      const space = gap > SPACE_GAP * Math.min(size, run.size) && !/\s$/.test(segment.text) && !/^\s/.test(run.text);
      segment.text += (space ? ' ' : '') + run.text;
      segment.x1 = Math.max(segment.x1, run.x1);
      if (space) text += ' ';
    }
    if (boldLeadEnd === undefined && !run.bold && boldChars > 0 && boldChars === chars) boldLeadEnd = text.length;
    text += run.text;
    const letters = run.text.replace(/\s/g, '').length;
    chars += letters;
    if (run.bold) boldChars += letters;
    previous = run;
  }
  for (const segment of segments) segment.text = squeeze(segment.text);
  return {
    text: squeeze(text),
    x0: segments[0]!.x0,
    x1: Math.max(...segments.map((s) => s.x1)),
    y: group.y,
    size,
    lift: group.lift,
    bold: chars > 0 && boldChars >= 0.9 * chars,
    boldLead: boldLeadEnd === undefined ? undefined : squeeze(text.slice(0, boldLeadEnd)),
    segments,
  };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The size most of the characters have. */
function dominantSize(runs: TextRun[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const key = Math.round(run.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + run.text.length);
  }
  let best = runs[0]!.size;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}
