import { asc, eq, sql } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, NotFound, say } from '../errors.js';
import { parse, parseChanges } from '../validation.js';
import { organisationInput, type OrganisationInput } from './schemas.js';

const { organisations } = schema;

export async function listOrganisations(ctx: ServiceContext) {
  return ctx.db.select().from(organisations).orderBy(asc(organisations.name));
}

export async function getOrganisation(ctx: ServiceContext, organisationId: number) {
  const [row] = await ctx.db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!row) throw new NotFound('organisation', organisationId);
  return row;
}

export async function findOrganisationByName(db: Executor, name: string) {
  const [row] = await db.select().from(organisations).where(sql`lower(${organisations.name}) = lower(${name.trim()})`);
  return row ?? null;
}

export async function createOrganisation(ctx: ServiceContext, input: OrganisationInput) {
  requirePermission(ctx, 'record.edit');
  const data = parse(organisationInput, input);
  return write(ctx, async (tx, record) => {
    if (await findOrganisationByName(tx, data.name)) throw new Conflict(say('organisationNameTaken', { name: data.name }), 'name');
    const [row] = await tx.insert(organisations).values(data).returning();
    await record({ event: 'organisation.create', entityType: 'organisation', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateOrganisation(ctx: ServiceContext, organisationId: number, input: Partial<OrganisationInput>) {
  requirePermission(ctx, 'record.edit');
  const data = parseChanges(organisationInput.partial(), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, organisationId)).for('update');
    if (!before) throw new NotFound('organisation', organisationId);
    if (data.name && data.name.toLowerCase() !== before.name.toLowerCase() && (await findOrganisationByName(tx, data.name))) {
      throw new Conflict(say('organisationNameTaken', { name: data.name }), 'name');
    }
    const [after] = await tx.update(organisations).set(data).where(eq(organisations.id, organisationId)).returning();
    await record({ event: 'organisation.update', entityType: 'organisation', entityId: organisationId, before, after });
    return after!;
  });
}
