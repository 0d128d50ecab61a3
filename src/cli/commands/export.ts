import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemContext } from '../../services/context.js';
import { exportActionLog, exportMinutes, meetingsCalendar } from '../../services/exports/index.js';
import { withDatabase } from '../database.js';

interface Output {
  filename: string;
  content: Buffer | Uint8Array;
}

/** Writes the file to --out, or to its own name in the current folder. */
async function save(file: Output, out: string | undefined): Promise<void> {
  const path = out ?? file.filename;
  await writeFile(path, file.content);
  console.log(`Wrote ${path} (${file.content.byteLength} bytes).`);
}

function wholeNumber(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a record id (a whole number), not "${value}".`);
  return n;
}

export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('Write minutes, the action log or the meetings calendar to a file');
  exportCommand.command('minutes')
    .description('The minutes of a meeting, as Word or plain text')
    .requiredOption('--meeting <id>', 'the meeting')
    .option('--format <format>', 'docx or txt', 'docx')
    .option('--out <file>', 'where to write it (default: its own name, here)')
    .action(async (opts: { meeting: string; format: string; out?: string }) => {
      if (opts.format !== 'docx' && opts.format !== 'txt') throw new Error('--format must be docx or txt.');
      const meetingId = wholeNumber(opts.meeting, '--meeting');
      await withDatabase(async ({ db }) => save(await exportMinutes(systemContext(db), meetingId, opts.format as 'docx' | 'txt'), opts.out));
    });
  exportCommand.command('actions')
    .description('The action log, as CSV or Excel')
    .option('--format <format>', 'csv or xlsx', 'csv')
    .option('--body <id>', 'only this body\'s actions')
    .option('--open', 'only actions not completed or cancelled')
    .option('--out <file>', 'where to write it (default: its own name, here)')
    .action(async (opts: { format: string; body?: string; open?: boolean; out?: string }) => {
      if (opts.format !== 'csv' && opts.format !== 'xlsx') throw new Error('--format must be csv or xlsx.');
      const filter = { bodyId: opts.body ? wholeNumber(opts.body, '--body') : undefined, open: opts.open };
      await withDatabase(async ({ db }) => save(await exportActionLog(systemContext(db), filter, opts.format as 'csv' | 'xlsx'), opts.out));
    });
  exportCommand.command('calendar')
    .description('Meetings as an iCalendar file')
    .option('--body <id>', 'only this body\'s meetings')
    .option('--base-url <url>', 'the address of Oversight, for links', 'http://localhost:3000')
    .option('--out <file>', 'where to write it (default: its own name, here)')
    .action(async (opts: { body?: string; baseUrl: string; out?: string }) => {
      const bodyId = opts.body ? wholeNumber(opts.body, '--body') : undefined;
      await withDatabase(async ({ db }) => save(await meetingsCalendar(systemContext(db), { bodyId, baseUrl: opts.baseUrl }), opts.out));
    });
}
