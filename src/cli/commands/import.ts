import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { systemContext } from '../../services/context.js';
import { importFile, type FileResult } from '../../services/imports/index.js';
import { maxUploadBytes, tooLarge } from '../../services/imports/extraction.js';
import { openDatabase } from '../database.js';

interface ImportOptions {
  body?: string;
  dryRun?: boolean;
}

export function registerImport(program: Command): void {
  program.command('import')
    .description('Import minutes (.txt, .md, .docx, .pdf) into the record: the meeting, its people, agenda, decisions and actions')
    .argument('<files...>', 'the documents to import')
    .option('--body <name>', 'the body that met, when the documents do not say (or name it differently)')
    .option('--dry-run', 'show what each file would create or update, and write nothing')
    .action(async (files: string[], options: ImportOptions) => {
      const conn = await openDatabase();
      try {
        const failed = await importAll(systemContext(conn.db, 'import'), files, options);
        if (failed) process.exitCode = 1;
      } finally {
        await conn.close();
      }
    });
}

type Context = ReturnType<typeof systemContext>;

/** Imports each file in turn, one line each and a summary; returns how many failed. */
async function importAll(ctx: Context, files: string[], options: ImportOptions): Promise<number> {
  const totals = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const bars = files.length > 1 && process.stdout.isTTY
    ? new cliProgress.MultiBar({ format: ' {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  const bar = bars?.create(files.length, 0, { file: '' });
  const say = (line: string) => (bars ? bars.log(`${line}\n`) : console.log(line));
  if (options.dryRun) say('Dry run: nothing will be written.');
  for (const path of files) {
    bar?.update({ file: basename(path) });
    const result = await importOne(ctx, path, options);
    totals[result.status]++;
    for (const line of describe(result)) say(line);
    bar?.increment();
  }
  bars?.stop();
  const counts = `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.failed} failed`;
  console.log(`${options.dryRun ? 'Dry run of' : 'Imported'} ${files.length} file${files.length === 1 ? '' : 's'}: ${counts}.${options.dryRun ? ' Nothing was written.' : ''}`);
  return totals.failed;
}

async function importOne(ctx: Context, path: string, options: ImportOptions): Promise<FileResult> {
  const file = basename(path);
  const failed = (error: string): FileResult => ({ status: 'failed', file, importId: null, meetingId: null, bodyName: null, meetingDate: null, summary: null, error });
  try {
    // A file far over the limit is refused before it is read into memory.
    const { size } = await stat(path);
    const limit = maxUploadBytes();
    if (size > limit) return failed(tooLarge(file, size, limit));
    const bytes = await readFile(path);
    return await importFile(ctx, { filename: file, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), bodyName: options.body, dryRun: options.dryRun });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failed(`${file}: there is no such file (${path}). Check the path and try again.`);
    if (code === 'EISDIR') return failed(`${file}: this is a folder. Give the documents inside it, for example ${path}/*.docx.`);
    return failed(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describe(result: FileResult): string[] {
  const status = result.status.padEnd(9);
  if (result.status === 'failed') return [`${status} ${result.error}`];
  const meeting = result.bodyName ? `${result.bodyName}, ${result.meetingDate} (meeting ${result.meetingId})` : `meeting ${result.meetingId}`;
  if (result.status === 'unchanged') return [`${status} ${result.file}: already imported into ${meeting}`];
  const s = result.summary!;
  const actions = (['created', 'updated', 'unchanged'] as const).filter((k) => s.actions[k]).map((k) => `${s.actions[k]} ${k}`);
  const parts = [
    `actions: ${actions.join(', ') || 'none'}`,
    `${s.people.created} ${s.people.created === 1 ? 'person' : 'people'} added, ${s.people.matched} matched`,
    s.recommendations.created ? `${s.recommendations.created} recommendations` : '',
    s.nextMeeting === 'scheduled' ? 'next meeting scheduled' : '',
  ].filter(Boolean);
  return [`${status} ${result.file}: ${meeting}; ${parts.join('; ')}`, ...s.warnings.map((w) => `          ! ${w}`)];
}
