/**
 * One action per task. An action stated inline and again in the action table is one
 * action, with the table's wording and owner; inline markers are matched to the table's
 * rows in order, since minute-takers write the table in the order of the minutes. A row
 * repeated verbatim (a document pasted twice) is one action; a sentence read as an
 * implicit action that a list or table already holds is dropped.
 */
import type { ActionDraft } from './draft.js';
import { containment, contentWords, similarity } from './text.js';

export function mergeActions(tables: ActionDraft[], marked: ActionDraft[], implicit: ActionDraft[]): ActionDraft[] {
  const rows = withoutRepeats(tables.filter((a) => a.source !== 'plan'));
  const plans = withoutRepeats(tables.filter((a) => a.source === 'plan'));
  const newRows = rows.filter((r) => !r.fromPreviousMeeting);
  const markers = marked.filter((m) => m.source === 'marker');
  const lists = marked.filter((m) => m.source === 'list');

  const kept: { draft: ActionDraft; order: number }[] = [];
  const pairs = align(markers, newRows);
  const matchedRows = new Set(pairs.values());
  for (const row of rows) if (!matchedRows.has(row)) kept.push({ draft: row, order: row.place ?? row.unit });
  for (const marker of markers) {
    const row = pairs.get(marker);
    if (row) {
      kept.push({ draft: { ...row, item: marker.item ?? row.item, owners: row.owners.length ? row.owners : marker.owners, dueText: row.dueText ?? marker.dueText, due: row.due ?? marker.due }, order: marker.unit });
    } else if (!kept.some((k) => sameKind(marker, k.draft) && duplicate(marker, k.draft))) kept.push({ draft: marker, order: marker.unit });
  }
  for (const plan of plans) kept.push({ draft: plan, order: plan.unit });
  for (const extra of [...lists, ...implicit]) {
    const same = kept.find((k) => sameKind(extra, k.draft) && duplicate(extra, k.draft));
    if (!same) kept.push({ draft: extra, order: extra.unit });
    else if (same.draft.source === 'table' && !matchedRows.has(same.draft) && extra.unit < same.order) {
      // A table row said earlier in the minutes belongs where it was said.
      same.draft = { ...same.draft, item: extra.item ?? same.draft.item };
      same.order = extra.unit;
    }
  }
  return kept.sort((a, b) => a.order - b.order).map((k) => k.draft);
}

/**
 * A new action about something reviewed from last time is still a new action ("circulate
 * the draft chapter" under review, "ACTION: circulate the final chapter" today): a review
 * and a new action are never one action, however alike their words.
 */
function sameKind(a: ActionDraft, b: ActionDraft): boolean {
  return a.fromPreviousMeeting === b.fromPreviousMeeting;
}

/** How well an inline action matches a table row: the row's words in the inline passage. */
function matchScore(marker: ActionDraft, row: ActionDraft): number {
  const owners = row.owners.some((o) => marker.owners.includes(o)) ? 0.15 : 0;
  return Math.max(containment(row.text, marker.context), similarity(marker.text, row.text)) + owners;
}

/** Order-preserving best matching of inline markers to table rows (like a diff). */
function align(markers: ActionDraft[], rows: ActionDraft[]): Map<ActionDraft, ActionDraft> {
  const MIN = 0.25;
  const n = markers.length;
  const m = rows.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const score = markers.map((a) => rows.map((r) => matchScore(a, r)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, s >= MIN ? best[i - 1]![j - 1]! + s : -1);
    }
  }
  const pairs = new Map<ActionDraft, ActionDraft>();
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const s = score[i - 1]![j - 1]!;
    if (s >= MIN && best[i]![j] === best[i - 1]![j - 1]! + s) {
      pairs.set(markers[i - 1]!, rows[j - 1]!);
      i--;
      j--;
    } else if (best[i]![j] === best[i - 1]![j]) i--;
    else j--;
  }
  return pairs;
}

/**
 * The same task said twice. A sentence read as an implicit action often words a listed
 * action differently ("will meet with X outside the meeting" / "to meet with X to discuss
 * …"): with the same owner, most of the shorter one's words are enough.
 */
export function duplicate(a: ActionDraft, b: ActionDraft): boolean {
  // Actions quoting references are the same action only when the references are ("SGB/2025-10/4", "SGB/2025-11/4").
  const [x, y] = [reference(a.text), reference(b.text)];
  if (x && y) return x === y;
  if (similarity(a.text, b.text) >= 0.5) return true;
  if (a.source === 'marker') return false;
  const shared = a.owners.some((o) => b.owners.includes(o));
  return shared && overlap(a.text, b.text) >= 0.6;
}

/** An action's own reference quoted in its words: "SGB/2025-10/3", "A/24/07". */
function reference(text: string): string | null {
  return /\b[A-Za-z][A-Za-z&-]{0,15}\/\d{2,4}(?:-\d{1,2})?\/\d{1,4}\b/.exec(text)?.[0].toUpperCase() ?? null;
}

/** Shared content words over the shorter text's words. */
function overlap(a: string, b: string): number {
  const A = contentWords(a);
  const B = contentWords(b);
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return common / Math.max(1, Math.min(A.size, B.size));
}

/** Drops rows that repeat an earlier one nearly letter for letter (with the same parent). */
function withoutRepeats(drafts: ActionDraft[]): ActionDraft[] {
  const out: { draft: ActionDraft; text: string; parent: string }[] = [];
  const exact = new Set<string>();
  for (const draft of drafts) {
    const text = letters(draft.text);
    const parent = letters(draft.parent ?? '');
    const key = `${draft.letter}|${text}|${parent}`;
    if (exact.has(key)) continue;
    // Only rows of about the same length can be near-repeats ("DSVa MARAC" / "DSVARAC").
    const near = out.some(
      (o) => o.draft.letter === draft.letter && Math.abs(o.text.length - text.length) <= 0.15 * text.length && bigramDice(o.text, text) >= 0.9 && bigramDice(o.parent, parent) >= 0.9,
    );
    exact.add(key);
    if (!near) out.push({ draft, text, parent });
  }
  return out.map((o) => o.draft);
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Dice overlap of letter pairs, on texts already reduced to letters and digits. */
function bigramDice(x: string, y: string): number {
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let k = 0; k < x.length - 1; k++) grams.set(x.slice(k, k + 2), (grams.get(x.slice(k, k + 2)) ?? 0) + 1);
  let common = 0;
  for (let k = 0; k < y.length - 1; k++) {
    const g = y.slice(k, k + 2);
    const left = grams.get(g) ?? 0;
    if (left > 0) {
      common++;
      grams.set(g, left - 1);
    }
  }
  return (2 * common) / (x.length + y.length - 2);
}
