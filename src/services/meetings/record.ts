/** What is recorded at a meeting: attendance, agenda items, minutes, declarations and decisions. */
import { and, eq, max } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { InvalidInput, NotFound, say } from '../errors.js';
import { parse, parseChanges } from '../validation.js';
import { lockMeeting } from './meetings.js';
import {
  agendaItemInput, attendanceInput, decisionInput, declarationInput, minuteInput,
  type AgendaItemInput, type AttendanceInput, type DecisionInput, type DeclarationInput, type MinuteInput,
} from './schemas.js';

const { attendances, agendaItems, minuteParagraphs, declarations, decisions, people } = schema;

async function assertPeople(tx: Executor, personIds: number[], field: string): Promise<void> {
  for (const [i, personId] of personIds.entries()) {
    const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
    if (!row) throw InvalidInput.field(field.replace('#', String(i)), say('noPerson', { id: personId }));
  }
}

async function assertItemOfMeeting(tx: Executor, meetingId: number, agendaItemId: number | null | undefined): Promise<void> {
  if (!agendaItemId) return;
  const [item] = await tx.select({ id: agendaItems.id }).from(agendaItems)
    .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw InvalidInput.field('agendaItemId', say('itemNotOfThisMeeting', { id: agendaItemId }));
}

/** Replaces the meeting's attendance list (present, apologies, in attendance) in one go. */
export async function recordAttendance(ctx: ServiceContext, meetingId: number, input: AttendanceInput) {
  requirePermission(ctx, 'meeting.edit');
  const { attendees } = parse(attendanceInput, input);
  const seen = new Set<number>();
  attendees.forEach((a, i) => {
    if (seen.has(a.personId)) throw InvalidInput.field(`attendees.${i}.personId`, say('personTwice'));
    seen.add(a.personId);
  });
  return write(ctx, async (tx, record) => {
    await lockMeeting(tx, meetingId);
    await assertPeople(tx, attendees.map((a) => a.personId), 'attendees.#.personId');
    const before = await tx.select().from(attendances).where(eq(attendances.meetingId, meetingId));
    await tx.delete(attendances).where(eq(attendances.meetingId, meetingId));
    const after = attendees.length
      ? await tx.insert(attendances).values(attendees.map((a, position) => ({ ...a, meetingId, position }))).returning()
      : [];
    await record({ event: 'meeting.attendance', entityType: 'meeting', entityId: meetingId, before, after });
    return after;
  });
}

