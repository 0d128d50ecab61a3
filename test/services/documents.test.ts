import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { schema } from '../../src/db/index.js';
import { PUBLIC } from '../../src/domain/access.js';
import {
  addDocument, documentContent, getDocument, listDocuments, MAX_DOCUMENT_BYTES, setDocumentPublished, updateDocument,
} from '../../src/services/documents/index.js';
import { Conflict, Forbidden, NotFound } from '../../src/services/errors.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, auditEventsOf, buildWorld, contextAs, memberViewer, publishMeeting, viewerRole } from '../support/world.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describeEachDriver('documents', (database) => {
  it('keeps the file with its hash, and shows the public only what is published and unrestricted', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const content = bytes('%PDF-1.4 minutes of the meeting');
    const paper = await addDocument(w.ctx, { title: 'Stop and search report', filename: 'stop-search.pdf', mediaType: 'application/pdf', content, meetingId: w.past.id, agendaItemId: w.item.id, textContent: 'minutes' });
    expect(paper).toMatchObject({ size: content.byteLength, sha256: createHash('sha256').update(content).digest('hex'), bodyId: w.group.id, classification: 'OFFICIAL', published: false, hasText: true });
    const publicCtx = contextAs(db, PUBLIC);
    await expect(getDocument(publicCtx, paper.id)).rejects.toBeInstanceOf(NotFound);
    await setDocumentPublished(w.ctx, paper.id, { published: true });
    expect((await listDocuments(publicCtx, { bodyId: w.group.id })).items.map((d) => d.id)).toEqual([paper.id]);
    const file = await documentContent(publicCtx, paper.id);
    expect(Buffer.compare(file.content, Buffer.from(content))).toBe(0);
    expect(file).toMatchObject({ filename: 'stop-search.pdf', mediaType: 'application/pdf' });
    await setDocumentPublished(w.ctx, paper.id, { published: false });
    await expect(documentContent(publicCtx, paper.id)).rejects.toBeInstanceOf(NotFound);
    expect(await auditEventsOf(db, 'document', paper.id)).toEqual(['document.create', 'document.publish', 'document.unpublish']);
  });

  it('never lets an OFFICIAL-SENSITIVE or exempt paper reach the public, even if marked published', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    await publishMeeting(w.ctx, w.past.id);
    const sensitive = await addDocument(w.ctx, { title: 'Intelligence briefing', filename: 'brief.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: bytes('secret'), bodyId: w.group.id, classification: 'OFFICIAL-SENSITIVE' });
    const exempt = await addDocument(w.ctx, { title: 'Complaint file', filename: 'complaint.txt', mediaType: 'text/plain', content: bytes('named officer'), meetingId: w.past.id, agendaItemId: w.exempt.id });
    await expect(setDocumentPublished(w.ctx, sensitive.id, { published: true })).rejects.toBeInstanceOf(Conflict);
    await expect(setDocumentPublished(w.ctx, exempt.id, { published: true })).rejects.toThrow(/exempt item/);
    await expect(addDocument(w.ctx, { title: 'x', filename: 'x.txt', mediaType: 'text/plain', content: bytes('x'), classification: 'OFFICIAL-SENSITIVE', published: true })).rejects.toBeInstanceOf(Conflict);
    // As if flagged by an import or an old record: the policy still holds.
    await db.update(schema.documents).set({ published: true }).where(eq(schema.documents.bodyId, w.group.id));

    const publicCtx = contextAs(db, PUBLIC);
    expect((await listDocuments(publicCtx, {})).items.map((d) => d.id)).not.toEqual(expect.arrayContaining([sensitive.id]));
    expect((await listDocuments(publicCtx, { bodyId: w.group.id })).total).toBe(0);
    for (const doc of [sensitive, exempt]) {
      await expect(getDocument(publicCtx, doc.id)).rejects.toBeInstanceOf(NotFound);
      await expect(documentContent(publicCtx, doc.id)).rejects.toBeInstanceOf(NotFound);
      await expect(documentContent(contextAs(db, viewerRole('viewer')), doc.id)).rejects.toBeInstanceOf(NotFound);
      await expect(getDocument(contextAs(db, memberViewer(w.member.id, [w.board.id])), doc.id)).rejects.toBeInstanceOf(NotFound);
      expect((await documentContent(contextAs(db, memberViewer(w.member.id, [w.group.id])), doc.id)).size).toBe(doc.size);
      expect((await getDocument(contextAs(db, viewerRole('secretariat')), doc.id)).id).toBe(doc.id);
    }
    expect((await listDocuments(contextAs(db, viewerRole('viewer')), { bodyId: w.group.id })).total).toBe(0);
    expect((await listDocuments(contextAs(db, memberViewer(w.member.id, [w.group.id])), { bodyId: w.group.id })).total).toBe(2);

    const open = await addDocument(w.ctx, { title: 'Agenda', filename: 'agenda.txt', mediaType: 'text/plain', content: bytes('agenda'), bodyId: w.group.id, published: true });
    expect((await listDocuments(publicCtx, { bodyId: w.group.id })).items.map((d) => d.id)).toEqual([open.id]);
    const reclassified = await updateDocument(w.ctx, open.id, { classification: 'OFFICIAL-SENSITIVE' });
    expect(reclassified.published).toBe(false);
    expect((await listDocuments(publicCtx, { bodyId: w.group.id })).total).toBe(0);
  });

  it('refuses files that are too big, empty or misplaced, and those who may not add them', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const base = { title: 'Paper', filename: 'paper.txt', mediaType: 'text/plain', content: bytes('x') };
    const events = await auditCount(db);
    const documents = (await listDocuments(w.ctx, {})).total;
    await expect(addDocument(w.ctx, { ...base, content: new Uint8Array(MAX_DOCUMENT_BYTES + 1) })).rejects.toThrow(/content: The file must be 20 MB or smaller/);
    await expect(addDocument(w.ctx, { ...base, content: new Uint8Array(0) })).rejects.toThrow(/content: The file is empty/);
    await expect(addDocument(w.ctx, { ...base, filename: '../etc/passwd' })).rejects.toThrow(/filename/);
    await expect(addDocument(w.ctx, { ...base, mediaType: 'pdf' })).rejects.toThrow(/mediaType: Enter a media type/);
    await expect(addDocument(w.ctx, { ...base, meetingId: w.next.id, agendaItemId: w.item.id })).rejects.toThrow(/agendaItemId/);
    await expect(addDocument(w.ctx, { ...base, bodyId: w.board.id, meetingId: w.past.id })).rejects.toThrow(/meetingId/);
    await expect(addDocument(w.ctx, { ...base, meetingId: 424242 })).rejects.toThrow(/meetingId: There is no meeting/);
    await expect(addDocument(contextAs(db, memberViewer(w.member.id, [w.group.id])), base)).rejects.toBeInstanceOf(Forbidden);
    await expect(setDocumentPublished(w.ctx, 424242, { published: true })).rejects.toBeInstanceOf(NotFound);
    expect(await auditCount(db)).toBe(events);
    expect((await listDocuments(w.ctx, {})).total).toBe(documents);
  });
});
