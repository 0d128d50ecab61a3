/**
 * For the web review of imports: the recent imports, one import with its review, and saving
 * a record a person has edited before confirming it.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { isIsoDate } from '../../domain/dates.js';
import { extractionRecordSchema, type ExtractionRecord } from '../../extract/record.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, InvalidInput, type FieldProblem, say } from '../errors.js';
import { parse } from '../validation.js';
import { importRow, type ImportRow } from './confirm.js';
import { buildReview } from './review.js';
import type { ImportReview, ImportSummary } from './types.js';

const { imports, meetings, bodies } = schema;

export interface ImportListing {
  id: number;
  filename: string;
  status: ImportRow['status'];
  error: string | null;
  /** The kind of failure (an ExtractProblem), when it failed. */
  problem: string | null;
  createdAt: Date;
  importedAt: Date | null;
  meetingId: number | null;
  meetingDate: string | null;
  bodyName: string | null;
}

/** The latest imports first (of a status, or these ones). */
export async function listImports(ctx: ServiceContext, options: { limit?: number; status?: ImportRow['status']; ids?: number[] } = {}): Promise<ImportListing[]> {
  requirePermission(ctx, 'import.run');
  return ctx.db.select({
    id: imports.id, filename: imports.filename, status: imports.status, error: imports.error, problem: imports.problem,
    createdAt: imports.createdAt, importedAt: imports.importedAt, meetingId: imports.meetingId,
    meetingDate: meetings.date, bodyName: bodies.name,
  }).from(imports)
    .leftJoin(meetings, eq(meetings.id, imports.meetingId))
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(options.status ? eq(imports.status, options.status) : undefined, options.ids ? inArray(imports.id, options.ids.length ? options.ids : [0]) : undefined))
    .orderBy(desc(imports.id))
    .limit(options.limit ?? 20);
}

export interface ImportDetail {
  import: ImportListing;
  /** What the record would match: only while it awaits review. */
  review: ImportReview | null;
  /** What was created and matched: once imported. */
  summary: ImportSummary | null;
  bodyId: number | null;
}

export async function getImport(ctx: ServiceContext, importId: number): Promise<ImportDetail> {
  requirePermission(ctx, 'import.run');
  const row = await importRow(ctx.db, importId);
  const [listing] = await ctx.db.select({ meetingDate: meetings.date, bodyName: bodies.name, bodyId: bodies.id })
    .from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(eq(meetings.id, row.meetingId ?? 0));
  return {
    import: {
      id: row.id, filename: row.filename, status: row.status, error: row.error, problem: row.problem, createdAt: row.createdAt, importedAt: row.importedAt,
      meetingId: row.meetingId, meetingDate: listing?.meetingDate ?? null, bodyName: listing?.bodyName ?? null,
    },
    review: row.status === 'extracted' ? await buildReview(ctx.db, row) : null,
    summary: row.status === 'imported' ? (row.summary as ImportSummary | null) : null,
    bodyId: listing?.bodyId ?? row.bodyId,
  };
}

/**
 * Keeps a record as edited in the review, in place of the one extracted, with the change in
 * the audit log. It must be valid in every field (and its dates real dates); the import is
 * still to be confirmed.
 */
export async function saveReviewedRecord(ctx: ServiceContext, importId: number, input: unknown): Promise<ExtractionRecord> {
  requirePermission(ctx, 'import.run');
  const row = await importRow(ctx.db, importId);
  if (row.status !== 'extracted') throw new Conflict(say(row.status === 'imported' ? 'reviewImported' : 'reviewUnreadable', { file: row.filename }), 'status');
  const record = parse(extractionRecordSchema, input);
  const problems = unrealDates(record);
  if (problems.length) throw new InvalidInput(problems);
  return write(ctx, async (tx, audit) => {
    await tx.update(imports).set({ record, error: null }).where(eq(imports.id, importId));
    await audit({ event: 'import.edit', entityType: 'import', entityId: importId, before: row.record, after: record });
    return record;
  });
}

/** The schema checks the shape of a date; a 30 February passes it but no meeting is held on one. */
function unrealDates(record: ExtractionRecord): FieldProblem[] {
  const message = 'Enter a real date as YYYY-MM-DD';
  const dates: [string, string | null | undefined][] = [
    ['meeting.date', record.meeting.date],
    ['nextMeeting.date', record.nextMeeting?.date],
    ...record.actions.map((a, i): [string, string | null] => [`actions.${i}.due`, a.due]),
  ];
  return dates.filter(([, date]) => date && !isIsoDate(date)).map(([field]) => ({ field, message }));
}

/** The record of an import as it stands, for a form that changes part of it. */
export async function recordUnderReview(ctx: ServiceContext, importId: number): Promise<{ id: number; filename: string; status: ImportRow['status']; record: ExtractionRecord | null }> {
  requirePermission(ctx, 'import.run');
  const row = await importRow(ctx.db, importId);
  const parsed = extractionRecordSchema.safeParse(row.record);
  return { id: row.id, filename: row.filename, status: row.status, record: parsed.success ? parsed.data : null };
}
