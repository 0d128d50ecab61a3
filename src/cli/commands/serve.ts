import type { Command } from 'commander';
import { count } from 'drizzle-orm';
import { loadConfig } from '../../config.js';
import type { Connection } from '../../db/connection.js';
import { schema } from '../../db/index.js';
import { DEMO_PASSWORD, DEMO_USERS, generateDemo } from '../../demo/index.js';
import { buildApp } from '../../web/app.js';
import { openDatabase } from '../database.js';

export function registerServe(program: Command): void {
  program.command('start')
    .description('Migrate, fill an empty database with demo data, and serve Oversight')
    .action(async () => serve({ demo: true }));
  program.command('serve')
    .description('Migrate and serve Oversight (no demo data)')
    .action(async () => serve({ demo: false }));
  program.command('migrate')
    .description('Apply database migrations and exit')
    .action(async () => {
      const conn = await openDatabase();
      console.log(`Migrated the database at ${conn.location}.`);
      await conn.close();
    });
}

async function isEmpty(conn: Connection): Promise<boolean> {
  const [row] = await conn.db.select({ n: count() }).from(schema.bodies);
  return row!.n === 0;
}

async function serve({ demo }: { demo: boolean }): Promise<void> {
  const config = loadConfig();
  const conn = await openDatabase();
  console.log(`Database: ${conn.driver === 'pglite' ? `embedded (PGlite) at ${conn.location}` : `PostgreSQL at ${conn.location}`}`);
  if (demo && (await isEmpty(conn))) {
    console.log('The database is empty: loading the demo data…');
    const summary = await generateDemo(conn.db, {});
    console.log(`Loaded ${summary.meetings} meetings and ${summary.actions} actions.`);
  }
  const app = await buildApp({ db: conn.db, logger: { level: config.LOG_LEVEL }, secureCookies: config.OVERSIGHT_SECURE_COOKIES === 'true' });
  const stop = async () => {
    await app.close();
    await conn.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`\nOversight is running at http://localhost:${config.PORT}`);
  if (demo) {
    console.log(`Demo sign-in: ${DEMO_USERS.secretariat} / ${DEMO_PASSWORD} (also ${Object.values(DEMO_USERS).filter((e) => e !== DEMO_USERS.secretariat).join(', ')})`);
  }
}
