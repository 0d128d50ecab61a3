/**
 * `oversight extract FILE... [--format json|text] [--out DIR]`: reads minutes and prints
 * (or writes) what they record, for a person to check before importing. A file that
 * cannot be read is reported on stderr by name; the others carry on; the exit code is 1
 * if any failed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { extractFile } from '../../extract/index.js';
import type { ExtractionRecord } from '../../extract/record.js';

interface ExtractOptions {
  format: 'json' | 'text';
  out?: string;
  maxSize: number;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read minutes (.txt, .md, .docx, .pdf) and show the meeting, people, items, actions and decisions they record')
    .argument('<files...>', 'minutes documents to read')
    .option('--format <format>', 'json (the record) or text (a readable summary)', parseFormat, 'json')
    .option('--out <dir>', 'write <dir>/<name>.json for each file instead of printing')
    .option('--max-size <MB>', 'refuse files larger than this many megabytes', parseMegabytes, 20)
    .action(async (files: string[], options: ExtractOptions) => {
      process.exitCode = (await runExtract(files, options)) ? 0 : 1;
    });
}

/** Extracts each file; true when all of them were read. */
export async function runExtract(files: string[], options: ExtractOptions): Promise<boolean> {
  const records: ExtractionRecord[] = [];
  const written = new Map<string, string>();
  let ok = true;
  if (options.out) await mkdir(options.out, { recursive: true });
  for (const file of files) {
    let record: ExtractionRecord;
    try {
      record = await extractFile(file, { maxBytes: options.maxSize * 1024 * 1024 });
    } catch (error) {
      ok = false;
      console.error(`extract: ${error instanceof Error ? error.message : `${file}: ${String(error)}`}`);
      continue;
    }
    if (options.out) {
      const name = basename(file, extname(file));
      const target = join(options.out, `${name}.json`);
      if (written.has(target)) console.error(`extract: ${file} and ${written.get(target)} both write ${target}; the later one is kept.`);
      written.set(target, file);
      await writeFile(target, `${JSON.stringify(record, null, 2)}\n`);
      if (options.format === 'text') console.log(summary(record));
      else console.error(`extract: ${file} → ${target} (${record.actions.length} actions)`);
    } else records.push(record);
  }
  if (!options.out && records.length) {
    if (options.format === 'text') console.log(records.map(summary).join('\n\n'));
    else console.log(JSON.stringify(records.length === 1 ? records[0] : records, null, 2));
  }
  return ok;
}

/** The record as a person would read it. */
export function summary(record: ExtractionRecord): string {
  const m = record.meeting;
  const lines = [`${record.source} (${record.kind})`];
  const when = [m.date, m.startTime].filter(Boolean).join(' at ');
  lines.push(`Meeting: ${[m.body ?? 'body not found', m.title].filter(Boolean).join(' – ')}${when ? `, ${when}` : ''}${m.venue ? `, ${m.venue}` : ''}`);
  const person = (p: { name: string; role: string | null; organisation: string | null }) =>
    [p.name, [p.role, p.organisation].filter(Boolean).join(', ')].filter(Boolean).join(' – ');
  lines.push(`Attendees (${record.attendees.length}): ${record.attendees.map(person).join('; ') || 'none listed'}`);
  lines.push(`Apologies (${record.apologies.length}): ${record.apologies.map(person).join('; ') || 'none listed'}`);
  lines.push(`Items (${record.items.length}):`, ...record.items.map((i) => `  ${i.number}. ${i.title}`));
  lines.push(`Actions (${record.actions.length}):`);
  record.actions.forEach((a, k) => {
    const details = [
      a.owners.length ? `owner: ${a.owners.join(', ')}` : 'no owner',
      a.dueText ? `due: ${a.dueText}${a.due ? ` (${a.due})` : ''}` : null,
      a.status ? `status: ${a.status}` : null,
      a.item ? `item ${a.item}` : null,
      a.fromPreviousMeeting ? 'from the previous meeting' : null,
      a.rag ? `RAG: ${a.rag}` : null,
    ].filter(Boolean);
    lines.push(`  ${k + 1}. ${a.text}`, `     ${details.join('; ')}`);
    if (a.update) lines.push(`     update: ${a.update}`);
    if (a.parent) lines.push(`     under: ${a.parent}`);
  });
  if (record.recommendations.length) {
    lines.push(`Recommendations (${record.recommendations.length}):`);
    for (const r of record.recommendations) lines.push(`  ${r.number}. ${r.text}`, `     response: ${r.response ?? 'none given'}`);
  }
  lines.push(`Decisions (${record.decisions.length}):`, ...record.decisions.map((d) => `  - ${d}`));
  const next = record.nextMeeting;
  lines.push(`Next meeting: ${next ? [next.date, next.startTime, next.venue].filter(Boolean).join(', ') : 'not given'}`);
  for (const w of record.warnings ?? []) lines.push(`Warning: ${w}`);
  return lines.join('\n');
}

function parseFormat(value: string): 'json' | 'text' {
  if (value !== 'json' && value !== 'text') throw new InvalidArgumentError('use json or text');
  return value;
}

function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('a number of megabytes, e.g. 20');
  return n;
}
