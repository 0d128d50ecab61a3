/**
 * One search box across minutes, decisions, actions, recommendations and documents,
 * with PostgreSQL text search: ranked matches the viewer may see, and highlighted snippets.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { schema } from '../../db/index.js';
import { scopeFor } from '../../domain/access.js';
import type { ServiceContext } from '../context.js';
import { id, list, paging, type Page } from '../schemas.js';
import { parse } from '../validation.js';
import { actionVisible, documentVisible, itemVisible, meetingVisible } from '../visibility.js';

const { minuteParagraphs, decisions, meetings, agendaItems, bodies, actions, recommendations, recommendationSources, documents } = schema;

export const SEARCH_TYPES = ['minute', 'decision', 'action', 'recommendation', 'document'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const searchInput = paging.extend({
  q: z.string().trim().min(1, 'Enter something to search for').max(200, 'Enter 200 characters or fewer'),
  types: list(z.enum(SEARCH_TYPES)).optional(),
  bodyId: id.optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchInput = z.input<typeof searchInput>;

/** A run of a snippet; `match` marks the words that matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  type: SearchType;
  id: number;
  /** What the hit is: "PALG 13 March 2019, item 3: Sex Work", an action reference, a document title. */
  title: string;
  snippet: SnippetPart[];
  bodyId: number | null;
  bodyShortName: string | null;
  meetingId: number | null;
  date: string | null;
  rank: number;
}

// Markers ts_headline puts around matches; control characters that minutes never contain.
const START = '\u0001';
const STOP = '\u0002';

/** Splits ts_headline output into plain and matched runs, so that nobody renders raw HTML. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}

export async function search(ctx: ServiceContext, input: SearchInput): Promise<Page<SearchHit>> {
  const f = parse(searchInput, input);
  const result = await ctx.db.execute(searchQuery(ctx, f));
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return {
    items: rows.map((r) => ({
      type: r.type as SearchType,
      id: Number(r.id),
      title: String(r.title ?? ''),
      snippet: snippetParts(String(r.headline ?? '')),
      bodyId: r.body_id === null ? null : Number(r.body_id),
      bodyShortName: (r.body_short_name as string | null) ?? null,
      meetingId: r.meeting_id === null ? null : Number(r.meeting_id),
      date: (r.date as string | null) ?? null,
      rank: Number(r.rank),
    })),
    total: rows.length ? Number(rows[0]!.total) : 0,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The search as one SQL statement (the benchmark runs it raw beside the service). */
export function searchQuery(ctx: ServiceContext, f: z.output<typeof searchInput>): SQL {
  const scope = scopeFor(ctx.viewer);
  const query = sql`websearch_to_tsquery('english', ${f.q})`;
  const wanted = new Set<SearchType>(f.types?.length ? f.types : SEARCH_TYPES);
  const byBody = (column: AnyColumn) => (f.bodyId ? sql`${column} = ${f.bodyId}` : sql`true`);
  const meetingTitle = sql`${bodies.shortName} || ' ' || to_char(${meetings.date}, 'FMDD FMMonth YYYY') || coalesce(', item ' || coalesce(${agendaItems.number}, '') || ': ' || ${agendaItems.title}, '')`;

  const parts: SQL[] = [];
  for (const [type, table] of [['minute', minuteParagraphs], ['decision', decisions]] as const) {
    if (!wanted.has(type)) continue;
    parts.push(sql`select ${type}::text as type, ${table.id} as id, ${meetingTitle} as title, ${table.text} as body,
        ${meetings.bodyId} as body_id, ${bodies.shortName} as body_short_name, ${meetings.id} as meeting_id, ${meetings.date}::text as date,
        ts_rank(${table.search}, ${query}) as rank
      from ${table} join ${meetings} on ${meetings.id} = ${table.meetingId} join ${bodies} on ${bodies.id} = ${meetings.bodyId}
        left join ${agendaItems} on ${agendaItems.id} = ${table.agendaItemId}
      where ${table.search} @@ ${query} and ${meetingVisible(scope, meetings.status)}
        and ${itemVisible(scope, agendaItems.exemptParagraph, meetings.bodyId)} and ${byBody(meetings.bodyId)}`);
  }
  if (wanted.has('action')) {
    parts.push(sql`select 'action' as type, ${actions.id} as id, ${actions.reference} as title, ${actions.text} as body,
        ${actions.bodyId} as body_id, ${bodies.shortName} as body_short_name, ${actions.meetingId} as meeting_id,
        coalesce((select m.date from meetings m where m.id = ${actions.meetingId}), (${actions.createdAt})::date)::text as date,
        ts_rank(${actions.search}, ${query}) as rank
      from ${actions} join ${bodies} on ${bodies.id} = ${actions.bodyId}
      where ${actions.search} @@ ${query} and ${actionVisible(scope, actions)} and ${byBody(actions.bodyId)}`);
  }
  if (wanted.has('recommendation')) {
    parts.push(sql`select 'recommendation' as type, ${recommendations.id} as id, ${recommendationSources.title} || ', recommendation ' || ${recommendations.number} as title,
        ${recommendations.text} || ' ' || coalesce(${recommendations.responseText}, '') as body,
        ${recommendations.ownerBodyId} as body_id, ${bodies.shortName} as body_short_name, null::int as meeting_id, ${recommendationSources.publishedOn}::text as date,
        ts_rank(${recommendations.search}, ${query}) as rank
      from ${recommendations} join ${recommendationSources} on ${recommendationSources.id} = ${recommendations.sourceId}
        left join ${bodies} on ${bodies.id} = ${recommendations.ownerBodyId}
      where ${recommendations.search} @@ ${query} and ${byBody(recommendations.ownerBodyId)}`);
  }
  if (wanted.has('document')) {
    parts.push(sql`select 'document' as type, ${documents.id} as id, ${documents.title} as title, ${documents.title} || ' ' || left(coalesce(${documents.textContent}, ''), 100000) as body,
        ${documents.bodyId} as body_id, ${bodies.shortName} as body_short_name, ${documents.meetingId} as meeting_id, (${documents.createdAt})::date::text as date,
        ts_rank(${documents.search}, ${query}) as rank
      from ${documents} left join ${bodies} on ${bodies.id} = ${documents.bodyId}
      where ${documents.search} @@ ${query} and ${documentVisible(scope, documents)} and ${byBody(documents.bodyId)}`);
  }

  // Rank every match first; make snippets only for the page shown (ts_headline is the costly part).
  const ranked = sql.join(parts.map((p) => sql`(${p})`), sql` union all `);
  const options = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MinWords=8, MaxWords=28, FragmentDelimiter=" … "`;
  return sql`select page.*, ts_headline('english', page.body, ${query}, ${options}) as headline from (
      select hits.*, count(*) over () as total from (${ranked}) hits
      order by hits.rank desc, hits.date desc nulls last, hits.id desc
      limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}
    ) page order by page.rank desc, page.date desc nulls last, page.id desc`;
}
