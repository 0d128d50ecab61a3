/** The people, organisations and bodies already in the record, loaded once per import for matching. */
import { sql } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { suggestShortName } from '../../domain/references.js';
import { matchName, type KnownName, type NameMatch } from './matchNames.js';
import type { KnownPerson } from './matchPeople.js';

const { people, organisations, bodies } = schema;

export class Directory {
  private constructor(
    readonly people: KnownPerson[],
    readonly organisations: KnownName[],
  ) {}

  static async load(db: Executor): Promise<Directory> {
    const [p, o] = await Promise.all([
      db.select({ id: people.id, name: people.name, initials: people.initials, organisationId: people.organisationId }).from(people).orderBy(people.id),
      db.select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName }).from(organisations).orderBy(organisations.id),
    ]);
    return new Directory(p, o);
  }

  addPerson(person: KnownPerson): void {
    this.people.push(person);
  }

  addOrganisation(organisation: KnownName): void {
    this.organisations.push(organisation);
  }

  organisation(written: string, acronyms = false): NameMatch<KnownName> | null {
    return matchName(written, this.organisations, { acronyms });
  }
}

/** People who have sat on, sent apologies to, or owned actions of a body: where a lone first name or initials may be looked up. */
export async function peopleOfBody(db: Executor, bodyId: number): Promise<Set<number>> {
  const result = await db.execute(sql`
    select a.person_id as id from attendances a join meetings m on m.id = a.meeting_id where m.body_id = ${bodyId}
    union select person_id from memberships where body_id = ${bodyId}
    union select o.person_id from action_owners o join actions x on x.id = o.action_id where x.body_id = ${bodyId} and o.person_id is not null`);
  const rows = (result as unknown as { rows: { id: number | string }[] }).rows;
  return new Set(rows.map((r) => Number(r.id)));
}

export type BodyRow = { id: number; name: string; shortName: string };

export async function findBody(db: Executor, written: string): Promise<(NameMatch<KnownName> & { known: BodyRow }) | null> {
  const all = await db.select({ id: bodies.id, name: bodies.name, shortName: bodies.shortName }).from(bodies);
  return matchName(written, all) as (NameMatch<KnownName> & { known: BodyRow }) | null;
}

/** A short name for references that no other body has: PALG, else PALG2, PALG3… */
export async function uniqueShortName(db: Executor, name: string): Promise<string> {
  const taken = new Set((await db.select({ shortName: bodies.shortName }).from(bodies)).map((b) => b.shortName.toLowerCase()));
  let base = suggestShortName(name).replace(/[^A-Za-z0-9&-]/g, '').slice(0, 14);
  // One word gives one letter ("Cabinet" → "C"): its first letters read better in references.
  if (base.length < 2) base = name.replace(/[^A-Za-z0-9]/g, '').slice(0, 4).toUpperCase() || 'BODY';
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

