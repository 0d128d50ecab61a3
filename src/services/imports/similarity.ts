/** How alike two action texts are, for finding an earlier action reviewed in later minutes. */
import { comparable } from './names.js';

const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'be', 'is', 'are', 'was',
  'were', 'will', 'would', 'should', 'this', 'that', 'these', 'those', 'it', 'its', 'their', 'all', 'any', 'on', 'into',
  'action', 'actions', 'to', 're',
]);

/** The words that carry meaning, lightly stemmed so "circulated" meets "circulate". */
export function contentWords(text: string): Set<string> {
  // "AP to circulate…" and "Circulate…" are the same action: the owner's initials are not its words.
  const task = text.replace(/^\s*[A-Z]{2,4}(?:\s*(?:and|&|\/|,)\s*[A-Z]{2,4})*\s+to\s+/, '');
  return new Set(comparable(task).split(' ').filter((w) => w.length > 1 && !STOP.has(w)).map(stem));
}

function stem(word: string): string {
  return word.replace(/(ing|ed|es|s|e)$/, '') || word;
}

/**
 * 1 for the same words, 0 for none shared: the larger of the Dice coefficient and how much of
 * the shorter text the longer one contains (minutes often shorten an action when reviewing it).
 */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (!x.size || !y.size) return comparable(a) === comparable(b) ? 1 : 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const dice = (2 * shared) / (x.size + y.size);
  const contained = Math.min(x.size, y.size) >= 3 ? shared / Math.min(x.size, y.size) : 0;
  return Math.max(dice, contained * 0.9);
}

/**
 * Close enough to be the same action. High, because minutes reuse their phrasing: "Arrange a
 * briefing on custody visits" is not "Arrange a briefing on road safety" (0.62).
 */
export const SAME_ACTION = 0.75;
