/**
 * One schema, two drivers: PGlite (embedded, files under ./data, the default) and
 * PostgreSQL when a `postgres://` URL is given. Both give the same Drizzle database type.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or a transaction in progress. */
export type Executor = Database | Transaction;

export interface Connection {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Where the data is: a directory for PGlite, the URL without password for PostgreSQL. */
  location: string;
  migrate(): Promise<void>;
  /** Runs SQL text straight on the driver, bypassing Drizzle (benchmarks compare against it). */
  query(text: string, params?: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface ConnectOptions {
  /** postgres://… to use PostgreSQL. */
  url?: string;
  /** PGlite data directory; 'memory://' for a database that lives only in this process. */
  dataDir?: string;
}

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  if (options.url) return connectPostgres(options.url);
  return connectPglite(options.dataDir ?? './data');
}

async function connectPglite(dataDir: string): Promise<Connection> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    location: dataDir,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    query: async (text, params) => (await client.query(text, params)).rows,
    close: () => client.close(),
  };
}

async function connectPostgres(url: string): Promise<Connection> {
  // JIT compilation costs hundreds of milliseconds on the correlated due-date subqueries and
  // saves nothing on queries this size, so it is off for Oversight's connections.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  // An idle connection dropped by the server (a restart, a forced drop) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  // Fail now, with the address, rather than on the first query.
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}. Check DATABASE_URL and that the server is running.`, { cause: error });
  }
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    location: redact(url),
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    query: async (text, params) => (await pool.query(text, params)).rows,
    close: () => pool.end(),
  };
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured database';
  }
}
