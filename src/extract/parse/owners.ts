/**
 * Action owners as written ("SM", "CA and JM", "LJ/Commissioner's Team", "BD/NE/TR/
 * Louise Poley", "Mr Hart") split into people and teams, and resolved to full names
 * through the attendee list where the document lets a reader do so.
 */
import { initialsOf, isOrganisation, isPersonName, looksLikeRole, stripTitles, withoutRank } from './names.js';
import { clean, trimPunctuation, wordCount } from './text.js';

const NOBODY = /^(tbc|tba|tbd|not identified|n\/?a|none|unknown|all|-|\?|various|not known|to be (confirmed|agreed|identified))$/i;

export class OwnerResolver {
  private readonly people: { name: string; initials: string; tokens: string[]; roles: string[] }[];
  /** The organisations the attendance list names ("Eastvale and Westvale Police"), kept whole as owners. */
  private readonly organisations: string[];

  constructor(attendees: readonly { name: string; initials?: string | null; role?: string | null; organisation?: string | null }[]) {
    this.organisations = [...new Set(attendees.flatMap((a) => (a.organisation ? [clean(a.organisation)] : [])))];
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
    for (const part of this.split(text ?? '')) {
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

  /** Owner text split into owners, keeping whole the organisations the attendance list names. */
  split(text: string): string[] {
    return splitOwners(text, { organisations: this.organisations, isOwner: (part) => this.isAttendee(part) });
  }

  /** True for an organisation the attendance list names ("the Eastvale and Westvale Police"). */
  namesOrganisation(text: string): boolean {
    const name = clean(text).replace(/^the\s+/i, '').toLowerCase();
    return this.organisations.some((o) => o.replace(/^the\s+/i, '').toLowerCase() === name);
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

/** The last word of an organisation's name: "Eastvale and Westvale Police", "Finance and Resources Committee". */
const ORGANISATION_END = /(?:\b(?:police|constabulary|council|service|services|trust|board|partnership|commission|authority|agency|committee|panel|forum|network|association|government|department|directorate|unit|team|group|office|hub|centre|center)|commissioner['’]s office)$/i;

export interface SplitOptions {
  /** Names known to be one organisation, whatever "and" they hold. */
  organisations?: readonly string[];
  /** True for a part that names an owner on its own (an attendee), which is never the start of an organisation's name. */
  isOwner?: (part: string) => boolean;
}

/**
 * "LJ/Commissioner's Team" → two; "Police and Crime Commissioner" stays one, and so does an
 * organisation whose name holds "and": one the document names in its attendance list, or
 * "Eastvale and Westvale Police" — a name ending in an organisation's word whose first half
 * is not an owner of its own (initials, a person, a post).
 */
export function splitOwners(text: string, options: SplitOptions = {}): string[] {
  const kept: string[] = [];
  const keep = (words: string) => `\uE000${kept.push(words) - 1}\uE001`;
  let joined = text
    .split('\n')
    .map((line) => clean(line).replace(/^(.+?)\s+\1$/, '$1'))
    .join(' ; ')
    .replace(/\bpolice\s+and\s+crime\b/gi, () => keep('Police and Crime'));
  const known = (options.organisations ?? []).filter((o) => /\s(?:and|&)\s/i.test(o)).sort((a, b) => b.length - a.length);
  for (const organisation of known) {
    const pattern = new RegExp(`(?<![\\p{L}])${organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'giu');
    joined = joined.replace(pattern, (m) => keep(m));
  }
  const tokens = joined.split(/(\s*(?:\/|\+|;|,)\s*|\s*&\s*|\s*\band\b\s*)/i);
  const parts: string[] = [];
  for (let k = 0; k < tokens.length; k += 2) {
    const part = tokens[k]!;
    const separator = tokens[k - 1];
    const previous = parts[parts.length - 1];
    if (previous !== undefined && separator && /^\s*(?:and|&)\s*$/i.test(separator) && joinsOrganisation(restore(previous, kept), restore(part, kept), options)) {
      parts[parts.length - 1] = `${previous}${separator}${part}`;
    } else parts.push(part);
  }
  return parts.map((p) => trimPunctuation(restore(p, kept))).filter(Boolean);
}

function restore(text: string, kept: string[]): string {
  return text.replace(/\uE000(\d+)\uE001/g, (_, n: string) => kept[Number(n)]!);
}

/** "Eastvale" + "Westvale Police": one organisation's name, not two owners. */
function joinsOrganisation(first: string, second: string, options: SplitOptions): boolean {
  const a = trimPunctuation(first);
  const b = trimPunctuation(second);
  // "Rescue Service", "Westvale Police": the second half names a place or kind before its organisation's word.
  if (!a || !b || wordCount(b) < 2 || !ORGANISATION_END.test(b) || !(isOrganisation(b) || !looksLikeRole(b)) || !/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  // "Eastvale Council and Westvale Police" are two: the first half is an organisation of its own, or an owner.
  if (wordCount(a) > 4 || ORGANISATION_END.test(a) || /^(?:the\s+)?force$/i.test(a) || /^[A-Z]{2,5}$/.test(a) || isPersonName(a) || looksLikeRole(a) || options.isOwner?.(a)) return false;
  // "Force and Commissioner's Team": a post's team is an owner of its own.
  if (/^\p{Lu}[\p{L}-]*['’]s\s/u.test(b)) return false;
  return a.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|for|on|upon)$/.test(w));
}
