/**
 * Test databases: PGlite in memory always; PostgreSQL too when TEST_DATABASE_URL is set,
 * each test file in a database of its own that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { connect, type Connection } from '../../src/db/connection.js';

export type Driver = 'pglite' | 'postgres';

export function drivers(): Driver[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Connection {
  /** Closes the connection and drops the database it made. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const conn = await connect({ dataDir: 'memory://' });
    await conn.migrate();
    return { ...conn, destroy: () => conn.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `oversight_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await connect({ url: url.toString() });
  await conn.migrate();
  return {
    ...conn,
    destroy: async () => {
      await conn.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Runs a suite once per driver with a fresh migrated database, handed over through the
 * returned getter once `beforeAll` has run.
 */
export function describeEachDriver(name: string, suite: (database: () => TestDatabase, driver: Driver) => void): void {
  for (const driver of drivers()) {
    describe(`${name} [${driver}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(driver);
      });
      afterAll(async () => {
        await database?.destroy();
      });
      suite(() => {
        if (!database) throw new Error('the test database is not ready yet');
        return database;
      }, driver);
    });
  }
}
