/**
 * Who a written name is among people already known. Strong evidence only: the same name, or
 * the same surname with a first initial that fits and nobody else who fits. Two people who
 * share a surname but not a first name are never taken for one another.
 */
import { comparable, initialsOf, splitPersonName } from './names.js';

export interface KnownPerson {
  id: number;
  name: string;
  initials: string | null;
  organisationId: number | null;
}

export type PersonMatchHow = 'same name' | 'same first name and surname' | 'initial and surname' | 'initials' | 'partial name';

export interface PersonMatch {
  person: KnownPerson;
  how: PersonMatchHow;
}

export interface PersonMatchRules {
  /** Accept a lone first name or surname ("Hannah", "Mr Hart") when only one person fits. */
  partial: boolean;
  /** Accept initials ("HJJ") when only one person has them. */
  initials: boolean;
  /** Prefer this organisation when two people share a name. */
  organisationId?: number | null;
}

/** Comparable words of a name; a hyphenated surname stays one word. */
function words(name: string): string[] {
  return splitPersonName(name).name.replace(/\s*-\s*/g, '-').split(' ').map((w) => comparable(w).replace(/ /g, '')).filter(Boolean);
}

/** Both first names fit: equal, or one is an initial of the other. */
function firstNamesFit(a: string, b: string): 'same' | 'initial' | null {
  if (a === b) return 'same';
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return 'initial';
  return null;
}

function only<T>(found: T[]): T | null {
  return found.length === 1 ? found[0]! : null;
}

export function matchPerson(written: string, candidates: readonly KnownPerson[], rules: PersonMatchRules): PersonMatch | null {
  const wanted = words(written);
  if (!wanted.length) return null;
  const known = candidates.map((person) => ({ person, words: words(person.name) })).filter((k) => k.words.length);

  // Spacing and hyphens aside: "Jenkins Jones" is "Jenkins-Jones".
  const joined = (ws: string[]) => ws.join('').replace(/-/g, '');
  const same = known.filter((k) => joined(k.words) === joined(wanted)).map((k) => k.person);
  if (same.length) {
    const preferred = same.find((p) => rules.organisationId && p.organisationId === rules.organisationId);
    return { person: preferred ?? [...same].sort((a, b) => a.id - b.id)[0]!, how: 'same name' };
  }

  if (wanted.length >= 2) {
    const surname = wanted.at(-1)!;
    const fits = known.flatMap((k) => {
      if (k.words.length < 2 || k.words.at(-1) !== surname) return [];
      const fit = firstNamesFit(k.words[0]!, wanted[0]!);
      return fit ? [{ person: k.person, fit }] : [];
    });
    // "Hannah Jenkins-Jones" and "Hannah J Jenkins-Jones": the same first name and surname.
    const sameFirst = only(fits.filter((f) => f.fit === 'same'));
    if (sameFirst) return { person: sameFirst.person, how: 'same first name and surname' };
    const byInitial = only(fits);
    if (byInitial) return { person: byInitial.person, how: 'initial and surname' };
    return null;
  }

  const word = wanted[0]!;
  const raw = splitPersonName(written).name.trim();
  if (rules.initials && /^[A-Z]{2,5}$/.test(raw)) {
    const byInitials = only(known.filter((k) => (k.person.initials ?? initialsOf(k.person.name)).toUpperCase() === raw));
    if (byInitials) return { person: byInitials.person, how: 'initials' };
  }
  if (rules.partial && word.length > 1) {
    const partial = only(known.filter((k) => k.words.length >= 2 && (k.words[0] === word || k.words.at(-1) === word)));
    if (partial) return { person: partial.person, how: 'partial name' };
  }
  return null;
}
