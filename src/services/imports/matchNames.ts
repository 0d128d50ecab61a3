/**
 * Which body or organisation a written name is: the same name whatever its case, punctuation,
 * "&" or "and", with or without its acronym in brackets; or its short name.
 */
import type { BodyKind } from '../../domain/bodies.js';
import { acronymOf, nameKey, splitAcronym, tidy } from './names.js';

export interface KnownName {
  id: number;
  name: string;
  shortName: string | null;
}

export type NameMatchHow = 'same name' | 'short name' | 'acronym';

export interface NameMatch<T extends KnownName> {
  known: T;
  how: NameMatchHow;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * `acronyms` also accepts capitals that spell a known name's initials ("SWP" for South Wales
 * Police) when only one name does: right for action owners, too loose for a body.
 */
export function matchName<T extends KnownName>(written: string, known: readonly T[], options: { acronyms?: boolean } = {}): NameMatch<T> | null {
  const wanted = splitAcronym(written);
  const key = nameKey(written);
  if (!key) return null;
  const byName = known.find((k) => nameKey(k.name) === key);
  if (byName) return { known: byName, how: 'same name' };
  const short = wanted.acronym ?? (/^[A-Za-z0-9&-]{2,16}$/.test(tidy(written)) ? tidy(written) : null);
  const byShort = known.find((k) => same(k.shortName, short) || same(splitAcronym(k.name).acronym, short));
  if (byShort) return { known: byShort, how: 'short name' };
  if (options.acronyms && short && /^[A-Z]{2,8}$/.test(short)) {
    const spelled = known.filter((k) => acronymOf(k.name) === short);
    if (spelled.length === 1) return { known: spelled[0]!, how: 'acronym' };
  }
  return null;
}

/** The kind of body its name says: "… Panel" is a panel, "… Task and Finish Group" a task and finish group. */
export function bodyKindFor(name: string): BodyKind {
  const n = name.toLowerCase();
  if (/task (and|&) finish/.test(n)) return 'task and finish group';
  if (/partnership board/.test(n)) return 'partnership board';
  if (/\bpanel\b/.test(n)) return 'panel';
  if (/\bcommittee\b|\bcabinet\b|\bcouncil\b/.test(n)) return 'committee';
  if (/\bforum\b/.test(n)) return 'forum';
  if (/\bgroup\b/.test(n)) return 'group';
  return 'board';
}
