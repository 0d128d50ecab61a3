/** Reading actions: lists with filters, one action with its history, and the SQL for their due dates. */
import { and, asc, count, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { scopeFor } from '../../domain/access.js';
import type { ActionStatus } from '../../domain/actionStatus.js';
import { addDays } from '../../domain/dates.js';
import { dueState } from '../../domain/due.js';
import { ragFor } from '../../domain/rag.js';
import type { ServiceContext } from '../context.js';
import { memo } from '../memo.js';
import { NotFound } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse } from '../validation.js';
import { actionVisible } from '../visibility.js';
import { actionFilter, type ActionFilter } from './schemas.js';

const { actions, actionOwners, actionUpdates, bodies, meetings, people, organisations } = schema;

/**
 * When an action is due (src/domain/due.ts, in SQL): its own date, or — when its due date is
 * only words — the body's first meeting after the one it arose at, once one is scheduled.
 */
export const effectiveDueSql = sql<string | null>`coalesce(${actions.dueDate}, case when ${actions.dueText} is not null then (
  select min(nm.date) from meetings nm
  where nm.body_id = ${actions.bodyId} and nm.status <> 'cancelled'
    and nm.date > coalesce((select am.date from meetings am where am.id = ${actions.meetingId}), (${actions.createdAt})::date)
) end)`;

const CLOSED: ActionStatus[] = ['completed', 'cancelled'];

export interface OwnerView {
  personId: number | null;
  organisationId: number | null;
  team: string | null;
  /** The owner in words: a person's name, an organisation, a team. */
  name: string;
}

export interface ActionListRow {
  id: number;
  reference: string;
  text: string;
  bodyId: number;
  bodyShortName: string;
  meetingId: number | null;
  meetingDate: string | null;
  agendaItemId: number | null;
  planActionId: number | null;
  status: ActionStatus;
  dueDate: string | null;
  dueText: string | null;
  effectiveDue: string | null;
  ownerRag: 'red' | 'amber' | 'green' | null;
  closedOn: string | null;
  updatedAt: Date;
  owners: OwnerView[];
  latestUpdate: { text: string; createdAt: Date } | null;
  rag: 'red' | 'amber' | 'green' | null;
  dueState: ReturnType<typeof dueState>;
}

function conditions(ctx: ServiceContext, f: ReturnType<typeof actionFilter.parse>): SQL[] {
  const where: SQL[] = [actionVisible(scopeFor(ctx.viewer), actions)];
  if (f.bodyId) where.push(eq(actions.bodyId, f.bodyId));
  if (f.meetingId) where.push(eq(actions.meetingId, f.meetingId));
  if (f.status?.length) where.push(inArray(actions.status, f.status));
  if (f.open || f.overdue || f.dueSoon) where.push(notInArray(actions.status, CLOSED));
  if (f.overdue) where.push(sql`${effectiveDueSql} < ${ctx.today}`);
  if (f.dueSoon) where.push(sql`${effectiveDueSql} between ${ctx.today} and ${addDays(ctx.today, 14)}`);
  if (f.dueFrom) where.push(sql`${effectiveDueSql} >= ${f.dueFrom}`);
  if (f.dueTo) where.push(sql`${effectiveDueSql} <= ${f.dueTo}`);
  if (f.ownerPersonId) {
    where.push(sql`exists (select 1 from action_owners o where o.action_id = ${actions.id} and o.person_id = ${f.ownerPersonId})`);
  }
  if (f.organisationId) {
    where.push(sql`exists (select 1 from action_owners o left join people p on p.id = o.person_id
      where o.action_id = ${actions.id} and (o.organisation_id = ${f.organisationId} or p.organisation_id = ${f.organisationId}))`);
  }
  if (f.q) where.push(sql`${actions.search} @@ websearch_to_tsquery('english', ${f.q})`);
  return where;
}

function orderBy(f: ReturnType<typeof actionFilter.parse>): SQL[] {
  const dir = f.direction === 'desc' ? desc : asc;
  switch (f.sort) {
    case 'reference': return [dir(bodies.shortName), dir(sql`coalesce(${meetings.date}, (${actions.createdAt})::date)`), dir(actions.id)];
    case 'status': return [dir(actions.status), asc(actions.id)];
    case 'updated': return [dir(actions.updatedAt), asc(actions.id)];
    case 'body': return [dir(bodies.shortName), asc(actions.id)];
    default: return [sql`${effectiveDueSql} ${sql.raw(f.direction)} nulls last`, asc(actions.id)];
  }
}

export async function listActions(ctx: ServiceContext, filter: ActionFilter = {}): Promise<Page<ActionListRow>> {
  const f = parse(actionFilter, filter);
  return memo(ctx, `actions:${JSON.stringify(f)}`, () => queryActions(ctx, f));
}

