/**
 * The first half of an import: the file's size and content hash, whether the same content
 * was imported before, its extraction, and the imports row (with the file kept as a document).
 */
import { and, desc, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor, Transaction } from '../../db/connection.js';
import { ExtractError, type ExtractProblem } from '../../extract/errors.js';
import type { ExtractionRecord } from '../../extract/record.js';
import type { AuditEntry } from '../audit.js';
import { userIdOf, type ServiceContext } from '../context.js';
import type { ImportRow } from './confirm.js';
import { extractDocument, fileNameOf, maxUploadBytes, mediaTypeOf, sha256, tooLarge, type Extracted } from './extraction.js';

const { imports, documents } = schema;

export interface ImportInput {
  filename: string;
  bytes: Uint8Array;
  /** The body that met, when the document does not say (or says it differently). */
  bodyName?: string | null;
}

export type Prepared =
  | { kind: 'unchanged'; file: string; sha256: string; earlier: ImportRow }
  /** The same content was extracted before and awaits review. */
  | { kind: 'pending'; file: string; sha256: string; row: ImportRow }
  | { kind: 'failed'; file: string; sha256: string; error: string; problem: ExtractProblem }
  | { kind: 'extracted'; file: string; sha256: string; bytes: Uint8Array; extracted: Extracted };

async function latest(db: Executor, digest: string, status: ImportRow['status']): Promise<ImportRow | null> {
  const [row] = await db.select().from(imports).where(and(eq(imports.sha256, digest), eq(imports.status, status)))
    .orderBy(desc(imports.id)).limit(1);
  return row ?? null;
}

export async function prepare(ctx: ServiceContext, input: ImportInput): Promise<Prepared> {
  const file = fileNameOf(input.filename);
  const digest = sha256(input.bytes);
  const earlier = await latest(ctx.db, digest, 'imported');
  if (earlier) return { kind: 'unchanged', file, sha256: digest, earlier };
  const pending = await latest(ctx.db, digest, 'extracted');
  if (pending) return { kind: 'pending', file, sha256: digest, row: pending };
  const limit = maxUploadBytes();
  if (input.bytes.byteLength > limit) {
    return { kind: 'failed', file, sha256: digest, error: tooLarge(file, input.bytes.byteLength, limit), problem: 'too large' };
  }
  try {
    return { kind: 'extracted', file, sha256: digest, bytes: input.bytes, extracted: await extractDocument(input.bytes, file, limit) };
  } catch (error) {
    if (error instanceof ExtractError) return { kind: 'failed', file, sha256: digest, error: error.message, problem: error.problem };
    return { kind: 'failed', file, sha256: digest, error: error instanceof Error ? error.message : String(error), problem: 'unreadable' };
  }
}

/** The record with the body given by whoever imports it, when they give one. */
export function withBody(record: ExtractionRecord, bodyName: string | null | undefined): ExtractionRecord {
  const body = bodyName?.trim();
  return body ? { ...record, meeting: { ...record.meeting, body } } : record;
}

type Audit = (entry: AuditEntry) => Promise<void>;

/** Keeps the file (not yet published, not yet filed with a meeting) and the record for review. */
export async function storeExtraction(
  tx: Transaction, ctx: ServiceContext, audit: Audit, prepared: Extract<Prepared, { kind: 'extracted' }>, bodyName?: string | null,
): Promise<ImportRow> {
  const { file, bytes, extracted } = prepared;
  const [document] = await tx.insert(documents).values({
    title: file,
    filename: file,
    mediaType: mediaTypeOf(file),
    size: bytes.byteLength,
    sha256: prepared.sha256,
    classification: 'OFFICIAL',
    published: false,
    content: bytes,
    textContent: extracted.text,
  }).returning({ id: documents.id, title: documents.title, filename: documents.filename, sha256: documents.sha256 });
  await audit({ event: 'document.create', entityType: 'document', entityId: document!.id, after: document });
  const [row] = await tx.insert(imports).values({
    documentId: document!.id,
    filename: file,
    sha256: prepared.sha256,
    status: 'extracted',
    record: withBody(extracted.record, bodyName),
    createdByUserId: userIdOf(ctx),
  }).returning();
  await audit({ event: 'import.extract', entityType: 'import', entityId: row!.id, after: { filename: file, sha256: prepared.sha256 } });
  return row!;
}

/** Keeps the failure, so that the reason can be seen later; the file itself is not kept. */
export async function storeFailure(tx: Transaction, ctx: ServiceContext, audit: Audit, prepared: Extract<Prepared, { kind: 'failed' }>): Promise<ImportRow> {
  const [row] = await tx.insert(imports).values({
    filename: prepared.file,
    sha256: prepared.sha256,
    status: 'failed',
    error: prepared.error,
    problem: prepared.problem,
    createdByUserId: userIdOf(ctx),
  }).returning();
  await audit({ event: 'import.fail', entityType: 'import', entityId: row!.id, after: { filename: prepared.file, error: prepared.error } });
  return row!;
}
