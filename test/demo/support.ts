/** Helpers for the demo tests: raw SQL in, plain rows out, on either driver. */
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../src/db/connection.js';

export const ANCHOR = '2025-06-30';

export async function rows<T = Record<string, unknown>>(db: Executor, query: SQL | string): Promise<T[]> {
  const result = await db.execute(typeof query === 'string' ? sql.raw(query) : query);
  return (result as unknown as { rows: T[] }).rows;
}

export async function scalar(db: Executor, query: string): Promise<number> {
  const [row] = await rows<{ n: number | string }>(db, query);
  return Number(row?.n);
}

/** Tables whose content must be identical for the same seed and anchor. */
export const HASHED_TABLES = [
  'organisations', 'people', 'bodies', 'memberships', 'meetings', 'attendances', 'agenda_items', 'minute_paragraphs',
  'declarations', 'decisions', 'actions', 'action_owners', 'action_updates', 'recommendation_sources', 'recommendations',
  'action_plans', 'measures', 'measure_values', 'escalations', 'work_programme_items', 'feedback', 'documents',
] as const;

/**
 * An md5 of every row of each table, in id order, with timestamps written in UTC. Search
 * vectors are left out: they are derived, and PostgreSQL's stemmer differs between versions.
 */
export async function contentHashes(db: Database): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const out: Record<string, string> = {};
    for (const table of HASHED_TABLES) {
      const [row] = await rows<{ h: string }>(tx, `select md5(coalesce(string_agg((to_jsonb(t) - 'search')::text, E'\\n' order by t.id), '')) as h from ${table} t`);
      out[table] = row!.h;
    }
    return out;
  });
}