export async function addAgendaItem(ctx: ServiceContext, meetingId: number, input: AgendaItemInput) {
  requirePermission(ctx, 'meeting.edit');
  const data = parse(agendaItemInput, input);
  return write(ctx, async (tx, record) => {
    await lockMeeting(tx, meetingId);
    const [{ last } = { last: null }] = await tx.select({ last: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    const [row] = await tx.insert(agendaItems).values({ ...data, meetingId, position: data.position ?? (last ?? 0) + 1 }).returning();
    await record({ event: 'agendaItem.create', entityType: 'agendaItem', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateAgendaItem(ctx: ServiceContext, agendaItemId: number, input: Partial<AgendaItemInput>) {
  requirePermission(ctx, 'meeting.edit');
  const data = parseChanges(agendaItemInput.partial(), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(agendaItems).where(eq(agendaItems.id, agendaItemId)).for('update');
    if (!before) throw new NotFound('agenda item', agendaItemId);
    const [after] = await tx.update(agendaItems).set(data).where(eq(agendaItems.id, agendaItemId)).returning();
    await record({ event: 'agendaItem.update', entityType: 'agendaItem', entityId: agendaItemId, before, after });
    return after!;
  });
}

export async function addMinute(ctx: ServiceContext, meetingId: number, input: MinuteInput) {
  requirePermission(ctx, 'meeting.edit');
  const data = parse(minuteInput, input);
  return write(ctx, async (tx, record) => {
    await lockMeeting(tx, meetingId);
    await assertItemOfMeeting(tx, meetingId, data.agendaItemId);
    const [{ last } = { last: null }] = await tx.select({ last: max(minuteParagraphs.position) }).from(minuteParagraphs).where(eq(minuteParagraphs.meetingId, meetingId));
    const [row] = await tx.insert(minuteParagraphs).values({ ...data, meetingId, position: (last ?? 0) + 1 }).returning();
    await record({ event: 'minute.create', entityType: 'minute', entityId: row!.id, after: row });
    return row!;
  });
}

/** Edits a paragraph of the minutes; the audit log keeps the words it had. */
export async function updateMinute(ctx: ServiceContext, minuteId: number, input: Partial<MinuteInput>) {
  requirePermission(ctx, 'meeting.edit');
  const data = parseChanges(minuteInput.partial(), input);
  return write(ctx, async (tx, record) => {
    const [before] = await tx.select().from(minuteParagraphs).where(eq(minuteParagraphs.id, minuteId)).for('update');
    if (!before) throw new NotFound('minute paragraph', minuteId);
    await assertItemOfMeeting(tx, before.meetingId, data.agendaItemId);
    const [after] = await tx.update(minuteParagraphs).set({ ...data, updatedAt: new Date() }).where(eq(minuteParagraphs.id, minuteId)).returning();
    await record({ event: 'minute.update', entityType: 'minute', entityId: minuteId, before, after });
    return after!;
  });
}

export async function addDeclaration(ctx: ServiceContext, meetingId: number, input: DeclarationInput) {
  requirePermission(ctx, 'meeting.edit');
  const data = parse(declarationInput, input);
  return write(ctx, async (tx, record) => {
    await lockMeeting(tx, meetingId);
    await assertPeople(tx, [data.personId], 'personId');
    await assertItemOfMeeting(tx, meetingId, data.agendaItemId);
    const [row] = await tx.insert(declarations).values({ ...data, meetingId }).returning();
    await record({ event: 'declaration.create', entityType: 'declaration', entityId: row!.id, after: row });
    return row!;
  });
}

export async function addDecision(ctx: ServiceContext, meetingId: number, input: DecisionInput) {
  requirePermission(ctx, 'meeting.edit');
  const data = parse(decisionInput, input);
  return write(ctx, async (tx, record) => {
    await lockMeeting(tx, meetingId);
    await assertItemOfMeeting(tx, meetingId, data.agendaItemId);
    const [{ last } = { last: null }] = await tx.select({ last: max(decisions.position) }).from(decisions).where(eq(decisions.meetingId, meetingId));
    const [row] = await tx.insert(decisions).values({ ...data, meetingId, position: (last ?? 0) + 1 }).returning();
    await record({ event: 'decision.create', entityType: 'decision', entityId: row!.id, after: row });
    return row!;
  });
}

/** Adds an agenda item with its paragraphs of minutes, all or nothing (e.g. matters arising). */
export async function addItemWithMinutes(
  ctx: ServiceContext,
  meetingId: number,
  itemInput: AgendaItemInput,
  paragraphs: Omit<MinuteInput, 'agendaItemId'>[],
) {
  requirePermission(ctx, 'meeting.edit');
  const data = parse(agendaItemInput, itemInput);
  const minutes = paragraphs.map((p, i) => parse(minuteInput.omit({ agendaItemId: true }), p, `minutes.${i}`));
  return write(ctx, async (tx, record) => {
    await lockMeeting(tx, meetingId);
    const [{ last } = { last: null }] = await tx.select({ last: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    const [item] = await tx.insert(agendaItems).values({ ...data, meetingId, position: data.position ?? (last ?? 0) + 1 }).returning();
    const [{ lastMinute } = { lastMinute: null }] = await tx.select({ lastMinute: max(minuteParagraphs.position) }).from(minuteParagraphs).where(eq(minuteParagraphs.meetingId, meetingId));
    const rows = minutes.length
      ? await tx.insert(minuteParagraphs).values(minutes.map((m, i) => ({ ...m, meetingId, agendaItemId: item!.id, position: (lastMinute ?? 0) + i + 1 }))).returning()
      : [];
    await record({ event: 'agendaItem.create', entityType: 'agendaItem', entityId: item!.id, after: { ...item, minutes: rows } });
    return { item: item!, minutes: rows };
  });
}
