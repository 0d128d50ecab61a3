/**
 * The PDF reader on the seed documents, compared with the same documents' text and Word
 * versions. Skipped, with a notice, when the shared folder beside the repository is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/extract/blocks.js';
import { readPdf } from '../../src/extract/readers/pdf.js';
import { blockStarts, blocksText, htmlTableRows, orderedCoverage, paragraphNumbers, words } from '../fixtures/pdf/compare.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.join(path.resolve(repoRoot, '../shared'), 'seeds');
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.pdf')).map((f) => f.slice(0, -4)) : [];
if (seeds.length === 0) console.warn(`PDF seed tests skipped: no seed documents in ${seedsDir}`);

/** Inline formatting left in the text versions (<sup>, <b>) is not text a reader could see. */
const withoutFormatting = (text: string): string => text.replace(/<\/?(sup|sub|b|i|u|em|strong)>/gi, ' ');
const normalise = (text: string): string => words(text).join(' ');

describe.skipIf(seeds.length === 0).each(seeds)('readPdf on seed %s', (seed) => {
  let result: ReadResult;
  let text: string;

  beforeAll(async () => {
    result = await readPdf(new Uint8Array(readFileSync(path.join(seedsDir, `${seed}.pdf`))), `${seed}.pdf`);
    text = withoutFormatting(readFileSync(path.join(seedsDir, `${seed}.txt`), 'utf8'));
  });

  it('reads every page and says where each block is', () => {
    expect(result.pages).toBeGreaterThan(0);
    for (const block of result.blocks) {
      expect(block.where?.page).toBeGreaterThanOrEqual(1);
      expect(block.where?.page).toBeLessThanOrEqual(result.pages!);
    }
  });

  it('keeps at least 98% of the words of the text version, in order', () => {
    const coverage = orderedCoverage(words(text), words(blocksText(result.blocks)));
    console.info(`${seed}: ${(coverage * 100).toFixed(2)}% of the text version's words, in order`);
    expect(coverage).toBeGreaterThanOrEqual(0.98);
  });

  it('starts a block (or table cell) with every paragraph number the text version starts a line with', () => {
    const starts = blockStarts(result.blocks);
    const missing = paragraphNumbers(text).filter((n) => !starts.some((s) => s.startsWith(n) && !/\d/.test(s.charAt(n.length))));
    expect(missing).toEqual([]);
  });

  it('has every row of the Word version’s tables as a table row (or line)', async () => {
    const html = (await mammoth.convertToHtml({ path: path.join(seedsDir, `${seed}.docx`) })).value;
    const ours = result.blocks.map((b) => (b.kind === 'table' ? b.rows.map((row) => row.map(normalise)) : [[normalise(b.text)]])).flat();
    const found = (row: string[]): boolean =>
      ours.some((cells) => row.every((cell) => cells.some((ourCell) => ` ${ourCell} `.includes(` ${cell} `))));
    const rows = htmlTableRows(html)
      .map((row) => row.map(normalise).filter(Boolean))
      .filter((row) => row.length > 0);
    const missing = rows.filter((row) => !found(row));
    // Attendee lists are short tables (name, role, organisation): all of their rows must be there.
    expect(missing.filter((row) => row.length <= 3)).toEqual([]);
    expect(missing.length).toBeLessThanOrEqual(0.02 * rows.length);
  });

  it('leaves out page numbers and repeated headers and footers', () => {
    const paragraphs = result.blocks.flatMap((b) => (b.kind === 'table' ? [] : [{ text: b.text, page: b.where!.page! }]));
    expect(paragraphs.filter((p) => /^(page\s*)?\d{1,3}(\s*of\s*\d{1,3})?$/i.test(p.text))).toEqual([]);
    const pagesByText = new Map<string, Set<number>>();
    for (const p of paragraphs) pagesByText.set(p.text, (pagesByText.get(p.text) ?? new Set()).add(p.page));
    const everywhere = [...pagesByText].filter(([, pages]) => result.pages! >= 3 && pages.size >= Math.max(3, 0.5 * result.pages!));
    expect(everywhere.map(([t]) => t)).toEqual([]);
  });
});
