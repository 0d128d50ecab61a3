/**
 * Confirming a reviewed record: everything it says is written in one transaction, with audit
 * events, or nothing is. The imports row then says what was created and what was matched.
 */
import { and, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor, Transaction } from '../../db/connection.js';
import { extractionRecordSchema, type ExtractionRecord } from '../../extract/record.js';
import { write, type AuditEntry } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, InvalidInput, NotFound, say, problem } from '../errors.js';
import { parse } from '../validation.js';
import { Directory, peopleOfBody } from './directory.js';
import { withBody } from './prepare.js';
import { Resolver } from './resolver.js';
import type { ImportRun } from './run.js';
import { emptySummary, type ImportOutcome } from './types.js';
import { recordActions } from './writeActions.js';
import { bodyFor, fileDocument, meetingFor, scheduleNextMeeting } from './writeMeeting.js';
import { recordAgenda, recordAttendance, recordDecisions } from './writeMinutes.js';
import { recordRecommendations } from './writeReport.js';

const { imports } = schema;

export type ImportRow = typeof imports.$inferSelect;

export async function importRow(db: Executor, importId: number): Promise<ImportRow> {
  const [row] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!row) throw new NotFound('import', importId);
  return row;
}

/** A record fit to import: valid in every field, with the body (as given, else as read) and date a meeting needs. */
export function validRecord(input: unknown, bodyName?: string | null): ExtractionRecord & { meeting: { body: string; date: string } } {
  const record = withBody(parse(extractionRecordSchema, input), bodyName);
  const problems = [];
  if (!record.meeting.body) problems.push(problem('meeting.body', say('importNoBody')));
  if (!record.meeting.date) problems.push(problem('meeting.date', say('importNoDate')));
  if (problems.length) throw new InvalidInput(problems);
  return record as ExtractionRecord & { meeting: { body: string; date: string } };
}

/** The message for a file that could not be imported, starting with its name. */
export function failureMessage(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(file) ? message : `${file}: ${message}`;
}

export async function confirmImport(ctx: ServiceContext, importId: number, editedRecord?: unknown): Promise<ImportOutcome> {
  requirePermission(ctx, 'import.run');
  const row = await importRow(ctx.db, importId);
  if (row.status === 'imported') throw new Conflict(say('alreadyImported', { file: row.filename, meeting: row.meetingId ?? '' }), 'status');
  if (row.status === 'failed') throw new Conflict(row.error ?? say('importUnreadable', { file: row.filename }), 'status');
  const record = validRecord(editedRecord ?? row.record);
  try {
    return await write(ctx, (tx, audit) => applyRecord(tx, ctx, audit, row, record));
  } catch (error) {
    // Nothing of the record was written; the row keeps the reason for whoever reviews it next.
    await ctx.db.update(imports).set({ error: failureMessage(row.filename, error) })
      .where(and(eq(imports.id, importId), eq(imports.status, 'extracted')));
    throw error;
  }
}

/** Writes a valid record inside a transaction already under way. */
export async function applyRecord(
  tx: Transaction,
  ctx: ServiceContext,
  audit: (entry: AuditEntry) => Promise<void>,
  row: Pick<ImportRow, 'id' | 'filename' | 'documentId'>,
  record: ReturnType<typeof validRecord>,
): Promise<ImportOutcome> {
  const summary = emptySummary();
  const body = await bodyFor(tx, audit, record.meeting.body, summary);
  const meeting = await meetingFor(tx, audit, body, record.meeting, summary);
  const run: ImportRun = {
    tx, ctx, audit, summary, body,
    file: row.filename,
    data: record,
    meeting: { id: meeting.id, date: meeting.date },
    items: new Map(),
    resolver: new Resolver(await Directory.load(tx), await peopleOfBody(tx, body.id)),
    counted: new Set(),
  };
  await recordAttendance(run);
  await recordAgenda(run);
  await recordDecisions(run);
  await recordRecommendations(run);
  await recordActions(run);
  await scheduleNextMeeting(run);
  await fileDocument(run, row.documentId);
  await tx.update(imports).set({
    status: 'imported', bodyId: body.id, meetingId: meeting.id, record, summary, error: null, importedAt: new Date(),
  }).where(eq(imports.id, row.id));
  await audit({ event: 'import.confirm', entityType: 'import', entityId: row.id, after: { filename: row.filename, meetingId: meeting.id, summary } });
  return { importId: row.id, meetingId: meeting.id, meetingDate: meeting.date, bodyId: body.id, bodyName: body.name, summary };
}
