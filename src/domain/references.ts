import { yearMonth, type IsoDate } from './dates.js';

/** Action references: `<body short name>/<yyyy-mm>/<n>`, numbered in order, stable for ever. */
export function referencePrefix(bodyShortName: string, date: IsoDate): string {
  return `${bodyShortName}/${yearMonth(date)}/`;
}

export function formatReference(bodyShortName: string, date: IsoDate, n: number): string {
  return `${referencePrefix(bodyShortName, date)}${n}`;
}

const REFERENCE = /^(.+)\/(\d{4}-\d{2})\/(\d+)$/;

export function parseReference(reference: string): { body: string; yearMonth: string; n: number } | null {
  const m = REFERENCE.exec(reference.trim());
  if (!m) return null;
  return { body: m[1]!, yearMonth: m[2]!, n: Number(m[3]) };
}

/** The next free number after those already used under a prefix. */
export function nextReferenceNumber(existing: readonly string[]): number {
  let max = 0;
  for (const ref of existing) {
    const parsed = parseReference(ref);
    if (parsed && parsed.n > max) max = parsed.n;
  }
  return max + 1;
}

/** A short name fit for references: letters and digits, e.g. "Police Accountability Group" → "PAG". */
export function suggestShortName(name: string): string {
  const bracketed = /\(([A-Za-z0-9&]{2,12})\)/.exec(name);
  if (bracketed) return bracketed[1]!.replace(/&/g, '').toUpperCase();
  const words = name.replace(/[^A-Za-z0-9 ]/g, ' ').split(/\s+/).filter((w) => w && !/^(of|and|the|for|on|in)$/i.test(w));
  return words.map((w) => w[0]!.toUpperCase()).join('').slice(0, 8) || 'BODY';
}
