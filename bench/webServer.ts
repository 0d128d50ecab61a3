/**
 * A server for the web benchmark, in its own process so that load and server do not share
 * an event loop: Oversight over a PGlite database with demo data at BENCH_SCALE (kept in
 * BENCH_DATA_DIR between runs), or — with `bare` — a bare Fastify route for comparison.
 * Prints "listening <port> <meetingId>" when ready.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { desc, eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { connect } from '../src/db/connection.js';
import { schema } from '../src/db/index.js';
import { generateDemo } from '../src/demo/index.js';
import { buildApp } from '../src/web/app.js';

const ANCHOR = '2026-06-30';

if (process.argv[2] === 'bare') {
  const app = Fastify();
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<!DOCTYPE html><title>ok</title><p>ok</p>'));
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`listening ${(app.server.address() as AddressInfo).port} 0`);
} else {
  const dataDir = process.env.BENCH_DATA_DIR!;
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  const conn = await connect({ dataDir });
  await conn.migrate();
  if (fresh) await generateDemo(conn.db, { scale: Number(process.env.BENCH_SCALE ?? 100), seed: 7, anchor: ANCHOR });
  const [meeting] = await conn.db.select({ id: schema.meetings.id }).from(schema.meetings)
    .where(eq(schema.meetings.status, 'published')).orderBy(desc(schema.meetings.date)).limit(1);
  const app = await buildApp({ db: conn.db, today: () => ANCHOR, signInRateLimit: 1000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`listening ${(app.server.address() as AddressInfo).port} ${meeting!.id}`);
}
