/**
 * Minutes in other styles than the seeds (parish "RESOLVED that", council committee
 * "Present:" lines, bullet notes, an action log at the top, "Action: Name" lines, minute
 * numbers like "24/45" and "QSC 24/015", a Word document with real numbered lists, a
 * Windows-1252 text file, a report with a recommendations table and an action plan), each
 * with a hand-made expected record, scored with the same scorer as the seeds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/extract/blocks.js';
import { extractBytes, extractFile, readDocument } from '../../src/extract/index.js';
import { extractionRecordSchema, type ExtractionRecord } from '../../src/extract/record.js';
import { WORD_FIXTURE_NAME, wordFixture } from './helpers/wordFixture.js';
import { score, TARGETS, writeRecords } from './helpers/score.js';
import { blocksToDocx } from './helpers/toDocx.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = join(root, 'test', 'fixtures', 'extract', 'docs');
const expected = join(root, 'test', 'fixtures', 'extract', 'expected');
const scorer = join(root, '..', 'shared', 'tools', 'score-extraction.mjs');

/** Each fixture as written, or rewritten as another format from its blocks. */
async function extractAll(rewrite?: { extension: string; write: (blocks: Block[]) => Promise<Uint8Array> }): Promise<Map<string, ExtractionRecord>> {
  const records = new Map<string, ExtractionRecord>();
  for (const file of readdirSync(docs)) {
    const name = basename(file, extname(file));
    if (!rewrite) records.set(name, await extractFile(join(docs, file)));
    else {
      const read = await readDocument(new Uint8Array(readFileSync(join(docs, file))), file);
      records.set(name, await extractBytes(await rewrite.write(read.blocks), `${name}${rewrite.extension}`));
    }
  }
  records.set(basename(WORD_FIXTURE_NAME, '.docx'), await extractBytes(new Uint8Array(await wordFixture()), WORD_FIXTURE_NAME));
  return records;
}

function expectTargets(records: Map<string, ExtractionRecord>): void {
  const result = score(scorer, expected, writeRecords(records));
  const failed = Object.entries(TARGETS).filter(([part, min]) => !((result.f1[part] ?? 0) >= min));
  expect(failed, result.output).toEqual([]);
  for (const part of ['meeting date', 'next meeting date', 'recommendation responses', 'action due dates']) {
    const count = result.correct[part]!;
    expect(count.ok, `${part}\n${result.output}`).toBe(count.of);
  }
}

/** The PDF reader's own test writer (test/fixtures/pdf/compose.ts), as far as these tests use it. */
const composer = join(root, 'test', 'fixtures', 'pdf', 'compose.ts');
interface ComposeOptions {
  header?: string[];
  footer?: (n: number, total: number) => string;
}
interface PdfComposer {
  heading(text: string): unknown;
  paragraph(text: string, options?: { bold?: boolean; marker?: string }): unknown;
  table(rows: string[][], widths: number[]): unknown;
  finish(): Uint8Array;
}
const canWritePdf = existsSync(composer) && existsSync(join(root, 'src', 'extract', 'readers', 'pdf.ts'));

describe('extraction from minutes in other styles', () => {
  it('has an expected record for every fixture, in the record shape', async () => {
    const records = await extractAll();
    for (const name of records.keys()) {
      const file = join(expected, `${name}.json`);
      expect(existsSync(file), file).toBe(true);
      expect(() => extractionRecordSchema.parse(JSON.parse(readFileSync(file, 'utf8')))).not.toThrow();
      expect(() => extractionRecordSchema.parse(records.get(name))).not.toThrow();
    }
  });

  it.skipIf(!existsSync(scorer))('meets the seed targets on them too', async () => {
    expectTargets(await extractAll());
  });

  it.skipIf(!existsSync(scorer))('meets them with the same minutes as Word documents (real lists and tables)', async () => {
    expectTargets(await extractAll({ extension: '.docx', write: async (blocks) => new Uint8Array(await blocksToDocx(blocks)) }));
  });

  it.skipIf(!existsSync(scorer) || !canWritePdf)('meets them with the same minutes as PDFs (running header and footer)', { timeout: 120_000 }, async () => {
    const { Composer } = (await import(pathToFileURL(composer).href)) as { Composer: new (options: ComposeOptions) => PdfComposer };
    const write = async (blocks: Block[]) => {
      const pdf = new Composer({ header: ['OFFICIAL'], footer: (n, total) => `Page ${n} of ${total}` });
      for (const b of blocks) {
        if (b.kind === 'heading') pdf.heading(b.text);
        else if (b.kind === 'paragraph') pdf.paragraph(b.text, { bold: b.bold });
        else if (b.kind === 'list item') pdf.paragraph(b.text, { marker: b.ordered && b.marker ? b.marker : '•' });
        else {
          const width = Math.max(...b.rows.map((r) => r.length));
          pdf.table(b.rows.map((r) => Array.from({ length: width }, (_, k) => (r[k] ?? '').replace(/\n/g, ' '))), Array(width).fill(Math.floor(480 / width)));
        }
      }
      return pdf.finish();
    };
    expectTargets(await extractAll({ extension: '.pdf', write }));
  });

  it('reads details the scorer does not check', async () => {
    const records = await extractAll();
    const parish = records.get('parish-council')!;
    expect(parish.meeting).toMatchObject({ date: '2024-06-04', startTime: '19:00' });
    expect(parish.items[0]).toEqual({ number: '24/45', title: 'Declarations of Interest' });
    // "The Clerk" is resolved through the attendee list to the person who is clerk.
    expect(parish.actions.find((a) => /three quotes/.test(a.text))?.owners).toEqual(['Eleanor Whitcombe']);
    expect(parish.decisions.some((d) => /correct record/.test(d))).toBe(true);

    const log = records.get('action-log-top')!;
    const reviewed = log.actions.filter((a) => a.fromPreviousMeeting);
    expect(reviewed.map((a) => a.status)).toEqual(['completed', 'ongoing', 'deferred']);
    expect(reviewed[2]!.update).toBe('centre opening delayed to April');

    const report = records.get('report-recommendations')!;
    expect(report.kind).toBe('report');
    expect(report.actions.map((a) => a.rag)).toEqual(['green', 'amber', 'green', 'red', 'amber', 'green']);
    expect(report.actions[1]).toMatchObject({ parent: '1. Single timetable', due: '2024-09-30', resources: '£12,000 printing budget' });

    const word = records.get('youth-justice-board')!;
    expect(word.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(word.nextMeeting).toEqual({ date: '2025-02-20', startTime: '10:00', venue: 'Greystone Town Hall' });

    const flood = records.get('flood-forum-cp1252')!;
    expect(flood.attendees[0]!.name).toBe('Janet O’Driscoll');
    expect(flood.warnings?.[0]).toMatch(/Windows-1252/);
  });
});
