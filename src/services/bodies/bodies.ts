import { and, asc, eq, isNull, or, gte, sql } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { write } from '../audit.js';
import { scopeFor } from '../../domain/access.js';
import { requirePermission, type Reader, type ServiceContext } from '../context.js';
import { meetingVisible } from '../visibility.js';
import { Conflict, InvalidInput, NotFound, say } from '../errors.js';
import { parse, parseChanges } from '../validation.js';
import { bodyInput, membershipInput, type BodyInput, type MembershipInput } from './schemas.js';

const { bodies, memberships, people, organisations } = schema;

export type Body = typeof bodies.$inferSelect;

export async function listBodies(ctx: Reader): Promise<Body[]> {
  return ctx.db.select().from(bodies).orderBy(asc(bodies.name));
}

export async function getBody(ctx: Reader, bodyId: number): Promise<Body> {
  const [row] = await ctx.db.select().from(bodies).where(eq(bodies.id, bodyId));
  if (!row) throw new NotFound('body', bodyId);
  return row;
}

export async function findBodyByShortName(db: Executor, shortName: string): Promise<Body | null> {
  const [row] = await db.select().from(bodies).where(sql`lower(${bodies.shortName}) = lower(${shortName})`);
  return row ?? null;
}

/** The body and those it reports to, upwards: [deep dive, escalations, strategic board]. */
export async function reportingChain(ctx: Reader, bodyId: number): Promise<Body[]> {
  const all = await listBodies(ctx);
  const byId = new Map(all.map((b) => [b.id, b]));
  const chain: Body[] = [];
  for (let b = byId.get(bodyId); b && !chain.includes(b); b = b.reportsToId ? byId.get(b.reportsToId) : undefined) chain.push(b);
  if (!chain.length) throw new NotFound('body', bodyId);
  return chain;
}

/** Bodies that report to this one. */
export async function reportingBodies(ctx: Reader, bodyId: number): Promise<Body[]> {
  return ctx.db.select().from(bodies).where(eq(bodies.reportsToId, bodyId)).orderBy(asc(bodies.name));
}

async function assertNoCycle(tx: Executor, bodyId: number, reportsToId: number | null | undefined): Promise<void> {
  if (!reportsToId) return;
  if (reportsToId === bodyId) throw InvalidInput.field('reportsToId', say('reportsToItself'));
  const all = await tx.select({ id: bodies.id, reportsToId: bodies.reportsToId }).from(bodies);
  const up = new Map(all.map((b) => [b.id, b.reportsToId]));
  if (!up.has(reportsToId)) throw new NotFound('body', reportsToId);
  for (let b: number | null | undefined = reportsToId, steps = 0; b && steps <= all.length; b = up.get(b), steps++) {
    if (b === bodyId) throw InvalidInput.field('reportsToId', say('reportingCircle'));
  }
}

async function assertUnique(tx: Executor, data: { name?: string; shortName?: string }, exceptId?: number): Promise<void> {
  const clash = await tx.select({ id: bodies.id, name: bodies.name, shortName: bodies.shortName }).from(bodies).where(
    or(
      data.name ? sql`lower(${bodies.name}) = lower(${data.name})` : sql`false`,
      data.shortName ? sql`lower(${bodies.shortName}) = lower(${data.shortName})` : sql`false`,
    ),
  );
  const other = clash.find((c) => c.id !== exceptId);
  if (!other) return;
  if (data.shortName && other.shortName.toLowerCase() === data.shortName.toLowerCase()) {
    throw new Conflict(say('shortNameTaken', { shortName: data.shortName, body: other.name }), 'shortName');
  }
  throw new Conflict(say('bodyNameTaken', { name: other.name }), 'name');
}

