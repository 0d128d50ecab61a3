/** Organisations and people of a record: matched where the record already knows them, else created. */
import { eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { OwnerInput } from '../actions/schemas.js';
import type { KnownPerson } from './matchPeople.js';
import { splitAcronym, splitPersonName } from './names.js';
import { count, type ImportRun } from './run.js';

const { organisations, people } = schema;

export async function organisationFor(run: ImportRun, written: string | null): Promise<number | null> {
  if (!written?.trim()) return null;
  const found = run.resolver.directory.organisation(written);
  if (found) {
    count(run, 'organisations', found.known.id, 'matched');
    return found.known.id;
  }
  const { name, acronym } = splitAcronym(written);
  const [row] = await run.tx.insert(organisations).values({ name, shortName: acronym }).returning();
  await run.audit({ event: 'organisation.create', entityType: 'organisation', entityId: row!.id, after: row });
  run.resolver.directory.addOrganisation({ id: row!.id, name: row!.name, shortName: row!.shortName });
  count(run, 'organisations', row!.id, 'created');
  return row!.id;
}

/** Initials as the record keeps them: letters only, up to six. */
function cleanInitials(initials: string | null | undefined): string | null {
  const letters = (initials ?? '').replace(/[^A-Za-z]/g, '').toUpperCase();
  return letters.length >= 1 && letters.length <= 6 ? letters : null;
}

interface PersonDetails {
  initials?: string | null;
  role?: string | null;
  organisationId?: number | null;
}

async function createPerson(run: ImportRun, written: string, details: PersonDetails): Promise<KnownPerson> {
  const { name, honorific } = splitPersonName(written);
  const [row] = await run.tx.insert(people).values({
    name: name || written.trim(),
    honorific,
    initials: cleanInitials(details.initials),
    role: details.role ?? null,
    organisationId: details.organisationId ?? null,
  }).returning();
  await run.audit({ event: 'person.create', entityType: 'person', entityId: row!.id, after: row });
  const person = { id: row!.id, name: row!.name, initials: row!.initials, organisationId: row!.organisationId };
  run.resolver.directory.addPerson(person);
  count(run, 'people', person.id, 'created');
  return person;
}

/** Fills in what the record knows and the person's row lacks; never overwrites. */
async function fillBlanks(run: ImportRun, personId: number, written: string, details: PersonDetails): Promise<void> {
  const [before] = await run.tx.select().from(people).where(eq(people.id, personId));
  if (!before) return;
  const changes: Partial<typeof before> = {};
  const initials = cleanInitials(details.initials);
  if (!before.initials && initials) changes.initials = initials;
  if (!before.organisationId && details.organisationId) changes.organisationId = details.organisationId;
  if (!before.role && details.role) changes.role = details.role;
  const { honorific } = splitPersonName(written);
  if (!before.honorific && honorific) changes.honorific = honorific;
  if (!Object.keys(changes).length) return;
  const [after] = await run.tx.update(people).set({ ...changes, updatedAt: new Date() }).where(eq(people.id, personId)).returning();
  await run.audit({ event: 'person.update', entityType: 'person', entityId: personId, before, after });
}

/** An attendee or apology: the person already in the record, or a new one. */
export async function attendeeFor(run: ImportRun, written: string, details: PersonDetails): Promise<KnownPerson> {
  const found = run.resolver.attendee(written, details.organisationId ?? null);
  if (!found) return createPerson(run, written, details);
  await fillBlanks(run, found.person.id, written, details);
  count(run, 'people', found.person.id, 'matched');
  return found.person;
}

/** Owners as written → people, organisations or team words, each once. */
export async function ownersFor(run: ImportRun, written: readonly string[]): Promise<OwnerInput[]> {
  const owners: OwnerInput[] = [];
  const seen = new Set<string>();
  const add = (key: string, owner: OwnerInput) => {
    if (seen.has(key)) return;
    seen.add(key);
    owners.push(owner);
  };
  for (const text of written) {
    if (!text.trim()) continue;
    const resolved = run.resolver.owner(text);
    if (resolved.kind === 'person') {
      count(run, 'people', resolved.person.id, 'matched');
      add(`p${resolved.person.id}`, { personId: resolved.person.id });
    } else if (resolved.kind === 'new person') {
      const person = await createPerson(run, resolved.name, {});
      add(`p${person.id}`, { personId: person.id });
    } else if (resolved.kind === 'organisation') {
      count(run, 'organisations', resolved.organisation.id, 'matched');
      add(`o${resolved.organisation.id}`, { organisationId: resolved.organisation.id });
    } else {
      add(`t${resolved.team.toLowerCase()}`, { team: resolved.team.slice(0, 200) });
    }
  }
  return owners;
}

export function ownerPersonIds(owners: readonly OwnerInput[]): number[] {
  return owners.flatMap((o) => ('personId' in o ? [Number(o.personId)] : []));
}
