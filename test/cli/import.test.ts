/** `oversight import` run as a real child process, on PGlite files and on a fresh PostgreSQL database. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connection.js';
import { schema } from '../../src/db/index.js';
import { drivers } from '../support/db.js';
import { FIXTURES } from '../fixtures/import/rows.js';
import { oversight } from './run.js';

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

for (const driver of drivers()) {
  describe(`oversight import [${driver}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'oversight-import-'));
    const env: NodeJS.ProcessEnv = { ...process.env, OVERSIGHT_DATA_DIR: join(dir, 'data') };
    delete env.DATABASE_URL;
    let databaseName: string | null = null;
    const open = () => connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.OVERSIGHT_DATA_DIR });

    beforeAll(async () => {
      if (driver === 'postgres') {
        const server = process.env.TEST_DATABASE_URL!;
        databaseName = `oversight_cli_${randomBytes(6).toString('hex')}`;
        await admin(server, `CREATE DATABASE ${databaseName}`);
        const url = new URL(server);
        url.pathname = `/${databaseName}`;
        env.DATABASE_URL = url.toString();
      }
    });

    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (databaseName) await admin(process.env.TEST_DATABASE_URL!, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    });

    const minutes = ['panel-2024-01-17.txt', 'panel-2024-03-20.txt'].map((f) => join(FIXTURES, f));

    it('imports each file with a line of its own and a summary, and exits 1 when one failed', async () => {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const run = await oversight(env, 'import', minutes[0]!, empty, minutes[1]!, join(dir, 'missing.docx'));
      expect(run.code, run.stderr).toBe(1);
      const lines = run.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^created\s+panel-2024-01-17\.txt: Harbourside Community Safety Scrutiny Panel, 2024-01-17 \(meeting \d+\); actions: 3 created; 6 people added, 0 matched; next meeting scheduled$/);
      expect(lines[1]).toMatch(/^failed\s+empty\.txt: the file is empty\. Export the minutes again/);
      expect(lines[2]).toMatch(/^updated\s+panel-2024-03-20\.txt: Harbourside Community Safety Scrutiny Panel, 2024-03-20 \(meeting \d+\); actions: 1 created, 3 updated;/);
      expect(lines[3]).toMatch(/^failed\s+missing\.docx: there is no such file/);
      expect(lines.at(-1)).toBe('Imported 4 files: 1 created, 1 updated, 0 unchanged, 2 failed.');
    });

    it('says unchanged for files already imported, and exits 0', async () => {
      const run = await oversight(env, 'import', ...minutes);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^unchanged\s+panel-2024-01-17\.txt: already imported into Harbourside Community Safety Scrutiny Panel, 2024-01-17/m);
      expect(run.stdout.trim().split('\n').at(-1)).toBe('Imported 2 files: 0 created, 0 updated, 2 unchanged, 0 failed.');
    });

    it('writes nothing on --dry-run, and takes the body from --body', async () => {
      const parish = join(FIXTURES, 'panel-2024-07-10.txt');
      const dry = await oversight(env, 'import', '--dry-run', '--body', 'Marsham Parish Council (LMPC)', parish);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toMatch(/^Dry run: nothing will be written\.\ncreated\s+panel-2024-07-10\.txt: Marsham Parish Council, 2024-07-10/);
      expect(dry.stdout).toMatch(/Dry run of 1 file: 1 created, 0 updated, 0 unchanged, 0 failed\. Nothing was written\.\n$/);

      const real = await oversight(env, 'import', '--body', 'Marsham Parish Council (LMPC)', parish);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toMatch(/^created\s+panel-2024-07-10\.txt: Marsham Parish Council, 2024-07-10/);
      const conn = await open();
      try {
        const [body] = await conn.db.select().from(schema.bodies).where(eq(schema.bodies.shortName, 'LMPC'));
        expect(body?.name).toBe('Marsham Parish Council');
        const imported = await conn.db.select().from(schema.imports).where(eq(schema.imports.status, 'imported'));
        expect(imported).toHaveLength(3);
      } finally {
        await conn.close();
      }
    });
  });
}