export async function createBody(ctx: ServiceContext, input: BodyInput): Promise<Body> {
  requirePermission(ctx, 'record.edit');
  const data = parse(bodyInput, input);
  return write(ctx, async (tx, record) => {
    await assertUnique(tx, data);
    if (data.reportsToId) await getBody({ db: tx }, data.reportsToId);
    const [row] = await tx.insert(bodies).values(data).returning();
    await record({ event: 'body.create', entityType: 'body', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateBody(ctx: ServiceContext, bodyId: number, input: Partial<BodyInput>): Promise<Body> {
  requirePermission(ctx, 'record.edit');
  const data = parseChanges(bodyInput.partial(), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(bodies).where(eq(bodies.id, bodyId)).for('update');
    if (!before) throw new NotFound('body', bodyId);
    if (data.shortName && data.shortName !== before.shortName) {
      // References quote the short name and are stable for ever, so it cannot change once used.
      const [used] = await tx.select({ id: schema.actions.id }).from(schema.actions).where(eq(schema.actions.bodyId, bodyId)).limit(1);
      if (used) throw new Conflict(say('shortNameInUse'), 'shortName');
    }
    await assertUnique(tx, data, bodyId);
    await assertNoCycle(tx, bodyId, data.reportsToId);
    const [after] = await tx.update(bodies).set({ ...data, updatedAt: new Date() }).where(eq(bodies.id, bodyId)).returning();
    await record({ event: 'body.update', entityType: 'body', entityId: bodyId, before, after });
    return after!;
  });
}

/** Members of a body on a date (default: today), chair first. */
export async function listMembers(ctx: ServiceContext, bodyId: number, on: string = ctx.today) {
  return ctx.db
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      linkTheme: memberships.linkTheme,
      fromDate: memberships.fromDate,
      toDate: memberships.toDate,
      personId: people.id,
      name: people.name,
      honorific: people.honorific,
      initials: people.initials,
      jobTitle: people.role,
      organisationName: organisations.name,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(and(eq(memberships.bodyId, bodyId), or(isNull(memberships.toDate), gte(memberships.toDate, on))))
    .orderBy(sql`array_position(array['chair','vice-chair','member','adviser','officer','secretariat'], ${memberships.role})`, asc(people.name));
}

export async function addMember(ctx: ServiceContext, bodyId: number, input: MembershipInput) {
  requirePermission(ctx, 'record.edit');
  const data = parse(membershipInput, input);
  return write(ctx, async (tx, record) => {
    await getBody({ db: tx }, bodyId);
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, data.personId));
    if (!person) throw new NotFound('person', data.personId);
    if (data.fromDate && data.toDate && data.toDate < data.fromDate) throw InvalidInput.field('toDate', say('endDateBeforeStart'));
    const [row] = await tx.insert(memberships).values({ ...data, bodyId }).returning();
    await record({ event: 'membership.create', entityType: 'membership', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateMembership(ctx: ServiceContext, membershipId: number, input: Partial<MembershipInput>) {
  requirePermission(ctx, 'record.edit');
  const data = parseChanges(membershipInput.partial().omit({ personId: true }), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(memberships).where(eq(memberships.id, membershipId)).for('update');
    if (!before) throw new NotFound('membership', membershipId);
    const fromDate = data.fromDate === undefined ? before.fromDate : data.fromDate;
    const toDate = data.toDate === undefined ? before.toDate : data.toDate;
    if (fromDate && toDate && toDate < fromDate) throw InvalidInput.field('toDate', say('endDateBeforeStart'));
    const [after] = await tx.update(memberships).set(data).where(eq(memberships.id, membershipId)).returning();
    await record({ event: 'membership.update', entityType: 'membership', entityId: membershipId, before, after });
    return after!;
  });
}

/** Bodies a person is a member of today: decides which restricted items a member may see. */
export async function bodyIdsOfPerson(db: Executor, personId: number, today: string): Promise<number[]> {
  const rows = await db.select({ bodyId: memberships.bodyId }).from(memberships)
    .where(and(eq(memberships.personId, personId), or(isNull(memberships.toDate), gte(memberships.toDate, today))));
  return [...new Set(rows.map((r) => r.bodyId))];
}

/** Each body with the date of its latest meeting the viewer may see and its next scheduled one: for overviews. */
export async function bodiesOverview(ctx: ServiceContext) {
  const visible = meetingVisible(scopeFor(ctx.viewer), sql`m.status`);
  const rows = await ctx.db.execute(sql`select b.id, b.name, b.short_name, b.kind, b.reports_to_id,
      (select max(m.date) from meetings m where m.body_id = b.id and m.date <= ${ctx.today} and ${visible}) as last_meeting,
      (select min(m.date) from meetings m where m.body_id = b.id and m.date > ${ctx.today} and m.status <> 'cancelled') as next_meeting
    from bodies b order by b.name`);
  return (rows as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    id: Number(r.id), name: String(r.name), shortName: String(r.short_name), kind: String(r.kind),
    reportsToId: r.reports_to_id === null ? null : Number(r.reports_to_id),
    lastMeeting: (r.last_meeting as string | null) ?? null,
    nextMeeting: (r.next_meeting as string | null) ?? null,
  }));
}
