/** Feedback and outcomes: what members challenged or suggested, and what changed as a result. Internal. */
import { and, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { canRecordFeedback, scopeFor, type Scope } from '../../domain/access.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Forbidden, InvalidInput, NotFound, say } from '../errors.js';
import { assertPerson, placeRecord } from '../placement.js';
import type { Page } from '../schemas.js';
import { parse, parseChanges } from '../validation.js';
import { itemVisible } from '../visibility.js';
import {
  feedbackFilter, feedbackInput, feedbackOutcomeInput, feedbackUpdate,
  type FeedbackFilter, type FeedbackInput, type FeedbackOutcomeInput, type FeedbackUpdate,
} from './schemas.js';

const { feedback, bodies, meetings, agendaItems, people } = schema;

export type Feedback = typeof feedback.$inferSelect;
export type FeedbackRow = Feedback & {
  bodyShortName: string;
  meetingDate: string | null;
  agendaItemTitle: string | null;
  raisedByName: string | null;
};

export async function recordFeedback(ctx: ServiceContext, input: FeedbackInput): Promise<Feedback> {
  requirePermission(ctx, 'feedback.record');
  const data = parse(feedbackInput, input);
  return write(ctx, async (tx, record) => {
    assertMayRecord(ctx, data.bodyId);
    const where = await placeRecord(tx, data);
    await assertPerson(tx, data.raisedByPersonId, 'raisedByPersonId');
    const [row] = await tx.insert(feedback).values({ ...data, meetingId: where.meetingId, agendaItemId: where.agendaItemId }).returning();
    await record({ event: 'feedback.create', entityType: 'feedback', entityId: row!.id, after: row });
    return row!;
  });
}

function assertMayRecord(ctx: ServiceContext, bodyId: number): void {
  if (!canRecordFeedback(ctx.viewer, bodyId)) throw new Forbidden(say('feedbackNotYourBody'));
}

async function lockFeedback(tx: Executor, feedbackId: number): Promise<Feedback> {
  const [row] = await tx.select().from(feedback).where(eq(feedback.id, feedbackId)).for('update');
  if (!row) throw new NotFound('feedback', feedbackId);
  return row;
}

export async function updateFeedback(ctx: ServiceContext, feedbackId: number, input: FeedbackUpdate): Promise<Feedback> {
  requirePermission(ctx, 'feedback.record');
  const data = parseChanges(feedbackUpdate, input);
  return write(ctx, async (tx, record) => {
    const before = await lockFeedback(tx, feedbackId);
    assertMayRecord(ctx, before.bodyId);
    const meetingId = data.meetingId === undefined ? before.meetingId : data.meetingId;
    const agendaItemId = data.agendaItemId === undefined ? before.agendaItemId : data.agendaItemId;
    const where = await placeRecord(tx, { bodyId: before.bodyId, meetingId, agendaItemId });
    await assertPerson(tx, data.raisedByPersonId, 'raisedByPersonId');
    const [after] = await tx.update(feedback).set({ ...data, meetingId: where.meetingId, agendaItemId: where.agendaItemId, updatedAt: new Date() })
      .where(eq(feedback.id, feedbackId)).returning();
    await record({ event: 'feedback.update', entityType: 'feedback', entityId: feedbackId, before, after });
    return after!;
  });
}

/** Records (or corrects) what changed as a result; the log keeps any earlier words. */
export async function recordFeedbackOutcome(ctx: ServiceContext, feedbackId: number, input: FeedbackOutcomeInput): Promise<Feedback> {
  requirePermission(ctx, 'feedback.record');
  const data = parse(feedbackOutcomeInput, input);
  return write(ctx, async (tx, record) => {
    const before = await lockFeedback(tx, feedbackId);
    assertMayRecord(ctx, before.bodyId);
    const outcomeOn = data.outcomeOn ?? ctx.today;
    const [meeting] = before.meetingId ? await tx.select({ date: meetings.date }).from(meetings).where(eq(meetings.id, before.meetingId)) : [];
    if (meeting && outcomeOn < meeting.date) {
      throw InvalidInput.field('outcomeOn', say('outcomeBeforeMeeting', { date: meeting.date }));
    }
    const [after] = await tx.update(feedback).set({ outcome: data.outcome, outcomeOn, updatedAt: new Date() }).where(eq(feedback.id, feedbackId)).returning();
    await record({ event: 'feedback.outcome', entityType: 'feedback', entityId: feedbackId, before, after });
    return after!;
  });
}

/** Feedback on an exempt item is seen only by those who may see that item. */
function visible(scope: Scope): SQL {
  return or(isNull(feedback.agendaItemId), itemVisible(scope, agendaItems.exemptParagraph, feedback.bodyId))!;
}

function rowQuery(db: Executor) {
  return db.select({
    feedback,
    bodyShortName: bodies.shortName,
    meetingDate: meetings.date,
    agendaItemTitle: agendaItems.title,
    raisedByName: people.name,
  }).from(feedback)
    .innerJoin(bodies, eq(bodies.id, feedback.bodyId))
    .leftJoin(meetings, eq(meetings.id, feedback.meetingId))
    .leftJoin(agendaItems, eq(agendaItems.id, feedback.agendaItemId))
    .leftJoin(people, eq(people.id, feedback.raisedByPersonId));
}

function toRow({ feedback: row, ...rest }: Awaited<ReturnType<typeof rowQuery>>[number]): FeedbackRow {
  return { ...row, ...rest };
}

/** Newest first. */
export async function listFeedback(ctx: ServiceContext, filter: FeedbackFilter = {}): Promise<Page<FeedbackRow>> {
  requirePermission(ctx, 'internal.read');
  const f = parse(feedbackFilter, filter);
  const where: SQL[] = [visible(scopeFor(ctx.viewer))];
  if (f.bodyId) where.push(eq(feedback.bodyId, f.bodyId));
  if (f.meetingId) where.push(eq(feedback.meetingId, f.meetingId));
  if (f.raisedByPersonId) where.push(eq(feedback.raisedByPersonId, f.raisedByPersonId));
  if (f.hasOutcome !== undefined) where.push(f.hasOutcome ? isNotNull(feedback.outcome) : isNull(feedback.outcome));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    rowQuery(ctx.db).where(condition)
      .orderBy(desc(sql`coalesce(${meetings.date}, (${feedback.createdAt})::date)`), desc(feedback.id))
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(feedback).leftJoin(agendaItems, eq(agendaItems.id, feedback.agendaItemId)).where(condition),
  ]);
  return { items: rows.map(toRow), total: total!.n, page: f.page, pageSize: f.pageSize };
}

export async function getFeedback(ctx: ServiceContext, feedbackId: number): Promise<FeedbackRow> {
  requirePermission(ctx, 'internal.read');
  const [row] = await rowQuery(ctx.db).where(and(eq(feedback.id, feedbackId), visible(scopeFor(ctx.viewer))));
  if (!row) throw new NotFound('feedback', feedbackId);
  return toRow(row);
}
