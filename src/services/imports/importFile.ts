/** A file straight through: extract and confirm in one go, as the CLI does; or a dry run that writes nothing. */
import { eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { applyRecord, failureMessage, validRecord, type ImportRow } from './confirm.js';
import { prepare, storeExtraction, storeFailure, type ImportInput, type Prepared } from './prepare.js';
import type { FileResult, ImportOutcome } from './types.js';

const { imports, meetings, bodies } = schema;

/** Thrown to roll a dry run back once it has done everything. */
class DryRunRollback extends Error {
  constructor(readonly result: FileResult) {
    super('dry run');
  }
}

function done(file: string, outcome: ImportOutcome): FileResult {
  return {
    status: outcome.summary.meeting === 'created' ? 'created' : 'updated',
    file, importId: outcome.importId, meetingId: outcome.meetingId, bodyName: outcome.bodyName, meetingDate: outcome.meetingDate,
    summary: outcome.summary, error: null,
  };
}

function failed(file: string, error: string, row?: ImportRow): FileResult {
  return { status: 'failed', file, importId: row?.id ?? null, meetingId: null, bodyName: null, meetingDate: null, summary: null, error };
}

export async function importFile(ctx: ServiceContext, input: ImportInput & { dryRun?: boolean }): Promise<FileResult> {
  requirePermission(ctx, 'import.run');
  const prepared = await prepare(ctx, input);
  const { file } = prepared;
  if (prepared.kind === 'unchanged') {
    return { ...(await earlierMeeting(ctx, prepared.earlier)), status: 'unchanged', file, summary: null, error: null };
  }
  if (input.dryRun) return dryRun(ctx, input, prepared);
  if (prepared.kind === 'failed') return failed(file, prepared.error, await write(ctx, (tx, audit) => storeFailure(tx, ctx, audit, prepared)));

  const row = prepared.kind === 'pending' ? prepared.row : await write(ctx, (tx, audit) => storeExtraction(tx, ctx, audit, prepared, input.bodyName));
  try {
    const record = validRecord(row.record, input.bodyName);
    return done(file, await write(ctx, (tx, audit) => applyRecord(tx, ctx, audit, row, record)));
  } catch (error) {
    const message = failureMessage(file, error);
    await ctx.db.update(imports).set({ error: message }).where(eq(imports.id, row.id));
    return failed(file, message, row);
  }
}

async function earlierMeeting(ctx: ServiceContext, earlier: ImportRow) {
  const [m] = earlier.meetingId
    ? await ctx.db.select({ date: meetings.date, bodyName: bodies.name }).from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(eq(meetings.id, earlier.meetingId))
    : [];
  return { importId: earlier.id, meetingId: earlier.meetingId, bodyName: m?.bodyName ?? null, meetingDate: m?.date ?? null };
}

/** Does everything inside one transaction, then rolls it back: what would have happened, with nothing written. */
async function dryRun(ctx: ServiceContext, input: ImportInput, prepared: Exclude<Prepared, { kind: 'unchanged' }>): Promise<FileResult> {
  if (prepared.kind === 'failed') return failed(prepared.file, prepared.error);
  try {
    await write(ctx, async (tx, audit) => {
      const row = prepared.kind === 'pending' ? prepared.row : await storeExtraction(tx, ctx, audit, prepared, input.bodyName);
      const record = validRecord(row.record, input.bodyName);
      throw new DryRunRollback(done(prepared.file, await applyRecord(tx, ctx, audit, row, record)));
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return { ...error.result, importId: null };
    return failed(prepared.file, failureMessage(prepared.file, error));
  }
  throw new Error('unreachable: a dry run always rolls back');
}
