/** Raising and editing actions: references, owners, due dates. */
import { and, eq, like, sql } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { isClosed, type ActionStatus } from '../../domain/actionStatus.js';
import { formatReference, nextReferenceNumber, referencePrefix } from '../../domain/references.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { InvalidInput, NotFound, say } from '../errors.js';
import { parse, parseChanges } from '../validation.js';
import { actionEdit, actionInput, type ActionEdit, type ActionInput, type OwnerInput } from './schemas.js';

const { actions, actionOwners, bodies, meetings, agendaItems, people, organisations, planActions, actionPlans } = schema;

export type Action = typeof actions.$inferSelect;

/** The next reference for a body on a date; the body row is locked so two writers cannot take the same number. */
export async function nextReference(tx: Executor, bodyId: number, date: string): Promise<string> {
  const [body] = await tx.select({ shortName: bodies.shortName }).from(bodies).where(eq(bodies.id, bodyId)).for('update');
  if (!body) throw new NotFound('body', bodyId);
  const prefix = referencePrefix(body.shortName, date);
  const used = await tx.select({ reference: actions.reference }).from(actions)
    .where(like(actions.reference, `${prefix.replace(/[%_\\]/g, '\\$&')}%`));
  return formatReference(body.shortName, date, nextReferenceNumber(used.map((u) => u.reference)));
}

export async function setOwners(tx: Executor, actionId: number, owners: OwnerInput[]): Promise<void> {
  for (const [i, owner] of owners.entries()) {
    if ('personId' in owner) {
      const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, Number(owner.personId)));
      if (!p) throw InvalidInput.field(`owners.${i}.personId`, say('noPerson', { id: Number(owner.personId) }));
    } else if ('organisationId' in owner) {
      const [o] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, Number(owner.organisationId)));
      if (!o) throw InvalidInput.field(`owners.${i}.organisationId`, say('noOrganisation', { id: Number(owner.organisationId) }));
    }
  }
  await tx.delete(actionOwners).where(eq(actionOwners.actionId, actionId));
  if (!owners.length) return;
  await tx.insert(actionOwners).values(owners.map((o, position) => ({
    actionId,
    position,
    personId: 'personId' in o ? Number(o.personId) : null,
    organisationId: 'organisationId' in o ? Number(o.organisationId) : null,
    team: 'team' in o ? o.team : null,
  })));
}

interface Placement {
  bodyId: number;
  date: string;
}

/** Where an action sits: the meeting it arose at (and its body), else the body given, else its plan's body. */
async function placement(tx: Executor, ctx: ServiceContext, data: ReturnType<typeof actionInput.parse>): Promise<Placement> {
  if (data.meetingId) {
    const [m] = await tx.select({ bodyId: meetings.bodyId, date: meetings.date }).from(meetings).where(eq(meetings.id, data.meetingId));
    if (!m) throw InvalidInput.field('meetingId', say('noMeeting', { id: data.meetingId }));
    if (data.bodyId && data.bodyId !== m.bodyId) throw InvalidInput.field('bodyId', say('bodyNotOfMeeting'));
    if (data.agendaItemId) {
      const [item] = await tx.select({ id: agendaItems.id }).from(agendaItems)
        .where(and(eq(agendaItems.id, data.agendaItemId), eq(agendaItems.meetingId, data.meetingId)));
      if (!item) throw InvalidInput.field('agendaItemId', say('itemNotOfMeeting', { id: data.agendaItemId }));
    }
    return { bodyId: m.bodyId, date: m.date };
  }
  if (data.agendaItemId) throw InvalidInput.field('agendaItemId', say('itemNeedsMeeting'));
  if (data.planActionId) {
    const [pa] = await tx.select({ bodyId: actionPlans.bodyId }).from(planActions)
      .innerJoin(actionPlans, eq(actionPlans.id, planActions.planId)).where(eq(planActions.id, data.planActionId));
    if (!pa) throw InvalidInput.field('planActionId', say('noPlanAction', { id: data.planActionId }));
    return { bodyId: data.bodyId ?? pa.bodyId, date: ctx.today };
  }
  if (!data.bodyId) throw InvalidInput.field('bodyId', say('actionNeedsBody'));
  const [b] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, data.bodyId));
  if (!b) throw InvalidInput.field('bodyId', say('noBody', { id: data.bodyId }));
  return { bodyId: data.bodyId, date: ctx.today };
}

/** Raises an action inside a transaction already under way (the import service uses this too). */
export async function raiseActionIn(
  tx: Executor,
  ctx: ServiceContext,
  input: ActionInput,
  options: { status?: ActionStatus; closedOn?: string | null } = {},
): Promise<Action> {
  const data = parse(actionInput, input);
  const where = await placement(tx, ctx, data);
  const reference = await nextReference(tx, where.bodyId, where.date);
  const status = options.status ?? 'open';
  const { owners, ...fields } = data;
  const [row] = await tx.insert(actions).values({
    ...fields,
    bodyId: where.bodyId,
    reference,
    status,
    closedOn: isClosed(status) ? (options.closedOn ?? ctx.today) : null,
  }).returning();
  await setOwners(tx, row!.id, owners);
  return row!;
}

export async function raiseAction(ctx: ServiceContext, input: ActionInput): Promise<Action> {
  requirePermission(ctx, 'action.raise');
  return write(ctx, async (tx, record) => {
    const row = await raiseActionIn(tx, ctx, input);
    await record({ event: 'action.create', entityType: 'action', entityId: row.id, after: { ...row, owners: input.owners ?? [] } });
    return row;
  });
}

export async function lockAction(tx: Executor, actionId: number): Promise<Action> {
  const [row] = await tx.select().from(actions).where(eq(actions.id, actionId)).for('update');
  if (!row) throw new NotFound('action', actionId);
  return row;
}

async function ownerRows(tx: Executor, actionId: number) {
  return tx.select({ personId: actionOwners.personId, organisationId: actionOwners.organisationId, team: actionOwners.team })
    .from(actionOwners).where(eq(actionOwners.actionId, actionId)).orderBy(actionOwners.position);
}

/** Edits an action's words, owners or due date; the reference never changes and the audit log keeps the old values. */
export async function editAction(ctx: ServiceContext, actionId: number, input: ActionEdit): Promise<Action> {
  requirePermission(ctx, 'action.raise');
  const data = parseChanges(actionEdit, input);
  return write(ctx, async (tx, record) => {
    const before = await lockAction(tx, actionId);
    const ownersBefore = await ownerRows(tx, actionId);
    if (data.agendaItemId) {
      const [item] = await tx.select({ id: agendaItems.id }).from(agendaItems)
        .where(and(eq(agendaItems.id, data.agendaItemId), sql`${agendaItems.meetingId} is not distinct from ${before.meetingId}`));
      if (!item) throw InvalidInput.field('agendaItemId', say('itemNotOfActionMeeting', { id: data.agendaItemId }));
    }
    const { owners, ...fields } = data;
    const [after] = await tx.update(actions).set({ ...fields, updatedAt: new Date() }).where(eq(actions.id, actionId)).returning();
    if (owners) await setOwners(tx, actionId, owners);
    await record({
      event: 'action.edit', entityType: 'action', entityId: actionId,
      before: { ...before, owners: ownersBefore }, after: { ...after, owners: owners ? await ownerRows(tx, actionId) : ownersBefore },
    });
    return after!;
  });
}
