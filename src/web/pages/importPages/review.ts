/**
 * /import/:id: the check-your-answers review of what was read from a file, confirming it,
 * and once imported the confirmation of what was created and matched.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemsOf, type Conflict, type InvalidInput } from '../../../services/errors.js';
import { confirmImport } from '../../../services/imports/index.js';
import { getImport, listImports, type ImportDetail } from '../../../services/imports/reviewing.js';
import { isFormError, sayProblem, signedIn } from '../forms.js';
import { allow, idParam } from '../meetings/access.js';
import type { PageErrors } from '../meetings/formInput.js';
import { reviewView } from './reviewView.js';
import { withFailureSaid } from './failure.js';

export async function reviewPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/import/:id', opts, async (request, reply) => {
    allow(request, 'import.run');
    return importPage(request, reply, await getImport(request.ctx, idParam(request)));
  });

  app.post('/import/:id/confirm', opts, async (request, reply) => {
    allow(request, 'import.run');
    const importId = idParam(request);
    try {
      await confirmImport(request.ctx, importId);
      // The page it goes to is itself the confirmation ("Imported"), so no notice is added.
      return reply.redirect(`/import/${importId}`, 303);
    } catch (error) {
      if (!isFormError(error)) throw error;
      const detail = await getImport(request.ctx, importId);
      return importPage(request, reply.code(400), detail, confirmErrors(request, error));
    }
  });
}

async function importPage(request: FastifyRequest, reply: FastifyReply, detail: ImportDetail, errors?: PageErrors) {
  const waiting = (await listImports(request.ctx, { status: 'extracted', limit: 10 })).filter((i) => i.id !== detail.import.id);
  const data = { item: withFailureSaid(request, detail.import), waiting, errors };
  if (detail.import.status === 'imported') {
    return reply.page('importPages/imported.njk', { ...data, summary: detail.summary, bodyId: detail.bodyId });
  }
  if (detail.import.status === 'failed' || !detail.review?.record) return reply.page('importPages/failed.njk', data);
  return reply.page('importPages/review.njk', { ...data, review: reviewView(detail.review, detail.review.record, request.t) });
}

/** Where on the review each part of the record is, for the error summary's links. */
function anchorOf(field: string): string {
  const [part, index] = field.split('.');
  if (part === 'actions' && index !== undefined && /^\d+$/.test(index)) return `#action-${Number(index) + 1}`;
  const anchors: Record<string, string> = {
    meeting: '#meeting', nextMeeting: '#next-meeting', attendees: '#people', apologies: '#people',
    items: '#items', decisions: '#decisions', recommendations: '#recommendations',
  };
  return anchors[part ?? ''] ?? '#confirm';
}

/** A refused confirm, on the review: each problem named by the part of the record it is in. */
function confirmErrors(request: FastifyRequest, error: InvalidInput | Conflict): PageErrors {
  const { t } = request;
  const errors: PageErrors = { summary: [], byField: {} };
  for (const problem of problemsOf(error, 'status')) {
    const { field } = problem;
    const key = `importPages.review.errors.${field.replace(/\.\d+(?=\.|$)/g, '')}`;
    const own = t(key);
    const text = own === key ? sayProblem(t, problem) : own;
    const index = /^actions\.(\d+)\./.exec(field)?.[1];
    errors.summary.push({
      text: index === undefined ? text : t('importPages.review.actionProblem', { n: Number(index) + 1, problem: text }),
      href: anchorOf(field),
    });
  }
  return errors;
}
