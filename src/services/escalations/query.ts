/**
 * Reading escalations (internal). One that concerns an action or agenda item the viewer may
 * not see (an exempt item of a body they are not a member of) is left out.
 */
import { and, asc, count, desc, eq, exists, inArray, or, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { scopeFor, type Scope } from '../../domain/access.js';
import { getActionRow } from '../actions/query.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse } from '../validation.js';
import { actionVisible, itemVisible, meetingVisible } from '../visibility.js';
import type { Escalation } from './escalations.js';
import { escalationFilter, type EscalationFilter } from './schemas.js';

const { escalations, bodies, actions, agendaItems, meetings } = schema;

const fromBody = alias(bodies, 'from_body');
const toBody = alias(bodies, 'to_body');
const raisedAt = alias(meetings, 'raised_at');
const heardAt = alias(meetings, 'heard_at');
const seenAction = alias(actions, 'seen_action');
const seenItem = alias(agendaItems, 'seen_item');
const seenMeeting = alias(meetings, 'seen_meeting');

export type EscalationRow = Escalation & {
  fromBodyName: string;
  fromBodyShortName: string;
  toBodyName: string;
  toBodyShortName: string;
  actionReference: string | null;
  agendaItemTitle: string | null;
  raisedAtMeetingDate: string | null;
  heardAtMeetingDate: string | null;
};

function visible(db: Executor, scope: Scope): SQL {
  return and(
    or(isNull(escalations.actionId), exists(db.select({ one: sql`1` }).from(seenAction)
      .where(and(eq(seenAction.id, escalations.actionId), actionVisible(scope, seenAction))))),
    or(isNull(escalations.agendaItemId), exists(db.select({ one: sql`1` }).from(seenItem)
      .innerJoin(seenMeeting, eq(seenMeeting.id, seenItem.meetingId))
      .where(and(eq(seenItem.id, escalations.agendaItemId), meetingVisible(scope, seenMeeting.status), itemVisible(scope, seenItem.exemptParagraph, seenMeeting.bodyId))))),
  )!;
}

function rowQuery(db: Executor) {
  return db.select({
    escalation: escalations,
    fromBodyName: fromBody.name,
    fromBodyShortName: fromBody.shortName,
    toBodyName: toBody.name,
    toBodyShortName: toBody.shortName,
    actionReference: actions.reference,
    agendaItemTitle: agendaItems.title,
    raisedAtMeetingDate: raisedAt.date,
    heardAtMeetingDate: heardAt.date,
  }).from(escalations)
    .innerJoin(fromBody, eq(fromBody.id, escalations.fromBodyId))
    .innerJoin(toBody, eq(toBody.id, escalations.toBodyId))
    .leftJoin(actions, eq(actions.id, escalations.actionId))
    .leftJoin(agendaItems, eq(agendaItems.id, escalations.agendaItemId))
    .leftJoin(raisedAt, eq(raisedAt.id, escalations.raisedAtMeetingId))
    .leftJoin(heardAt, eq(heardAt.id, escalations.heardAtMeetingId));
}

function toRow({ escalation, ...names }: Awaited<ReturnType<typeof rowQuery>>[number]): EscalationRow {
  return { ...escalation, ...names };
}

export async function listEscalations(ctx: ServiceContext, filter: EscalationFilter = {}): Promise<Page<EscalationRow>> {
  requirePermission(ctx, 'internal.read');
  const f = parse(escalationFilter, filter);
  const where: SQL[] = [visible(ctx.db, scopeFor(ctx.viewer))];
  if (f.toBodyId) where.push(eq(escalations.toBodyId, f.toBodyId));
  if (f.fromBodyId) where.push(eq(escalations.fromBodyId, f.fromBodyId));
  if (f.status?.length) where.push(inArray(escalations.status, f.status));
  if (f.actionId) where.push(eq(escalations.actionId, f.actionId));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    rowQuery(ctx.db).where(condition).orderBy(desc(escalations.createdAt), desc(escalations.id))
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(escalations).where(condition),
  ]);
  return { items: rows.map(toRow), total: total!.n, page: f.page, pageSize: f.pageSize };
}

export async function getEscalation(ctx: ServiceContext, escalationId: number): Promise<EscalationRow> {
  requirePermission(ctx, 'internal.read');
  const [row] = await rowQuery(ctx.db).where(and(eq(escalations.id, escalationId), visible(ctx.db, scopeFor(ctx.viewer))));
  if (!row) throw new NotFound('escalation', escalationId);
  return toRow(row);
}

/** The escalations of an action the viewer may see, oldest first. */
export async function escalationsOfAction(ctx: ServiceContext, actionId: number): Promise<EscalationRow[]> {
  requirePermission(ctx, 'internal.read');
  await getActionRow(ctx, actionId);
  const rows = await rowQuery(ctx.db).where(and(eq(escalations.actionId, actionId), visible(ctx.db, scopeFor(ctx.viewer))))
    .orderBy(asc(escalations.createdAt), asc(escalations.id));
  return rows.map(toRow);
}
