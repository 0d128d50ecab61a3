/**
 * Pages under load with autocannon on loopback: the signed-in home page, a meeting page and
 * the action log at demo scale (BENCH_SCALE, default 100), beside a bare Fastify route in the
 * same run, so that the figure is a ratio.
 *
 *   npx tsx bench/web.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/demo/index.js';
import { printTable, ratio, type BenchRow } from './stats.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

async function start(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; port: number; meetingId: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/webServer.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+) (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), meetingId: Number(m[2]) });
    });
    child.on('exit', (code) => reject(new Error(`the bench server stopped (exit ${code})`)));
  });
}

/** Signs in through the real form and returns the session cookies. */
async function signIn(base: string): Promise<string> {
  const page = await fetch(`${base}/sign-in`);
  const csrfCookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const res = await fetch(`${base}/sign-in`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ email: DEMO_USERS.secretariat, password: DEMO_PASSWORD, _csrf: token }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  return [csrfCookie, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

async function load(url: string, cookie = ''): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {} });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

export async function benchWeb(): Promise<BenchRow[]> {
  const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), `oversight-bench-web-${SCALE}`);
  mkdirSync(dataDir, { recursive: true });
  const bare = await start(['bare'], {});
  const site = await start([], { BENCH_DATA_DIR: dataDir, BENCH_SCALE: String(SCALE) });
  try {
    const base = `http://127.0.0.1:${site.port}`;
    const cookie = await signIn(base);
    const baseline = await load(`http://127.0.0.1:${bare.port}/`);
    const rows: BenchRow[] = [{ name: 'bare Fastify route', figure: `${Math.round(baseline.rps)} req/s, p99 ${baseline.p99} ms`, baseline: '-', ratio: '1.00×' }];
    for (const [name, path] of [['home page (signed in)', '/'], ['meeting page', `/meetings/${site.meetingId}`], ['action log', '/actions']] as const) {
      const r = await load(`${base}${path}`, cookie);
      rows.push({
        name: `${name}${r.errors ? ` (${r.errors} errors)` : ''}`,
        figure: `${Math.round(r.rps)} req/s, p99 ${r.p99} ms`,
        baseline: `${Math.round(baseline.rps)} req/s bare`,
        ratio: ratio(r.rps, baseline.rps),
      });
    }
    return rows;
  } finally {
    bare.child.kill();
    site.child.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable(`Pages at demo scale ${SCALE} (autocannon, ${CONNECTIONS} connections, ${SECONDS} s each)`, await benchWeb());
}
