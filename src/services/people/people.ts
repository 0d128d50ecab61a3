import { and, asc, count, eq, exists, ilike, or, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { write } from '../audit.js';
import { requirePermission, type Reader, type ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse, parseChanges } from '../validation.js';
import { personFilter, personInput, personUpdate, type PersonFilter, type PersonInput } from './schemas.js';

const { people, organisations, memberships } = schema;

const personColumns = {
  id: people.id,
  name: people.name,
  honorific: people.honorific,
  initials: people.initials,
  role: people.role,
  organisationId: people.organisationId,
  organisationName: organisations.name,
  email: people.email,
  phone: people.phone,
  preferredLanguage: people.preferredLanguage,
};

export type PersonRow = Awaited<ReturnType<typeof getPerson>>;

export async function listPeople(ctx: ServiceContext, filter: PersonFilter = {}): Promise<Page<PersonRow>> {
  requirePermission(ctx, 'internal.read');
  const f = parse(personFilter, filter);
  const where: SQL[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(people.name, like), ilike(people.initials, like), ilike(people.role, like))!);
  }
  if (f.organisationId) where.push(eq(people.organisationId, f.organisationId));
  if (f.bodyId) {
    where.push(exists(ctx.db.select().from(memberships).where(and(eq(memberships.personId, people.id), eq(memberships.bodyId, f.bodyId)))));
  }
  const condition = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    ctx.db.select(personColumns).from(people).leftJoin(organisations, eq(organisations.id, people.organisationId))
      .where(condition).orderBy(asc(people.name), asc(people.id)).limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(people).where(condition),
  ]);
  return { items, total: total!.n, page: f.page, pageSize: f.pageSize };
}

export async function getPerson(ctx: Reader, personId: number) {
  const [row] = await ctx.db.select(personColumns).from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId)).where(eq(people.id, personId));
  if (!row) throw new NotFound('person', personId);
  return row;
}

async function assertOrganisation(tx: Executor, organisationId: number | null | undefined): Promise<void> {
  if (!organisationId) return;
  const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new NotFound('organisation', organisationId);
}

export async function createPerson(ctx: ServiceContext, input: PersonInput) {
  requirePermission(ctx, 'record.edit');
  const data = parse(personInput, input);
  return write(ctx, async (tx, record) => {
    await assertOrganisation(tx, data.organisationId);
    const [row] = await tx.insert(people).values(data).returning();
    await record({ event: 'person.create', entityType: 'person', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updatePerson(ctx: ServiceContext, personId: number, input: Partial<PersonInput>) {
  requirePermission(ctx, 'record.edit');
  const data = parseChanges(personUpdate, input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(people).where(eq(people.id, personId)).for('update');
    if (!before) throw new NotFound('person', personId);
    await assertOrganisation(tx, data.organisationId);
    const [after] = await tx.update(people).set({ ...data, updatedAt: new Date() }).where(eq(people.id, personId)).returning();
    await record({ event: 'person.update', entityType: 'person', entityId: personId, before, after });
    return after!;
  });
}
