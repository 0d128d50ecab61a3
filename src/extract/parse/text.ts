/** Small text helpers the parser shares: cleaning, words, similarity, sentences, case. */

export function clean(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/[\u2063\u200b\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops trailing punctuation that belongs to the layout, not the words. */
export function trimPunctuation(text: string): string {
  return text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();
}

const STOP = new Set(
  ('a an the to of and or in on for at by with from as is be are was were will would should that this these those it its ' +
    'their there any all into onto up re per via has have had been being can could may might shall do does did not no yes ' +
    'if so than then also').split(' '),
);

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => !STOP.has(w)).map(stem));
}

/** A light stem so "share"/"shared", "home"/"homes", "meet"/"meeting" count as the same word. */
function stem(word: string): string {
  let w = word;
  if (w.length > 3) w = w.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  if (w.length > 5) w = w.replace(/(ing|ed)$/, '');
  if (w.length > 3) w = w.replace(/e$/, '');
  return w;
}

/** Dice overlap of content words: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const A = contentWords(a);
  const B = contentWords(b);
  if (!A.size && !B.size) return 1;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return (2 * common) / (A.size + B.size || 1);
}

/** The share of `part`'s content words that `whole` contains (a summary inside its fuller wording). */
export function containment(part: string, whole: string): number {
  const P = contentWords(part);
  const W = contentWords(whole);
  if (!P.size) return 0;
  let common = 0;
  for (const w of P) if (W.has(w)) common++;
  return common / P.size;
}

const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|Rev|St|No|etc|e\.g|i\.e|approx|Co|Ltd|Inc|vs|Supt|Insp|Sgt|Det|Cpl|Gen|Col|Capt|Lt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/i;

/** Splits into sentences, keeping "Mr.", "e.g.", "Modern.Gov" and "3.16" whole. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const parts = text.split(/(?<=[.!?])\s+(?=["'‘“(]?[A-Z0-9])/);
  parts.forEach((part, k) => {
    current = current ? `${current} ${part}` : part;
    // "Mr A. Smith" carries on; "… Mr A. DR presented" starts a sentence with someone's initials.
    const next = parts[k + 1] ?? '';
    if (ABBREVIATIONS.test(current) || (/\b[A-Z]\.$/.test(current) && !/^[A-Z]{2,4}\s+[a-z]/.test(next))) return;
    out.push(current.trim());
    current = '';
  });
  if (current.trim()) out.push(current.trim());
  return out;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'from', 're']);

/** "CABINET MEETING" → "Cabinet Meeting"; acronyms of the form "(PALG)" stay as they are. */
export function titleCase(text: string): string {
  // A lone short acronym ("AOB", "PALG") stays as it is.
  if (!isAllCaps(text) || (!/[\p{L}]+\s+[\p{L}]/u.test(text) && text.length < 6)) return text;
  return text
    .split(/(\s+)/)
    .map((token, k) => {
      // References like "24/0456/FUL" keep their letters.
      if (/[\d/]/.test(token) || !/\p{L}/u.test(token)) return token;
      const lower = token.toLowerCase();
      if (k > 0 && SMALL.has(lower)) return lower;
      return lower.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join('');
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
