import { loadConfig } from '../config.js';
import { connect, type Connection } from '../db/connection.js';

/** The configured database (DATABASE_URL, or PGlite under OVERSIGHT_DATA_DIR), migrated. */
export async function openDatabase(): Promise<Connection> {
  const config = loadConfig();
  const conn = await connect({ url: config.DATABASE_URL, dataDir: config.OVERSIGHT_DATA_DIR });
  try {
    await conn.migrate();
  } catch (error) {
    await conn.close();
    throw error;
  }
  return conn;
}

/** Runs work with the database open, closing it afterwards whatever happens. */
export async function withDatabase<T>(work: (conn: Connection) => Promise<T>): Promise<T> {
  const conn = await openDatabase();
  try {
    return await work(conn);
  } finally {
    await conn.close();
  }
}
