/** /actions: the action log with filters, sortable columns and pages; and its downloads with the same filters. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACTION_STATUSES } from '../../../domain/actionStatus.js';
import { actionOwnerChoices, listActions, type ActionListRow } from '../../../services/actions/index.js';
import { listBodies } from '../../../services/bodies/index.js';
import { exportActionLog } from '../../../services/exports/index.js';
import { getOrganisation, getPerson } from '../../../services/people/index.js';
import type { Page } from '../../../services/schemas.js';
import { sendDownload } from '../../download.js';
import { formatDate } from '../../../i18n/index.js';
import { signedIn } from '../forms.js';
import { personText, withBlank } from '../meetings/choices.js';
import { errorsFor, type PageErrors } from '../meetings/formInput.js';
import { pagination } from '../meetings/paging.js';
import { logHref, readLogQuery, selectedFilters, serviceFilter, sortHeaders, type LogQuery } from './logQuery.js';

const PAGE_SIZE = 25;

export async function actionLogPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/actions', opts, async (request, reply) => {
    const { ctx, t } = request;
    const q = readLogQuery(request.query as Record<string, unknown>);
    let result: Page<ActionListRow> = { items: [], total: 0, page: 1, pageSize: PAGE_SIZE };
    let errors: PageErrors | undefined;
    try {
      result = await listActions(ctx, { ...serviceFilter(q), page: q.page, pageSize: PAGE_SIZE });
    } catch (error) {
      errors = errorsFor(error, t, 'actionLog');
      void reply.code(400);
    }
    const [bodies, { people, organisations }] = await Promise.all([listBodies(ctx), ownerChoices(request, q.filters)]);
    const owners = people.map((p) => ({ value: String(p.id), text: personText(p) }));
    const names = {
      bodies: new Map(bodies.map((b) => [String(b.id), b.name])),
      people: new Map(owners.map((p) => [p.value, p.text])),
      organisations: new Map(organisations.map((o) => [String(o.id), o.name])),
      date: (iso: string) => formatDate(iso, request.lang),
    };
    const from = result.total ? (result.page - 1) * result.pageSize + 1 : 0;
    const pages = pagination(request.url, result.page, result.pageSize, result.total, t);
    return reply.page('actions/log.njk', {
      actions: result.items,
      showing: t('common.showing', { from, to: from ? from + result.items.length - 1 : 0, total: result.total }),
      filters: q.filters,
      errors,
      selected: selectedFilters(q, t, names),
      headers: sortHeaders(q, t),
      downloads: { csv: logHref('/actions/export.csv', q.filters, q.sort, q.direction), xlsx: logHref('/actions/export.xlsx', q.filters, q.sort, q.direction) },
      sort: q.sort,
      direction: q.direction,
      bodies: withBlank(t('actionLog.filters.anyBody'), bodies.map((b) => ({ value: String(b.id), text: b.name }))),
      owners: withBlank(t('actionLog.filters.anyOwner'), owners),
      organisations: withBlank(t('actionLog.filters.anyOrganisation'), organisations.map((o) => ({ value: String(o.id), text: o.name }))),
      statuses: ACTION_STATUSES.map((s) => ({ value: s, text: t(`status.${s}`) })),
      pagination: pages && { ...pages, landmarkLabel: t('actionLog.pagination') },
    });
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/actions/export.${format}`, opts, async (request: FastifyRequest, reply) => {
      const q = readLogQuery(request.query as Record<string, unknown>);
      return sendDownload(reply, await exportActionLog(request.ctx, serviceFilter(q), format));
    });
  }
}

/**
 * The owners to filter by: those who own actions (of the chosen body, when one is), so the lists
 * stay short on a large record; plus whoever is chosen already, so the filter stays visible.
 */
async function ownerChoices(request: FastifyRequest, filters: LogQuery['filters']) {
  const { ctx } = request;
  const id = (name: string) => (/^\d{1,9}$/.test(String(filters[name] ?? '')) ? Number(filters[name]) : null);
  const choices = await actionOwnerChoices(ctx, id('bodyId') ?? undefined);
  const personId = id('ownerPersonId');
  const organisationId = id('organisationId');
  const missing = <T>(found: boolean, read: () => Promise<T>) => (found ? Promise.resolve(null) : read().catch(() => null));
  const [person, organisation] = await Promise.all([
    missing(!personId || choices.people.some((p) => p.id === personId), () => getPerson(ctx, personId!)),
    missing(!organisationId || choices.organisations.some((o) => o.id === organisationId), () => getOrganisation(ctx, organisationId!)),
  ]);
  return {
    people: person ? [person, ...choices.people] : choices.people,
    organisations: organisation ? [organisation, ...choices.organisations] : choices.organisations,
  };
}
