/**
 * The record at demo scale (default 100, BENCH_SCALE to change): loading it into PGlite and
 * PostgreSQL, then search and the dashboard through the services beside the very same SQL
 * run raw on the driver, so that each figure is a ratio.
 *
 *   npx tsx bench/record.ts        (PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set)
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import { generateDemo } from '../src/demo/index.js';
import { systemContext } from '../src/services/context.js';
import { dashboard, dashboardFilter, dashboardQuery } from '../src/services/dashboard/index.js';
import { search, searchInput, searchQuery } from '../src/services/search/index.js';
import { ms, percentile, printTable, ratio, timeRuns, type BenchRow } from './stats.js';
import { onEachDatabase, type Target } from './targets.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const QUERIES = ['stop and search', 'custody', 'domestic abuse', 'mental health', 'county lines', 'hate crime', 'body worn video', 'rural crime'];
const dialect = new PgDialect();

async function benchTarget(target: Target): Promise<BenchRow[]> {
  const { conn, label } = target;
  const started = performance.now();
  const summary = await generateDemo(conn.db, { scale: SCALE, seed: 7, anchor: '2026-06-30' });
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  const ctx = systemContext(conn.db, 'bench', '2026-06-30');
  const raw = async (query: Parameters<typeof dialect.sqlToQuery>[0]) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return conn.query(sql, params);
  };

  const searchService = await timeRuns(RUNS, (i) => search(ctx, { q: QUERIES[i % QUERIES.length]! }));
  const searchRaw = await timeRuns(RUNS, (i) => raw(searchQuery(ctx, searchInput.parse({ q: QUERIES[i % QUERIES.length]! }))));
  const dashService = await timeRuns(RUNS, () => dashboard(ctx));
  const dashRaw = await timeRuns(RUNS, () => raw(dashboardQuery(ctx, dashboardFilter.parse({}))));
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
  ];
}

export async function benchRecord(): Promise<BenchRow[]> {
  return onEachDatabase(benchTarget);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable(`The record at demo scale ${SCALE} (${RUNS} runs each)`, await benchRecord());
}
