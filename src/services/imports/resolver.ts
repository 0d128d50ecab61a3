/**
 * Who the people a record names are: attendees and apologies by their names; action owners
 * through the meeting's own people first (initials, a first name), then the body's, then
 * everyone by full name, then organisations, and otherwise a team named in words.
 */
import type { Directory } from './directory.js';
import type { KnownName, NameMatchHow } from './matchNames.js';
import { matchPerson, type KnownPerson, type PersonMatch, type PersonMatchHow } from './matchPeople.js';
import { looksLikePersonName, splitPersonName } from './names.js';

export type ResolvedOwner =
  | { kind: 'person'; person: KnownPerson; how: PersonMatchHow }
  | { kind: 'organisation'; organisation: KnownName; how: NameMatchHow }
  | { kind: 'new person'; name: string }
  | { kind: 'team'; team: string };

export class Resolver {
  /** This meeting's attendees and apologies as resolved, with the initials the minutes use. */
  readonly meetingPeople: KnownPerson[] = [];

  constructor(
    readonly directory: Directory,
    /** Ids of people already seen at this body. */
    readonly bodyPeople: ReadonlySet<number>,
  ) {}

  private bodyScope(): KnownPerson[] {
    return this.directory.people.filter((p) => this.bodyPeople.has(p.id));
  }

  /** An attendee or apology: the same person by name, a lone name only among the body's people. */
  attendee(written: string, organisationId: number | null): PersonMatch | null {
    const lone = splitPersonName(written).name.split(' ').length < 2;
    const inBody = matchPerson(written, this.bodyScope(), { partial: lone, initials: false, organisationId });
    if (inBody || lone) return inBody;
    return matchPerson(written, this.directory.people, { partial: false, initials: false, organisationId });
  }

  /** Remembers who was at the meeting, so that owners' initials and first names find them. */
  atMeeting(person: KnownPerson, initials: string | null): void {
    this.meetingPeople.push({ ...person, initials: initials ?? person.initials });
  }

  owner(written: string): ResolvedOwner {
    const lookups: [KnownPerson[], boolean][] = [
      [this.meetingPeople, true],
      [this.bodyScope(), true],
      [this.directory.people, false],
    ];
    for (const [scope, loose] of lookups) {
      const found = matchPerson(written, scope, { partial: loose, initials: loose });
      if (found) return { kind: 'person', ...found };
    }
    const organisation = this.directory.organisation(written, true);
    if (organisation) return { kind: 'organisation', organisation: organisation.known, how: organisation.how };
    if (looksLikePersonName(written)) return { kind: 'new person', name: written };
    return { kind: 'team', team: written.trim() };
  }
}
