/**
 * The record at demo scale (default 100, BENCH_SCALE to change): loading it into PGlite and
 * PostgreSQL, then search and the dashboard through the services beside the very same SQL
 * run raw on the driver, so that each figure is a ratio.
 *
 *   npx tsx bench/record.ts        (PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set)
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import { generateDemo } from '../src/demo/index.js';
import { addDays } from '../src/domain/dates.js';
import { systemContext } from '../src/services/context.js';
import { dashboard, dashboardFilter, dashboardQuery } from '../src/services/dashboard/index.js';
import { search, searchInput, searchQuery } from '../src/services/search/index.js';
import { ms, percentile, printTable, ratio, timeRuns, type BenchRow } from './stats.js';
import { onEachDatabase, type Target } from './targets.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const QUERIES = ['stop and search', 'custody', 'domestic abuse', 'mental health', 'county lines', 'hate crime', 'body worn video', 'rural crime'];
const dialect = new PgDialect();
const ANCHOR = '2026-06-30';

async function benchTarget(target: Target): Promise<BenchRow[]> {
  const { conn, label } = target;
  const started = performance.now();
  const summary = await generateDemo(conn.db, { scale: SCALE, seed: 7, anchor: ANCHOR });
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  const ctx = systemContext(conn.db, 'bench', ANCHOR);
  const raw = async (query: Parameters<typeof dialect.sqlToQuery>[0]) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return conn.query(sql, params);
  };

  const searchService = await timeRuns(RUNS, (i) => search(ctx, { q: QUERIES[i % QUERIES.length]! }));
  const searchRaw = await timeRuns(RUNS, (i) => raw(searchQuery(ctx, searchInput.parse({ q: QUERIES[i % QUERIES.length]! }))));
  // A different day each run, so that the service works the figures out afresh (its cache is keyed by
  // the day), as the raw SQL does; the cached answer is timed on its own below.
  let day = 0;
  const nextDay = () => ({ ...ctx, today: addDays(ANCHOR, ++day) });
  const dashService = await timeRuns(RUNS, () => dashboard(nextDay()));
  const dashRaw = await timeRuns(RUNS, () => raw(dashboardQuery(nextDay(), dashboardFilter.parse({}))));
  const dashCached = await timeRuns(RUNS, () => dashboard(ctx));
  const row = (name: string, service: number[], baseline: number[], p: number): BenchRow => ({
    name: `${label}: ${name} p${p}`,
    figure: ms(percentile(service, p)),
    baseline: `${ms(percentile(baseline, p))} raw SQL`,
    ratio: ratio(percentile(service, p), percentile(baseline, p)),
  });
  return [
    { name: `${label}: demo scale ${SCALE} load`, figure: `${seconds.toFixed(1)} s`, baseline: `${summary.meetings} meetings, ${summary.actions} actions, ${rows} rows`, ratio: `${Math.round(rows / seconds)} rows/s` },
    row('search', searchService, searchRaw, 50),
    row('search', searchService, searchRaw, 95),
    row('dashboard', dashService, dashRaw, 50),
    row('dashboard', dashService, dashRaw, 95),
    row('dashboard, record unchanged since (cached)', dashCached, dashRaw, 50),
  ];
}

export async function benchRecord(): Promise<BenchRow[]> {
  return onEachDatabase(benchTarget);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable(`The record at demo scale ${SCALE} (${RUNS} runs each)`, await benchRecord());
}
