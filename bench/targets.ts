/** The databases a benchmark runs on, side by side: PGlite in a temporary folder, and PostgreSQL when a server is given. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Connection } from '../src/db/connection.js';

export interface Target {
  label: string;
  conn: Connection;
  cleanup: () => Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-bench-'));
  const conn = await connect({ dataDir: dir });
  return { label: 'PGlite', conn, cleanup: async () => { await conn.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server, dropped afterwards. */
async function postgresTarget(serverUrl: string): Promise<Target> {
  const name = `oversight_bench_${Date.now()}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await connect({ url: url.toString() });
  return {
    label: 'PostgreSQL',
    conn,
    cleanup: async () => {
      await conn.close();
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Runs the work on each database in turn (PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set), migrated. */
export async function onEachDatabase<T>(work: (target: Target) => Promise<T[]>): Promise<T[]> {
  const server = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const rows: T[] = [];
  for (const make of [pgliteTarget, ...(server ? [() => postgresTarget(server)] : [])]) {
    const target = await make();
    try {
      await target.conn.migrate();
      rows.push(...(await work(target)));
    } finally {
      await target.cleanup();
    }
  }
  return rows;
}
