/** The CLI's housekeeping commands, run as real child processes on an embedded database. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oversight } from './run.js';

describe('oversight commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, OVERSIGHT_DATA_DIR: join(dir, 'data') };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the first admin with a generated password, and creates an API token for them', async () => {
    const added = await oversight(env, 'user', 'add', '--email', 'first@example.org', '--name', 'First Admin');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added first@example.org (admin).');
    expect(added.stdout).toMatch(/Password: \S{12,}/);
    const again = await oversight(env, 'user', 'add', '--email', 'first@example.org', '--name', 'Again');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is already a user with the email first@example.org');
    const token = await oversight(env, 'token', 'create', '--user', 'first@example.org');
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^ovs_[\w-]{20,}$/);
    const nobody = await oversight(env, 'token', 'create', '--user', 'nobody@example.org');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('oversight user add --email nobody@example.org');
  }, 120_000);

  it('exports a calendar and an action log, and refuses a bad id with a clear message', async () => {
    const out = join(dir, 'meetings.ics');
    const calendar = await oversight(env, 'export', 'calendar', '--out', out);
    expect(calendar.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('BEGIN:VCALENDAR');
    const csv = join(dir, 'actions.csv');
    expect((await oversight(env, 'export', 'actions', '--out', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^Reference,Body/);
    const bad = await oversight(env, 'export', 'minutes', '--meeting', 'twelve');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--meeting must be a record id');
    expect(existsSync(join(dir, 'twelve'))).toBe(false);
  }, 120_000);

  it('prints reminders instead of sending them when no SMTP server is set', async () => {
    const run = await oversight(env, 'remind');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(set SMTP_URL to send them)');
  }, 120_000);
});
