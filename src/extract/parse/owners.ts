/**
 * Action owners as written ("SM", "CA and JM", "LJ/Commissioner's Team", "BD/NE/TR/
 * Louise Poley", "Mr Hart") split into people and teams, and resolved to full names
 * through the attendee list where the document lets a reader do so.
 */
import { initialsOf, isPersonName, stripTitles, withoutRank } from './names.js';
import { clean, trimPunctuation } from './text.js';

const NOBODY = /^(tbc|tba|tbd|not identified|n\/?a|none|unknown|all|-|\?|various|not known|to be (confirmed|agreed|identified))$/i;

export class OwnerResolver {
  private readonly people: { name: string; initials: string; tokens: string[]; roles: string[] }[];

  constructor(attendees: readonly { name: string; initials?: string | null; role?: string | null }[]) {
    this.people = attendees.map((a) => {
      const name = stripTitles(a.name);
      // "Clerk and RFO" is the Clerk and the RFO.
      const whole = (a.role ?? '').toLowerCase().split(/\s*[,;]\s*/).filter(Boolean);
      const roles = [...whole, ...whole.flatMap((r) => (/\s(?:and|&)\s/.test(r) ? r.split(/\s+(?:and|&)\s+/) : []))];
      return { name, initials: (a.initials ?? initialsOf(name)).toUpperCase(), tokens: name.toLowerCase().split(/\s+/), roles };
    });
  }

  /** The owners in some owner text, each resolved when it can be. */
  owners(text: string | null | undefined): string[] {
    const out: string[] = [];
    for (const part of splitOwners(text ?? '')) {
      const owner = this.resolve(part);
      if (owner && !out.includes(owner)) out.push(owner);
    }
    return out;
  }

  /** One owner: initials and partial names become the attendee's full name. */
  resolve(text: string): string | null {
    const written = trimPunctuation(clean(text).replace(/^(?:the|a|an)\s+/i, '').replace(/\.$/, ''));
    const owner = written.charAt(0).toUpperCase() + written.slice(1);
    if (!owner || NOBODY.test(owner)) return null;
    if (/^[A-Z]{2,4}$/.test(owner)) {
      const matches = this.people.filter((p) => p.initials === owner);
      if (matches.length === 1) return matches[0]!.name;
    }
    const bare = stripTitles(owner).toLowerCase();
    if (!bare) return owner;
    const exact = this.people.find((p) => p.name.toLowerCase() === bare);
    if (exact) return exact.name;
    // "the Clerk", "Chair": the one attendee listed with that role.
    const holders = this.people.filter((p) => p.roles.includes(owner.toLowerCase()));
    if (holders.length === 1) return holders[0]!.name;
    // "the Commissioner" for the one "Police and Crime Commissioner" present.
    const post = owner.toLowerCase();
    const titled = holders.length ? [] : this.people.filter((p) => p.roles.some((r) => r.endsWith(` ${post}`)));
    if (titled.length === 1 && post.length > 3) return titled[0]!.name;
    // "March Naomi Alleyne" (a run-on line) and "Mr Hart", "Tracey" (a part of one name).
    const ending = this.people.filter((p) => bare.endsWith(` ${p.name.toLowerCase()}`));
    if (ending.length === 1) return ending[0]!.name;
    const tokens = bare.split(/\s+/);
    if (tokens.length <= 2) {
      const partial = this.people.filter((p) => tokens.every((t) => p.tokens.includes(t)));
      if (partial.length === 1) return partial[0]!.name;
    }
    return isPersonName(owner) ? withoutRank(owner) : owner;
  }

  /** True when the text names an attendee (by name or initials). */
  isAttendee(text: string): boolean {
    const resolved = this.resolve(text);
    return !!resolved && this.people.some((p) => p.name === resolved);
  }

  get known(): boolean {
    return this.people.length > 0;
  }
}

/** "LJ/Commissioner's Team" → two; "Police and Crime Commissioner" stays one. */
export function splitOwners(text: string): string[] {
  const KEEP = 'policeANDcrime';
  return text
    .split('\n')
    .map((line) => clean(line).replace(/^(.+?)\s+\1$/, '$1'))
    .join(' ; ')
    .replace(/\bpolice\s+and\s+crime\b/gi, KEEP)
    .split(/\s*(?:\/|&|\+|;|,|\band\b)\s*/i)
    .map((p) => trimPunctuation(p.replaceAll(KEEP, 'Police and Crime')))
    .filter(Boolean);
}
