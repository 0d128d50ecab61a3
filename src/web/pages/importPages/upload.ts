/**
 * /import: the upload form and the recent imports. Each uploaded file is read and kept for
 * review; a file that cannot be read is reported by name while the others go on to review.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listBodies } from '../../../services/bodies/index.js';
import { InvalidInput } from '../../../services/errors.js';
import { maxUploadBytes } from '../../../services/imports/extraction.js';
import { extractForReview } from '../../../services/imports/index.js';
import { listImports } from '../../../services/imports/reviewing.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow } from '../meetings/access.js';
import { withBlank } from '../meetings/choices.js';
import { errorsFor, type Form, type PageErrors } from '../meetings/formInput.js';
import { withFailureSaid } from './failure.js';

export const MAX_FILES = 20;

/** What became of one uploaded file. */
export interface UploadResult {
  file: string;
  status: 'extracted' | 'unchanged' | 'imported' | 'failed';
  importId: number | null;
  meetingId: number | null;
  error: string | null;
}

interface Upload {
  fields: Form;
  files: { filename: string; bytes: Buffer; truncated: boolean }[];
  tooMany: boolean;
}

export async function uploadPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/import', opts, async (request, reply) => {
    allow(request, 'import.run');
    const results = await uploadResults(request);
    if (!results) return uploadPage(request, reply, {});
    const failed = results.filter((r) => r.status === 'failed');
    // Each failure is named in the summary at the top; it links to the file input, to choose the file again.
    const errors: PageErrors = {
      summary: failed.map((r) => ({ text: r.error ?? request.t('importPages.upload.unreadable', { file: r.file }), href: '#documents' })),
      byField: {},
    };
    return uploadPage(request, reply, {}, errors, results);
  });

  app.post('/import', opts, async (request, reply) => {
    allow(request, 'import.run');
    const { t } = request;
    const upload = await readUpload(request);
    const bodies = await listBodies(request.ctx);
    const bodyId = upload.fields.bodyId ? String(upload.fields.bodyId) : '';
    const body = bodies.find((b) => String(b.id) === bodyId);
    const problem = upload.tooMany ? t('importPages.upload.errors.tooMany', { max: MAX_FILES })
      : !upload.files.length ? t('importPages.upload.errors.documents')
        : null;
    if (problem || (bodyId && !body)) {
      const error = new InvalidInput(problem ? [{ field: 'documents', message: problem }] : [{ field: 'bodyId', message: t('importPages.upload.errors.bodyId') }]);
      return uploadPage(request, reply.code(400), upload.fields, errorsFor(error, t, 'importPages.upload'));
    }

    // What became of each file goes in the address of the page that shows it, so that a refresh uploads nothing again.
    const shown = new URLSearchParams();
    const read: string[] = [];
    for (const file of upload.files) {
      if (file.truncated) {
        shown.append('tooBig', file.filename);
        continue;
      }
      const review = await extractForReview(request.ctx, { filename: file.filename, bytes: file.bytes, bodyName: body?.name ?? null });
      read.push(`${review.status === 'unchanged' ? 'u' : ''}${review.importId}`);
      if (upload.files.length === 1 && review.status === 'extracted') {
        return redirectWith(reply, `/import/${review.importId}`, t('importPages.upload.read', { file: review.filename }));
      }
    }
    if (read.length) shown.set('uploaded', read.join(','));
    return reply.redirect(`/import?${shown.toString()}`, 303);
  });
}

/**
 * The files of an upload, from the address it redirected to: `uploaded=12,u13,14` (u: the same
 * content was imported before, as import 13) and `tooBig=name` for each file over the limit.
 */
async function uploadResults(request: FastifyRequest): Promise<UploadResult[] | null> {
  const query = request.query as Record<string, string | string[] | undefined>;
  const uploaded = String([query.uploaded ?? ''].flat()[0]).split(',').filter((s) => /^u?\d{1,9}$/.test(s));
  const tooBig = [query.tooBig ?? []].flat().slice(0, MAX_FILES).map((name) => name.slice(0, 255));
  if (!uploaded.length && !tooBig.length) return null;
  const rows = new Map((await listImports(request.ctx, { ids: uploaded.map((s) => Number(s.replace('u', ''))) })).map((r) => [r.id, r]));
  const results = uploaded.flatMap((s): UploadResult[] => {
    const row = rows.get(Number(s.replace('u', '')));
    if (!row) return [];
    // Imported since (the page looked at again later) is said as such.
    const status = s.startsWith('u') ? 'unchanged' : row.status;
    return [{ file: row.filename, status, importId: row.id, meetingId: row.meetingId, error: withFailureSaid(request, row).error }];
  });
  const t = request.t;
  return [
    ...results,
    ...tooBig.map((file): UploadResult => ({ file, status: 'failed', importId: null, meetingId: null, error: t('importPages.upload.tooBig', { file, max: sizeLimit() }) })),
  ];
}

/** The largest file taken, as people read it: "20 MB", or "500 KB" for a limit under 1 MB. */
function sizeLimit(): string {
  const bytes = maxUploadBytes();
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The form's fields and every chosen file, in memory: each is read before any is extracted. */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  const upload: Upload = { fields: {}, files: [], tooMany: false };
  if (!request.isMultipart()) return upload;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        upload.fields[part.fieldname] = String(part.value);
        continue;
      }
      const bytes = await part.toBuffer();
      // A browser sends an empty part with no name when no file was chosen.
      if (!part.filename && !bytes.byteLength) continue;
      upload.files.push({ filename: part.filename || 'document', bytes, truncated: part.file.truncated });
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'FST_FILES_LIMIT') throw error;
    upload.tooMany = true;
  }
  return upload;
}

async function uploadPage(request: FastifyRequest, reply: FastifyReply, values: Form, errors?: PageErrors, results?: UploadResult[]) {
  const { t, ctx } = request;
  const [bodies, recent] = await Promise.all([listBodies(ctx), listImports(ctx, { limit: 20 })]);
  return reply.page('importPages/upload.njk', {
    values,
    errors,
    results,
    toReview: results?.filter((r) => r.status === 'extracted').length ?? 0,
    recent: recent.map((row) => withFailureSaid(request, row)),
    maxSize: sizeLimit(),
    maxFiles: MAX_FILES,
    bodies: withBlank(t('importPages.upload.fromDocument'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
  });
}
