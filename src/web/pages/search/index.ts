/** One search box across minutes, decisions, actions, recommendations and papers: only what the viewer may see. */
import type { FastifyInstance } from 'fastify';
import { listBodies } from '../../../services/bodies/index.js';
import { SEARCH_TYPES, search, searchInput, type SearchHit } from '../../../services/search/index.js';
import type { Translate } from '../../../i18n/index.js';
import { translated, withBlank } from '../meetings/choices.js';
import { errorsFor, type PageErrors } from '../meetings/formInput.js';
import { pagination } from '../meetings/paging.js';

const PAGE_SIZE = 20;
/** The longest query the search service takes. */
const MAX_QUERY = searchInput.shape.q.maxLength ?? 200;

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Where a hit is read. Minutes and decisions on their meeting's page (the public one for
 * the public), at the paragraph; actions on their own page, or for the public in their
 * published meeting; papers as a download.
 */
function hitLink(hit: SearchHit, signedIn: boolean): string | null {
  const area = signedIn ? '' : '/public';
  const meeting = (anchor: string) => (hit.meetingId ? `${area}/meetings/${hit.meetingId}#${anchor}` : null);
  switch (hit.type) {
    case 'minute': return meeting(`minute-${hit.id}`);
    case 'decision': return meeting('decisions');
    case 'action': return signedIn ? `/actions/${hit.id}` : meeting('minutes');
    case 'recommendation': return `${area}/recommendations/${hit.id}`;
    case 'document': return `/documents/${hit.id}`;
  }
}

/** The service's errors in the page's words; the query has two ways to be wrong. */
function searchErrors(error: unknown, t: Translate, q: string): PageErrors {
  const errors = errorsFor(error, t, 'search');
  const problem = errors.byField.q;
  if (problem) {
    problem.text = q.trim() ? t('search.errors.tooLong', { max: MAX_QUERY }) : t('search.errors.empty');
    errors.summary = errors.summary.map((s) => (s.href === '#q' ? { ...s, text: problem.text } : s));
  }
  return errors;
}

export async function searchPages(app: FastifyInstance): Promise<void> {
  app.get('/search', async (request, reply) => {
    const { t } = request;
    const query = request.query as Query;
    const q = one(query.q);
    const types = [query.types ?? []].flat();
    const bodyId = one(query.bodyId) ?? '';
    const bodies = await listBodies(request.ctx);
    const form = {
      q: q ?? '',
      bodyId,
      typeChoices: translated(t, 'search.types', SEARCH_TYPES).map((c) => ({ ...c, checked: types.includes(c.value) })),
      bodyChoices: withBlank(t('search.anyBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
    };
    // Arriving at the page: nothing asked yet, so nothing is wrong.
    if (q === undefined) return reply.page('search/search.njk', form);
    try {
      const found = await search(request.ctx, { q, types, bodyId: bodyId || undefined, page: one(query.page), pageSize: PAGE_SIZE });
      const signedIn = request.viewer.kind === 'user';
      const pages = pagination(request.url, found.page, found.pageSize, found.total, t);
      const from = (found.page - 1) * found.pageSize + 1;
      return reply.page('search/search.njk', {
        ...form,
        searched: true,
        hits: found.items.map((hit) => ({ ...hit, href: hitLink(hit, signedIn) })),
        total: found.total,
        showing: t('common.showing', { from, to: from + found.items.length - 1, total: found.total }),
        pagination: pages && { ...pages, landmarkLabel: t('search.pagination') },
      });
    } catch (error) {
      return reply.code(400).page('search/search.njk', { ...form, errors: searchErrors(error, t, q) });
    }
  });
}