async function queryActions(ctx: ServiceContext, f: ReturnType<typeof actionFilter.parse>): Promise<Page<ActionListRow>> {
  const where = and(...conditions(ctx, f));
  const [rows, [total]] = await Promise.all([
    ctx.db.select({
      action: actions,
      bodyShortName: bodies.shortName,
      meetingDate: meetings.date,
      effectiveDue: effectiveDueSql,
    }).from(actions)
      .innerJoin(bodies, eq(bodies.id, actions.bodyId))
      .leftJoin(meetings, eq(meetings.id, actions.meetingId))
      .where(where).orderBy(...orderBy(f)).limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(actions).where(where),
  ]);
  const ids = rows.map((r) => r.action.id);
  const [owners, latest] = await Promise.all([ownersOf(ctx.db, ids), latestUpdates(ctx.db, ids)]);
  return {
    items: rows.map((r) => toListRow(ctx, r, owners.get(r.action.id) ?? [], latest.get(r.action.id) ?? null)),
    total: total!.n,
    page: f.page,
    pageSize: f.pageSize,
  };
}

function toListRow(
  ctx: ServiceContext,
  r: { action: typeof actions.$inferSelect; bodyShortName: string; meetingDate: string | null; effectiveDue: string | null },
  owners: OwnerView[],
  latestUpdate: { text: string; createdAt: Date } | null,
): ActionListRow {
  const { search: _search, ...a } = r.action;
  return {
    ...a,
    bodyShortName: r.bodyShortName,
    meetingDate: r.meetingDate,
    effectiveDue: r.effectiveDue,
    owners,
    latestUpdate,
    rag: ragFor({ status: a.status, due: r.effectiveDue, ownerRag: a.ownerRag }, ctx.today),
    dueState: dueState(a.status, r.effectiveDue, ctx.today),
  };
}

export async function ownersOf(db: Executor, actionIds: number[]): Promise<Map<number, OwnerView[]>> {
  const map = new Map<number, OwnerView[]>();
  if (!actionIds.length) return map;
  const rows = await db.select({
    actionId: actionOwners.actionId,
    personId: actionOwners.personId,
    organisationId: actionOwners.organisationId,
    team: actionOwners.team,
    personName: people.name,
    organisationName: organisations.name,
  }).from(actionOwners)
    .leftJoin(people, eq(people.id, actionOwners.personId))
    .leftJoin(organisations, eq(organisations.id, actionOwners.organisationId))
    .where(inArray(actionOwners.actionId, actionIds))
    .orderBy(asc(actionOwners.actionId), asc(actionOwners.position));
  for (const r of rows) {
    const list = map.get(r.actionId) ?? [];
    list.push({ personId: r.personId, organisationId: r.organisationId, team: r.team, name: r.personName ?? r.organisationName ?? r.team ?? '' });
    map.set(r.actionId, list);
  }
  return map;
}

async function latestUpdates(db: Executor, actionIds: number[]): Promise<Map<number, { text: string; createdAt: Date }>> {
  const map = new Map<number, { text: string; createdAt: Date }>();
  if (!actionIds.length) return map;
  const rows = await db.selectDistinctOn([actionUpdates.actionId], {
    actionId: actionUpdates.actionId, text: actionUpdates.text, createdAt: actionUpdates.createdAt,
  }).from(actionUpdates).where(inArray(actionUpdates.actionId, actionIds))
    .orderBy(actionUpdates.actionId, desc(actionUpdates.createdAt), desc(actionUpdates.id));
  for (const r of rows) map.set(r.actionId, { text: r.text, createdAt: r.createdAt });
  return map;
}

/** One action as the viewer may see it, with owners and its latest update. */
export async function getActionRow(ctx: ServiceContext, actionId: number): Promise<ActionListRow> {
  const [row] = await ctx.db.select({
    action: actions, bodyShortName: bodies.shortName, meetingDate: meetings.date, effectiveDue: effectiveDueSql,
  }).from(actions)
    .innerJoin(bodies, eq(bodies.id, actions.bodyId))
    .leftJoin(meetings, eq(meetings.id, actions.meetingId))
    .where(and(eq(actions.id, actionId), actionVisible(scopeFor(ctx.viewer), actions)));
  if (!row) throw new NotFound('action', actionId);
  const [owners, latest] = await Promise.all([ownersOf(ctx.db, [actionId]), latestUpdates(ctx.db, [actionId])]);
  return toListRow(ctx, row, owners.get(actionId) ?? [], latest.get(actionId) ?? null);
}

export async function findActionByReference(ctx: ServiceContext, reference: string): Promise<ActionListRow> {
  const [row] = await ctx.db.select({ id: actions.id }).from(actions).where(eq(actions.reference, reference.trim()));
  if (!row) throw new NotFound('action', reference);
  return getActionRow(ctx, row.id);
}

/** The action's history, oldest first: every update and status change. */
export async function actionHistory(ctx: ServiceContext, actionId: number) {
  await getActionRow(ctx, actionId);
  return ctx.db.select({
    id: actionUpdates.id,
    text: actionUpdates.text,
    statusFrom: actionUpdates.statusFrom,
    statusTo: actionUpdates.statusTo,
    rag: actionUpdates.rag,
    evidence: actionUpdates.evidence,
    authorName: actionUpdates.authorName,
    meetingId: actionUpdates.meetingId,
    meetingDate: meetings.date,
    createdAt: actionUpdates.createdAt,
  }).from(actionUpdates).leftJoin(meetings, eq(meetings.id, actionUpdates.meetingId))
    .where(eq(actionUpdates.actionId, actionId)).orderBy(asc(actionUpdates.createdAt), asc(actionUpdates.id));
}
