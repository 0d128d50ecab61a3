import { and, asc, count, desc, eq, gt, gte, lt, lte, ne, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { scopeFor } from '../../domain/access.js';
import { canMoveMeeting, type MeetingStatus } from '../../domain/meetings.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, InvalidInput, NotFound, say } from '../errors.js';
import type { Page } from '../schemas.js';
import { parse, parseChanges } from '../validation.js';
import { meetingVisible } from '../visibility.js';
import { meetingFilter, meetingInput, meetingStatusInput, meetingUpdate, type MeetingFilter, type MeetingInput } from './schemas.js';

const { meetings, bodies } = schema;

export type Meeting = typeof meetings.$inferSelect;
export type MeetingListRow = Meeting & { bodyName: string; bodyShortName: string };

export async function listMeetings(ctx: ServiceContext, filter: MeetingFilter = {}): Promise<Page<MeetingListRow>> {
  const f = parse(meetingFilter, filter);
  const where: SQL[] = [meetingVisible(scopeFor(ctx.viewer), meetings.status)];
  if (f.bodyId) where.push(eq(meetings.bodyId, f.bodyId));
  if (f.status) where.push(eq(meetings.status, f.status));
  if (f.type) where.push(eq(meetings.type, f.type));
  if (f.from) where.push(gte(meetings.date, f.from));
  if (f.to) where.push(lte(meetings.date, f.to));
  const order = f.order === 'newest' ? [desc(meetings.date), desc(meetings.id)] : [asc(meetings.date), asc(meetings.id)];
  const [rows, [total]] = await Promise.all([
    ctx.db.select({ meeting: meetings, bodyName: bodies.name, bodyShortName: bodies.shortName })
      .from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(and(...where))
      .orderBy(...order).limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(meetings).where(and(...where)),
  ]);
  return {
    items: rows.map((r) => ({ ...r.meeting, bodyName: r.bodyName, bodyShortName: r.bodyShortName })),
    total: total!.n,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The meeting row, if the viewer may see it. */
export async function getMeetingRow(ctx: ServiceContext, meetingId: number): Promise<Meeting> {
  const [row] = await ctx.db.select().from(meetings)
    .where(and(eq(meetings.id, meetingId), meetingVisible(scopeFor(ctx.viewer), meetings.status)));
  if (!row) throw new NotFound('meeting', meetingId);
  return row;
}

export async function lockMeeting(tx: Executor, meetingId: number): Promise<Meeting> {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!row) throw new NotFound('meeting', meetingId);
  return row;
}

/** The body's next meeting after a date, not counting cancelled ones. */
export async function nextMeetingOf(db: Executor, bodyId: number, after: string): Promise<Meeting | null> {
  const [row] = await db.select().from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), gt(meetings.date, after), ne(meetings.status, 'cancelled')))
    .orderBy(asc(meetings.date), asc(meetings.id)).limit(1);
  return row ?? null;
}

export async function previousMeetingOf(db: Executor, bodyId: number, before: string): Promise<Meeting | null> {
  const [row] = await db.select().from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), lt(meetings.date, before), ne(meetings.status, 'cancelled')))
    .orderBy(desc(meetings.date), desc(meetings.id)).limit(1);
  return row ?? null;
}

export async function scheduleMeeting(ctx: ServiceContext, input: MeetingInput): Promise<Meeting> {
  requirePermission(ctx, 'meeting.edit');
  const data = parse(meetingInput, input);
  return write(ctx, async (tx, record) => {
    const [body] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, data.bodyId));
    if (!body) throw new NotFound('body', data.bodyId);
    if (data.startTime && data.endTime && data.endTime <= data.startTime) throw InvalidInput.field('endTime', say('endBeforeStart'));
    const [row] = await tx.insert(meetings).values(data).returning();
    await record({ event: 'meeting.create', entityType: 'meeting', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateMeeting(ctx: ServiceContext, meetingId: number, input: Partial<MeetingInput>): Promise<Meeting> {
  requirePermission(ctx, 'meeting.edit');
  const data = parseChanges(meetingUpdate, input);
  return write(ctx, async (tx, record) => {
    const before = await lockMeeting(tx, meetingId);
    const start = data.startTime === undefined ? before.startTime : data.startTime;
    const end = data.endTime === undefined ? before.endTime : data.endTime;
    if (start && end && end <= start) throw InvalidInput.field('endTime', say('endBeforeStart'));
    const [after] = await tx.update(meetings).set({ ...data, updatedAt: new Date() }).where(eq(meetings.id, meetingId)).returning();
    await record({ event: 'meeting.update', entityType: 'meeting', entityId: meetingId, before, after });
    return after!;
  });
}

/** Moves a meeting through its life: held, minutes drafted, approved, published (or cancelled). */
export async function setMeetingStatus(ctx: ServiceContext, meetingId: number, input: { status: MeetingStatus }): Promise<Meeting> {
  requirePermission(ctx, 'meeting.edit');
  const { status } = parse(meetingStatusInput, input);
  if (status === 'published') requirePermission(ctx, 'meeting.publish');
  return write(ctx, async (tx, record) => {
    const before = await lockMeeting(tx, meetingId);
    if (before.status === status) return before;
    if (!canMoveMeeting(before.status, status)) {
      throw new Conflict(say('meetingStatus', { from: before.status, to: status }), 'status');
    }
    const publishedAt = status === 'published' ? ctx.today : before.publishedAt;
    const [after] = await tx.update(meetings).set({ status, publishedAt, updatedAt: new Date() }).where(eq(meetings.id, meetingId)).returning();
    await record({ event: `meeting.${status === 'published' ? 'publish' : 'status'}`, entityType: 'meeting', entityId: meetingId, before, after });
    return after!;
  });
}
