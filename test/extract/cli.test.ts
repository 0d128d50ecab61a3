/** `oversight extract`: stdout for one file, a folder of records with --out, errors per file on stderr. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionRecordSchema } from '../../src/extract/record.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'extract', 'docs');

function oversight(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'index.ts'), 'extract', ...args], { cwd: root, encoding: 'utf8' });
}

describe('oversight extract', () => {
  it('prints one file’s record as JSON', () => {
    const run = oversight(join(fixtures, 'parish-council.txt'));
    expect(run.status).toBe(0);
    const record = extractionRecordSchema.parse(JSON.parse(run.stdout));
    expect(record).toMatchObject({ source: 'parish-council.txt', meeting: { body: 'Ashbourne Marsh Parish Council', date: '2024-06-04' } });
  });

  it('prints a readable summary with --format text', () => {
    const run = oversight(join(fixtures, 'bullet-minutes.md'), '--format', 'text');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^bullet-minutes\.md \(minutes\)\nMeeting: Riverside Community Safety Partnership/);
    expect(run.stdout).toMatch(/Actions \(7\):/);
    expect(run.stdout).toMatch(/owner: Callum Reid; due: by 23 October \(2024-10-23\)/);
  });

  it('writes DIR/<name>.json with --out, reports bad files by name and carries on, exiting 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'oversight-cli-'));
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '');
    const run = oversight(join(fixtures, 'scrutiny-committee.txt'), empty, join(out, 'missing.docx'), join(fixtures, 'flood-forum-cp1252.txt'), '--out', join(out, 'records'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(run.stderr).toMatch(/missing\.docx: no such file/);
    expect(existsSync(join(out, 'records', 'scrutiny-committee.json'))).toBe(true);
    const flood = JSON.parse(readFileSync(join(out, 'records', 'flood-forum-cp1252.json'), 'utf8'));
    expect(flood.meeting.body).toBe('Hollins Valley Flood Forum');
  });

  it('refuses an unknown format and a file over --max-size', () => {
    expect(oversight(join(fixtures, 'parish-council.txt'), '--format', 'xml').status).not.toBe(0);
    const big = oversight(join(fixtures, 'parish-council.txt'), '--max-size', '0.001');
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/parish-council\.txt: the file is .* over the 0\.0 MB limit/);
  });
});
