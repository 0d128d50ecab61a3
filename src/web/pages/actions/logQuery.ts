/**
 * The action log's query string: its filters, sort and direction, read once for the page and
 * its downloads, and the links that change one of them (sortable headers, removing a filter).
 */
import { ACTION_STATUSES } from '../../../domain/actionStatus.js';
import { ACTION_SORTS, type ActionFilter } from '../../../services/actions/index.js';
import type { Translate } from '../../../i18n/index.js';

export type ActionSort = (typeof ACTION_SORTS)[number];
export type Direction = 'asc' | 'desc';

const SINGLE = ['bodyId', 'ownerPersonId', 'organisationId', 'dueFrom', 'dueTo', 'q'] as const;
const FLAGS = ['open', 'overdue', 'dueSoon'] as const;

export interface LogQuery {
  /** The filters as given: for the form, the links and the service. */
  filters: Record<string, string | string[]>;
  sort: ActionSort;
  direction: Direction;
  page: string | undefined;
}

const first = (v: unknown): string => String((Array.isArray(v) ? v[0] : v) ?? '').trim();

export function readLogQuery(query: Record<string, unknown>): LogQuery {
  const filters: LogQuery['filters'] = {};
  for (const name of SINGLE) if (first(query[name])) filters[name] = first(query[name]);
  for (const name of FLAGS) if (first(query[name]) === 'true') filters[name] = 'true';
  const statuses = [query.status ?? []].flat().map((s) => String(s).trim()).filter(Boolean);
  if (statuses.length) filters.status = statuses;
  const sort = first(query.sort);
  return {
    filters,
    sort: (ACTION_SORTS as readonly string[]).includes(sort) ? (sort as ActionSort) : 'due',
    direction: first(query.direction) === 'desc' ? 'desc' : 'asc',
    page: first(query.page) || undefined,
  };
}

/** What the actions service is asked for (it checks the values and names any that are wrong). */
export function serviceFilter(q: LogQuery): ActionFilter {
  return { ...q.filters, sort: q.sort, direction: q.direction } as ActionFilter;
}

/** A link to the log with these filters, sort and direction (and no page: a change starts at page 1). */
export function logHref(path: string, filters: LogQuery['filters'], sort?: ActionSort, direction?: Direction): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) for (const one of [value].flat()) params.append(name, one);
  if (sort && (sort !== 'due' || direction === 'desc')) params.set('sort', sort);
  if (direction === 'desc') params.set('direction', 'desc');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The headers that sort the table: a link each, and aria-sort on each so the current order is announced. */
export function sortHeaders(q: LogQuery, t: Translate) {
  return Object.fromEntries(ACTION_SORTS.map((key) => {
    const current = q.sort === key;
    const next: Direction = current && q.direction === 'asc' ? 'desc' : 'asc';
    return [key, {
      text: t(`actionLog.columns.${key}`),
      href: logHref('/actions', q.filters, key, next),
      ariaSort: current ? (q.direction === 'asc' ? 'ascending' : 'descending') : 'none',
      hint: t(next === 'asc' ? 'actionLog.sortAscending' : 'actionLog.sortDescending'),
    }];
  }));
}

interface Names {
  bodies: Map<string, string>;
  people: Map<string, string>;
  organisations: Map<string, string>;
  date: (iso: string) => string;
}

/** The MoJ filter's "selected filters": each a tag that links to the log without it. */
export function selectedFilters(q: LogQuery, t: Translate, names: Names) {
  const without = (name: string, value?: string) => {
    const rest = { ...q.filters };
    const current = rest[name];
    if (value !== undefined && Array.isArray(current) && current.length > 1) rest[name] = current.filter((v) => v !== value);
    else delete rest[name];
    return logHref('/actions', rest, q.sort, q.direction);
  };
  const f = q.filters;
  const one = (name: string, text: string | undefined) => (f[name] && text ? [{ text, href: without(name) }] : []);
  const categories = [
    { heading: t('actionLog.filters.body'), items: one('bodyId', names.bodies.get(String(f.bodyId))) },
    { heading: t('actionLog.filters.owner'), items: one('ownerPersonId', names.people.get(String(f.ownerPersonId))) },
    { heading: t('actionLog.filters.organisation'), items: one('organisationId', names.organisations.get(String(f.organisationId))) },
    {
      heading: t('action.status'),
      items: [f.status ?? []].flat().filter((s) => (ACTION_STATUSES as readonly string[]).includes(s))
        .map((s) => ({ text: t(`status.${s}`), href: without('status', s) })),
    },
    {
      heading: t('action.due'),
      items: [
        ...FLAGS.flatMap((name) => one(name, t(`actionLog.filters.${name}`))),
        ...one('dueFrom', f.dueFrom ? t('actionLog.filters.fromDate', { date: names.date(String(f.dueFrom)) }) : undefined),
        ...one('dueTo', f.dueTo ? t('actionLog.filters.toDate', { date: names.date(String(f.dueTo)) }) : undefined),
      ],
    },
    { heading: t('actionLog.filters.words'), items: one('q', f.q ? `“${String(f.q)}”` : undefined) },
  ];
  return categories.filter((c) => c.items.length);
}
