/**
 * Papers and minutes files kept in the record. OFFICIAL-SENSITIVE documents and papers of exempt
 * items never reach the public: lists filter with documentVisible, single records ask canSeeDocument,
 * and neither can be published.
 */
import { createHash } from 'node:crypto';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import type { Executor } from '../../db/connection.js';
import { canSeeDocument, scopeFor } from '../../domain/access.js';
import type { ProtectiveMarking } from '../../domain/meetings.js';
import { write } from '../audit.js';
import { requirePermission, type ServiceContext } from '../context.js';
import { Conflict, NotFound, say, type Said } from '../errors.js';
import { placeRecord } from '../placement.js';
import type { Page } from '../schemas.js';
import { parse, parseChanges } from '../validation.js';
import { documentVisible } from '../visibility.js';
import {
  documentFilter, documentInput, documentUpdate, publishInput, type DocumentFilter, type DocumentInput, type DocumentUpdate,
} from './schemas.js';

const { documents, agendaItems } = schema;

/** A document without its bytes and text. */
const metadata = {
  id: documents.id,
  title: documents.title,
  filename: documents.filename,
  mediaType: documents.mediaType,
  size: documents.size,
  sha256: documents.sha256,
  classification: documents.classification,
  published: documents.published,
  bodyId: documents.bodyId,
  meetingId: documents.meetingId,
  agendaItemId: documents.agendaItemId,
  createdAt: documents.createdAt,
  hasText: sql<boolean>`${documents.textContent} is not null`,
  /** Papers of an exempt agenda item are restricted like the item. */
  exempt: sql<boolean>`coalesce(${agendaItems.exemptParagraph} is not null, false)`,
};

export type DocumentMetadata = {
  id: number; title: string; filename: string; mediaType: string; size: number; sha256: string;
  classification: ProtectiveMarking; published: boolean; bodyId: number | null; meetingId: number | null;
  agendaItemId: number | null; createdAt: Date; hasText: boolean; exempt: boolean;
};

function restrictedReason(doc: { classification: ProtectiveMarking; exempt: boolean }): Said | null {
  if (doc.classification === 'OFFICIAL-SENSITIVE') return say('sensitiveNeverPublished');
  if (doc.exempt) return say('exemptNeverPublished');
  return null;
}

async function metadataOf(db: Executor, documentId: number, lock = false): Promise<DocumentMetadata | undefined> {
  const query = db.select(metadata).from(documents).leftJoin(agendaItems, eq(agendaItems.id, documents.agendaItemId))
    .where(eq(documents.id, documentId));
  const [row] = lock ? await query.for('update', { of: documents }) : await query;
  return row;
}

export async function addDocument(ctx: ServiceContext, input: DocumentInput): Promise<DocumentMetadata> {
  requirePermission(ctx, 'meeting.edit');
  const { content, ...data } = parse(documentInput, input);
  if (data.published) requirePermission(ctx, 'meeting.publish');
  return write(ctx, async (tx, record) => {
    const { exempt, ...place } = await placeRecord(tx, data, false);
    const reason = data.published ? restrictedReason({ classification: data.classification ?? 'OFFICIAL', exempt }) : null;
    if (reason) throw new Conflict(reason, 'published');
    const [row] = await tx.insert(documents).values({
      ...data,
      ...place,
      content,
      size: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
    }).returning({ id: documents.id });
    const after = (await metadataOf(tx, row!.id))!;
    await record({ event: 'document.create', entityType: 'document', entityId: after.id, after });
    return after;
  });
}

/** Edits the title, classification or text; a published document reclassified as restricted is unpublished. */
export async function updateDocument(ctx: ServiceContext, documentId: number, input: DocumentUpdate): Promise<DocumentMetadata> {
  requirePermission(ctx, 'meeting.edit');
  const data = parseChanges(documentUpdate, input);
  return write(ctx, async (tx, record) => {
    const before = await metadataOf(tx, documentId, true);
    if (!before) throw new NotFound('document', documentId);
    const classification = data.classification ?? before.classification;
    const published = before.published && !restrictedReason({ classification, exempt: before.exempt });
    await tx.update(documents).set({ ...data, published }).where(eq(documents.id, documentId));
    const after = (await metadataOf(tx, documentId))!;
    await record({ event: 'document.update', entityType: 'document', entityId: documentId, before, after });
    return after;
  });
}

export async function setDocumentPublished(ctx: ServiceContext, documentId: number, input: { published: boolean }): Promise<DocumentMetadata> {
  requirePermission(ctx, 'meeting.publish');
  const { published } = parse(publishInput, input);
  return write(ctx, async (tx, record) => {
    const before = await metadataOf(tx, documentId, true);
    if (!before) throw new NotFound('document', documentId);
    const reason = published ? restrictedReason(before) : null;
    if (reason) throw new Conflict(reason, 'published');
    if (before.published === published) return before;
    await tx.update(documents).set({ published }).where(eq(documents.id, documentId));
    const after = { ...before, published };
    await record({ event: published ? 'document.publish' : 'document.unpublish', entityType: 'document', entityId: documentId, before, after });
    return after;
  });
}

export async function listDocuments(ctx: ServiceContext, filter: DocumentFilter = {}): Promise<Page<DocumentMetadata>> {
  const f = parse(documentFilter, filter);
  const where: SQL[] = [documentVisible(scopeFor(ctx.viewer), documents)];
  if (f.bodyId) where.push(eq(documents.bodyId, f.bodyId));
  if (f.meetingId) where.push(eq(documents.meetingId, f.meetingId));
  if (f.agendaItemId) where.push(eq(documents.agendaItemId, f.agendaItemId));
  if (f.classification) where.push(eq(documents.classification, f.classification));
  if (f.published !== undefined) where.push(eq(documents.published, f.published));
  const condition = and(...where);
  const [items, [total]] = await Promise.all([
    ctx.db.select(metadata).from(documents).leftJoin(agendaItems, eq(agendaItems.id, documents.agendaItemId))
      .where(condition).orderBy(desc(documents.createdAt), desc(documents.id)).limit(f.pageSize).offset((f.page - 1) * f.pageSize),
    ctx.db.select({ n: count() }).from(documents).where(condition),
  ]);
  return { items, total: total!.n, page: f.page, pageSize: f.pageSize };
}

/** A document's metadata, if the viewer may see it (otherwise it does not exist for them). */
export async function getDocument(ctx: ServiceContext, documentId: number): Promise<DocumentMetadata> {
  const doc = await metadataOf(ctx.db, documentId);
  if (!doc || !canSeeDocument(ctx.viewer, doc)) throw new NotFound('document', documentId);
  return doc;
}

/** The file itself, only for those who may see the document. */
export async function documentContent(ctx: ServiceContext, documentId: number) {
  const doc = await getDocument(ctx, documentId);
  const [row] = await ctx.db.select({ content: documents.content }).from(documents).where(eq(documents.id, documentId));
  if (!row?.content) throw new NotFound('file for document', documentId);
  return { filename: doc.filename, mediaType: doc.mediaType, size: doc.size, content: Buffer.from(row.content) };
}
