/**
 * A meeting's papers: the list with their protective marking, uploading one (multipart),
 * publishing, and the download — which the documents service refuses to anyone who may
 * not see the paper (an OFFICIAL-SENSITIVE paper never reaches the public).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, canSeeDocument } from '../../../domain/access.js';
import { DEFAULT_MARKING, PROTECTIVE_MARKINGS, type ProtectiveMarking } from '../../../domain/meetings.js';
import {
  MAX_DOCUMENT_BYTES, addDocument, documentContent, getDocument, listDocuments, setDocumentPublished, type DocumentInput,
} from '../../../services/documents/index.js';
import { InvalidInput } from '../../../services/errors.js';
import { getMeeting } from '../../../services/meetings/index.js';
import { sendDownload } from '../../download.js';
import { isFormError, redirectWith, signedIn } from '../forms.js';
import { allow, idParam, mayFor } from '../meetings/access.js';
import { translated, withBlank } from '../meetings/choices.js';
import { errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';
import { downloadPages } from './downloads.js';
import { readUpload, uploadedFile } from './upload.js';

export async function papersPages(app: FastifyInstance): Promise<void> {
  // Only this area takes files; the rest of the site keeps to plain forms.
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10, fieldSize: 10_000 } });
  const opts = { preHandler: signedIn };

  app.get('/meetings/:id/papers', opts, async (request, reply) => papersPage(request, reply, idParam(request)));

  app.get('/meetings/:id/papers/new', opts, async (request, reply) => {
    allow(request, 'meeting.edit');
    return uploadForm(request, reply, idParam(request), { classification: DEFAULT_MARKING, published: 'no' });
  });

  app.post('/meetings/:id/papers/new', opts, async (request, reply) => {
    allow(request, 'meeting.edit');
    const meetingId = idParam(request);
    const upload = await readUpload(request);
    const values = upload.fields;
    if (upload.tooBig) return uploadForm(request, reply.code(400), meetingId, values, fileErrors(request));
    try {
      const doc = await addDocument(request.ctx, {
        ...(await uploadedFile(upload.file)),
        title: field(values, 'title'),
        classification: field(values, 'classification') as ProtectiveMarking,
        published: field(values, 'published') === 'yes',
        meetingId,
        agendaItemId: orNull(values, 'agendaItemId'),
      } as DocumentInput);
      return redirectWith(reply, `/meetings/${meetingId}/papers`, request.t('papers.uploaded', { title: doc.title }));
    } catch (error) {
      return uploadForm(request, reply.code(400), meetingId, values, errorsFor(onFileInput(error), request.t, 'papers.form'));
    }
  });

  app.get('/documents/:id', async (request, reply) => {
    const file = await documentContent(request.ctx, idParam(request));
    return sendDownload(reply, file);
  });

  app.post('/documents/:id/publish', opts, async (request, reply) => {
    const doc = await getDocument(request.ctx, idParam(request));
    const published = field(readForm(request), 'published') === 'yes';
    const back = doc.meetingId ? `/meetings/${doc.meetingId}/papers` : '/';
    try {
      const after = await setDocumentPublished(request.ctx, doc.id, { published });
      return redirectWith(reply, back, request.t(after.published ? 'papers.publishedNotice' : 'papers.unpublishedNotice', { title: after.title }));
    } catch (error) {
      if (!isFormError(error) || !doc.meetingId) throw error;
      const errors = errorsFor(error, request.t, 'papers');
      errors.summary = errors.summary.map((s) => ({ ...s, href: `#paper-${doc.id}` }));
      return papersPage(request, reply.code(400), doc.meetingId, errors);
    }
  });

  await app.register(downloadPages);
}

/** The file's name and type are checked by the service; a problem with either is a problem with the file chosen. */
function onFileInput(error: unknown): unknown {
  if (!(error instanceof InvalidInput)) return error;
  return new InvalidInput(error.problems.map((p) => (['filename', 'mediaType'].includes(p.field) ? { ...p, field: 'content' } : p)));
}

function fileErrors(request: FastifyRequest): PageErrors {
  return errorsFor(InvalidInput.field('content', 'The file is too big'), request.t, 'papers.form');
}

/** "PDF, 120 KB": what a download is before it is opened. */
function describeFile(filename: string, size: number): string {
  const kind = /\.([a-z0-9]{1,8})$/i.exec(filename)?.[1]?.toUpperCase() ?? '';
  const amount = size >= 1024 * 1024 ? `${(size / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} KB`;
  return kind ? `${kind}, ${amount}` : amount;
}

async function papersPage(request: FastifyRequest, reply: FastifyReply, meetingId: number, errors?: PageErrors) {
  const [view, papers] = await Promise.all([
    getMeeting(request.ctx, meetingId),
    listDocuments(request.ctx, { meetingId, pageSize: 200 }),
  ]);
  const items = new Map(view.items.map((i) => [i.id, i]));
  return reply.page('papers/papers.njk', {
    meeting: view.meeting,
    body: view.body,
    papers: papers.items.map((p) => ({
      ...p,
      item: p.agendaItemId ? items.get(p.agendaItemId) ?? null : null,
      file: describeFile(p.filename, p.size),
      // Whether the public could ever see it: the policy's answer for this paper once published.
      publishable: canSeeDocument(PUBLIC, { ...p, published: true }),
    })),
    errors,
    may: mayFor(request),
  });
}

async function uploadForm(request: FastifyRequest, reply: FastifyReply, meetingId: number, values: Form, errors?: PageErrors) {
  const { t } = request;
  const view = await getMeeting(request.ctx, meetingId);
  return reply.page('papers/upload.njk', {
    meeting: view.meeting,
    body: view.body,
    values,
    errors,
    maxMegabytes: MAX_DOCUMENT_BYTES / (1024 * 1024),
    markings: translated(t, 'meetings.markings', PROTECTIVE_MARKINGS).map((m) => ({ ...m, hint: { text: t(`papers.markingHints.${m.value}`) } })),
    items: withBlank(t('papers.form.noItem'), view.items.map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title}` }))),
  });
}
