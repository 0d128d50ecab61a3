/** A body's work programme: topics requested or planned for its future meetings. Internal. */
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { NotFound } from '../errors.js';
import { assertBody, assertPerson, meetingOfBody } from '../placement.js';
import type { Page } from '../schemas.js';
import { parse, parseChanges } from '../validation.js';
import {
  workItemFilter, workItemInput, workItemUpdate, type WorkItemFilter, type WorkItemInput, type WorkItemUpdate,
} from './schemas.js';

const { workProgrammeItems: items, bodies, meetings, people } = schema;
const planned = alias(meetings, 'planned_meeting');
const requested = alias(meetings, 'requested_meeting');

export type WorkItem = typeof items.$inferSelect;
export type WorkItemRow = WorkItem & {
  bodyShortName: string;
  plannedMeetingDate: string | null;
  requestedAtMeetingDate: string | null;
  leadPersonName: string | null;
};

/** The meetings named must be of the item's body, and the lead a person on record. */
async function assertLinks(tx: Executor, bodyId: number, data: { requestedAtMeetingId?: number | null; plannedMeetingId?: number | null; leadPersonId?: number | null }) {
  if (data.requestedAtMeetingId) await meetingOfBody(tx, data.requestedAtMeetingId, bodyId, 'requestedAtMeetingId');
  if (data.plannedMeetingId) await meetingOfBody(tx, data.plannedMeetingId, bodyId, 'plannedMeetingId');
  await assertPerson(tx, data.leadPersonId, 'leadPersonId');
}

/** Putting a proposed topic onto a meeting schedules it, unless a status is given. */
function statusFor(data: { plannedMeetingId?: number | null; status?: WorkItem['status'] }, current: WorkItem['status'] = 'proposed') {
  if (data.status) return data.status;
  return data.plannedMeetingId && current === 'proposed' ? 'scheduled' : undefined;
}

export async function addWorkItem(ctx: ServiceContext, input: WorkItemInput): Promise<WorkItem> {
  requirePermission(ctx, 'workProgramme.edit');
  const data = parse(workItemInput, input);
  return write(ctx, async (tx, record) => {
    await assertBody(tx, data.bodyId);
    await assertLinks(tx, data.bodyId, data);
    const [row] = await tx.insert(items).values({ ...data, status: statusFor(data) }).returning();
    await record({ event: 'workProgramme.create', entityType: 'workProgrammeItem', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateWorkItem(ctx: ServiceContext, itemId: number, input: WorkItemUpdate): Promise<WorkItem> {
  requirePermission(ctx, 'workProgramme.edit');
  const data = parseChanges(workItemUpdate, input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(items).where(eq(items.id, itemId)).for('update');
    if (!before) throw new NotFound('work programme item', itemId);
    await assertLinks(tx, before.bodyId, data);
    const [after] = await tx.update(items).set({ ...data, status: statusFor(data, before.status), updatedAt: new Date() })
      .where(eq(items.id, itemId)).returning();
    await record({ event: 'workProgramme.update', entityType: 'workProgrammeItem', entityId: itemId, before, after });
    return after!;
  });
}

function rowQuery(db: Executor) {
  return db.select({
    item: items,
    bodyShortName: bodies.shortName,
    plannedMeetingDate: planned.date,
    requestedAtMeetingDate: requested.date,
    leadPersonName: people.name,
  }).from(items)
    .innerJoin(bodies, eq(bodies.id, items.bodyId))
    .leftJoin(planned, eq(planned.id, items.plannedMeetingId))
    .leftJoin(requested, eq(requested.id, items.requestedAtMeetingId))
    .leftJoin(people, eq(people.id, items.leadPersonId));
}

function toRow({ item, ...rest }: Awaited<ReturnType<typeof rowQuery>>[number]): WorkItemRow {
  return { ...item, ...rest };
}

/** The work programme, soonest planned meeting first, then unscheduled topics in the order raised. */
export async function listWorkProgramme(ctx: ServiceContext, filter: WorkItemFilter = {}): Promise<Page<WorkItemRow>> {
  requirePermission(ctx, 'internal.read');
  const f = parse(workItemFilter, filter);
  const where: SQL[] = [];
  if (f.bodyId) where.push(eq(items.bodyId, f.bodyId));
  if (f.status?.length) where.push(inArray(items.status, f.status));
  if (f.plannedMeetingId) where.push(eq(items.plannedMeetingId, f.plannedMeetingId));
  if (f.leadPersonId) where.push(eq(items.leadPersonId, f.leadPersonId));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    rowQuery(ctx.db).where(condition).orderBy(sql`${planned.date} asc nulls last`, asc(items.createdAt), asc(items.id))
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(items).where(condition),
  ]);
  return { items: rows.map(toRow), total: total!.n, page: f.page, pageSize: f.pageSize };
}

export async function getWorkItem(ctx: ServiceContext, itemId: number): Promise<WorkItemRow> {
  requirePermission(ctx, 'internal.read');
  const [row] = await rowQuery(ctx.db).where(eq(items.id, itemId));
  if (!row) throw new NotFound('work programme item', itemId);
  return toRow(row);
}
