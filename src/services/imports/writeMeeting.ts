/** The body and the meeting a record is of, its next meeting, and the document itself. */
import { and, asc, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor, Transaction } from '../../db/connection.js';
import type { ExtractionRecord } from '../../extract/record.js';
import type { AuditEntry } from '../audit.js';
import { findBody, uniqueShortName, type BodyRow } from './directory.js';
import { bodyKindFor } from './matchNames.js';
import { meetingTypeFor, isVirtualVenue } from './meetings.js';
import { splitAcronym } from './names.js';
import { longDate, type ImportRun } from './run.js';
import type { ImportSummary } from './types.js';

const { bodies, meetings, documents } = schema;

type Audit = (entry: AuditEntry) => Promise<void>;

export async function bodyFor(tx: Transaction, audit: Audit, written: string, summary: ImportSummary): Promise<BodyRow> {
  const found = await findBody(tx, written);
  if (found) {
    summary.body = 'matched';
    return found.known;
  }
  const { name } = splitAcronym(written);
  const [row] = await tx.insert(bodies).values({
    name,
    shortName: await uniqueShortName(tx, written),
    kind: bodyKindFor(name),
  }).returning();
  await audit({ event: 'body.create', entityType: 'body', entityId: row!.id, after: row });
  summary.body = 'created';
  return { id: row!.id, name: row!.name, shortName: row!.shortName };
}

type Meeting = typeof meetings.$inferSelect;

/** The body's meetings on a date, the likeliest first: same title or start time, not cancelled. */
export async function meetingsOn(tx: Executor, bodyId: number, date: string): Promise<Meeting[]> {
  return tx.select().from(meetings).where(and(eq(meetings.bodyId, bodyId), eq(meetings.date, date))).orderBy(asc(meetings.id));
}

export function likeliest(found: Meeting[], data: ExtractionRecord['meeting']): Meeting | null {
  const score = (m: Meeting) => (m.status === 'cancelled' ? 0 : 4)
    + (data.title && m.title?.toLowerCase() === data.title.toLowerCase() ? 2 : 0)
    + (data.startTime && m.startTime === data.startTime ? 1 : 0);
  return [...found].sort((a, b) => score(b) - score(a))[0] ?? null;
}

/**
 * The meeting of that body on that date if there is one (a scheduled one now has approved
 * minutes), else a new one whose minutes are approved: they are the minutes being imported.
 */
export async function meetingFor(
  tx: Transaction, audit: Audit, body: BodyRow, data: ExtractionRecord['meeting'] & { date: string }, summary: ImportSummary,
): Promise<Meeting> {
  const existing = likeliest(await meetingsOn(tx, body.id, data.date), data);
  if (existing) {
    summary.meeting = 'matched';
    if (existing.status !== 'scheduled') return existing;
    const [after] = await tx.update(meetings).set({
      status: 'minutes approved',
      title: existing.title ?? data.title,
      type: existing.type === 'ordinary' ? meetingTypeFor(data.title) : existing.type,
      startTime: existing.startTime ?? data.startTime,
      venue: existing.venue ?? data.venue,
      virtual: existing.virtual || isVirtualVenue(data.venue),
      updatedAt: new Date(),
    }).where(eq(meetings.id, existing.id)).returning();
    await audit({ event: 'meeting.update', entityType: 'meeting', entityId: existing.id, before: existing, after });
    return after!;
  }
  const [row] = await tx.insert(meetings).values({
    bodyId: body.id,
    type: meetingTypeFor(data.title),
    title: data.title,
    date: data.date,
    startTime: data.startTime,
    venue: data.venue,
    virtual: isVirtualVenue(data.venue),
    status: 'minutes approved',
  }).returning();
  await audit({ event: 'meeting.create', entityType: 'meeting', entityId: row!.id, after: row });
  summary.meeting = 'created';
  return row!;
}

/** Schedules the next meeting the minutes give, unless the body already meets that day. */
export async function scheduleNextMeeting(run: ImportRun): Promise<void> {
  const next = run.data.nextMeeting;
  if (!next?.date || next.date === run.meeting.date) return;
  if ((await meetingsOn(run.tx, run.body.id, next.date)).length) {
    run.summary.nextMeeting = 'already in the record';
    return;
  }
  const [row] = await run.tx.insert(meetings).values({
    bodyId: run.body.id,
    date: next.date,
    startTime: next.startTime,
    venue: next.venue,
    virtual: isVirtualVenue(next.venue),
    status: 'scheduled',
  }).returning();
  await run.audit({ event: 'meeting.create', entityType: 'meeting', entityId: row!.id, after: row });
  run.summary.nextMeeting = 'scheduled';
}

/** Files the document itself with the meeting, so that search finds it. */
export async function fileDocument(run: ImportRun, documentId: number | null): Promise<void> {
  if (!documentId) return;
  const what = run.data.kind === 'report' ? (run.data.items[0]?.title ?? `Report to ${run.body.name}`) : `Minutes of ${run.body.name}`;
  const title = `${what}, ${longDate(run.meeting.date)}`.slice(0, 300);
  const [before] = await run.tx.select({ id: documents.id, title: documents.title, meetingId: documents.meetingId, bodyId: documents.bodyId })
    .from(documents).where(eq(documents.id, documentId));
  if (!before) return;
  await run.tx.update(documents).set({ title, meetingId: run.meeting.id, bodyId: run.body.id }).where(eq(documents.id, documentId));
  await run.audit({ event: 'document.update', entityType: 'document', entityId: documentId, before, after: { ...before, title, meetingId: run.meeting.id, bodyId: run.body.id } });
}
