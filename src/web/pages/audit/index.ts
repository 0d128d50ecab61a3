/** The audit log for administrators: recent changes with filters, and one record's history as a timeline. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listAuditEvents, recordHistory, type AuditEvent } from '../../../services/audit/index.js';
import type { Translate } from '../../../i18n/index.js';
import { signedIn } from '../forms.js';
import { idParam } from '../meetings/access.js';
import { withBlank } from '../meetings/choices.js';
import { errorsFor, type PageErrors } from '../meetings/formInput.js';
import { pagination } from '../meetings/paging.js';
import { changesOf, fieldName, shownValue } from './changes.js';

const PAGE_SIZE = 50;

/** The kinds of record the services log, for the filter (any other kind still shows, by its own name). */
const RECORD_KINDS = [
  'action', 'actionPlan', 'agendaItem', 'body', 'decision', 'declaration', 'document', 'escalation', 'feedback', 'import',
  'measure', 'meeting', 'membership', 'minute', 'organisation', 'person', 'planAction', 'planObjective', 'recommendation',
  'recommendationSource', 'user', 'workProgrammeItem',
] as const;

/** Records that have a page of their own, to go from their history to the record. */
const RECORD_PAGES: Record<string, (id: number) => string> = {
  action: (id) => `/actions/${id}`,
  body: (id) => `/bodies/${id}`,
  meeting: (id) => `/meetings/${id}`,
  recommendation: (id) => `/recommendations/${id}`,
};

const FILTERS = ['entityType', 'event', 'actor', 'from', 'to'] as const;

/** A translation, or words made from the code when there is none ("workProgrammeItem" → "Work programme item"). */
function wordsFor(t: Translate, key: string, code: string): string {
  const text = t(key);
  return text === key ? fieldName(code) : text;
}

const kindName = (t: Translate, kind: string) => wordsFor(t, `audit.kinds.${kind}`, kind);

/** "action.status" → "Action: status changed". */
function eventName(t: Translate, event: string): string {
  const [kind = '', verb = ''] = event.split('.');
  return `${kindName(t, kind)}: ${wordsFor(t, `audit.verbs.${verb}`, verb).toLowerCase()}`;
}

/** An event in words: what happened, to which record. */
function eventView(t: Translate, e: AuditEvent) {
  return {
    ...e,
    what: eventName(t, e.event),
    record: e.entityId ? `${kindName(t, e.entityType)} ${e.entityId}` : kindName(t, e.entityType),
  };
}

/** What the event changed, field by field, old and new in words. */
function changesView(request: FastifyRequest, e: AuditEvent) {
  const { t, lang } = request;
  return changesOf(e.before, e.after).map((c) => ({
    field: fieldName(c.field, t), before: shownValue(c.before, t, lang, c.field), after: shownValue(c.after, t, lang, c.field),
  }));
}

export async function auditPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/audit', opts, async (request, reply) => {
    const { t } = request;
    const query = request.query as Record<string, string | undefined>;
    const filters = Object.fromEntries(FILTERS.map((f) => [f, query[f]?.trim() ?? '']));
    const asked = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
    let errors: PageErrors | undefined;
    let found = null;
    try {
      found = await listAuditEvents(request.ctx, { ...asked, page: query.page, pageSize: PAGE_SIZE });
    } catch (error) {
      errors = errorsFor(error, t, 'audit');
    }
    const kinds = [...new Set([...RECORD_KINDS, ...(filters.entityType ? [filters.entityType] : [])])];
    const pages = found && pagination(request.url, found.page, found.pageSize, found.total, t);
    return reply.code(errors ? 400 : 200).page('audit/list.njk', {
      filters,
      filtered: Object.keys(asked).length > 0,
      errors,
      kinds: withBlank(t('audit.anyKind'), kinds.map((k) => ({ value: k, text: kindName(t, k) }))),
      events: found?.items.map((e) => eventView(t, e)) ?? [],
      total: found?.total ?? 0,
      pagination: pages && { ...pages, landmarkLabel: t('audit.pagination') },
    });
  });

  app.get('/audit/:entityType/:id', opts, async (request, reply) => {
    const { entityType } = request.params as { entityType: string };
    const id = idParam(request);
    const events = await recordHistory(request.ctx, entityType, id);
    return reply.page('audit/history.njk', {
      record: `${kindName(request.t, entityType)} ${id}`,
      recordPage: RECORD_PAGES[entityType]?.(id) ?? null,
      // Newest first, as timelines read.
      events: events.map((e) => ({ ...eventView(request.t, e), changes: changesView(request, e) })).reverse(),
    });
  });
}
