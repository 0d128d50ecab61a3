/** `oversight demo`: fills an empty database with the fictional demo record. */
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { isIsoDate } from '../../domain/dates.js';
import { DEFAULT_SEED, DEMO_PASSWORD, generateDemo, type DemoSummary } from '../../demo/index.js';
import { withDatabase } from '../database.js';

function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('The anchor must be a date written YYYY-MM-DD, e.g. 2026-03-31.');
  return value;
}

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('Fill an empty database with demo data: a fictional force area with two years of meetings, minutes and actions')
    .option('--scale <n>', 'how many areas\' worth of data (100 gives thousands of meetings)', wholeNumber('--scale', 1, 1000), 1)
    .option('--seed <s>', 'the same seed gives the same data', wholeNumber('--seed', 0, 0xffffffff), DEFAULT_SEED)
    .option('--anchor <YYYY-MM-DD>', '"today" for the demo: meetings run for two years up to it (default: today)', isoDate)
    .action(async (opts: { scale: number; seed: number; anchor?: string }) => {
      await withDatabase(async (conn) => {
        console.log(`Loading demo data (scale ${opts.scale}, seed ${opts.seed}) into ${conn.driver === 'pglite' ? `the embedded database at ${conn.location}` : `PostgreSQL at ${conn.location}`}…`);
        const bar = process.stdout.isTTY
          ? new SingleBar({ format: '  [{bar}] {percentage}% | {duration_formatted} | {label}', stream: process.stdout, hideCursor: true })
          : null;
        const started = Date.now();
        bar?.start(1, 0, { label: '' });
        try {
          const summary = await generateDemo(conn.db, {
            scale: opts.scale, seed: opts.seed, anchor: opts.anchor,
            onProgress: (done, total, label) => {
              bar?.setTotal(total);
              bar?.update(done, { label });
            },
          });
          bar?.stop();
          printSummary(summary, Date.now() - started);
        } catch (error) {
          bar?.stop();
          throw error;
        }
      });
    });
}

function printSummary(summary: DemoSummary, ms: number): void {
  const areas = summary.areas.length > 3 ? `${summary.areas.slice(0, 3).join(', ')} and ${summary.areas.length - 3} more` : summary.areas.join(', ');
  console.log(`\nLoaded ${areas} in ${(ms / 1000).toFixed(1)} s (anchor date ${summary.anchor}).\n`);
  const entries = Object.entries(summary.counts).filter(([, n]) => n > 0);
  const width = Math.max(...entries.map(([table]) => table.length));
  for (const [table, n] of entries) console.log(`  ${table.padEnd(width)}  ${String(n).padStart(8)}`);
  console.log(`\nDemo sign-ins (password ${DEMO_PASSWORD}):`);
  for (const user of summary.users) console.log(`  ${user.email.padEnd(32)} ${user.role}`);
}
