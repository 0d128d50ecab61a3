import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ReadResult } from '../blocks.js';
import { problems } from '../errors.js';
import { assembleBlocks } from './pdf/assemble.js';
import { openPdf, readPage, type BoldFonts } from './pdf/document.js';
import { dropFurniture } from './pdf/furniture.js';
import { buildLines } from './pdf/lines.js';
import { readRuledTables } from './pdf/ruledTables.js';
import type { PageLayout, TextRun } from './pdf/types.js';

/** A page with fewer visible characters than this has no real text layer. */
const MIN_TEXT = 10;
/** A table ending below this share of the page height may go on over the page; one starting above 1 − this may have begun before it. */
const NEAR_EDGE = 0.75;

interface PageRead {
  layout: PageLayout;
  rotated: number;
  textless: boolean;
  /** Much of its text could not be decoded. */
  garbled: boolean;
  drawn: boolean;
}

/**
 * Reads a PDF's text layer into blocks: lines rebuilt from text positions, paragraphs,
 * headings and list items from spacing, indentation and fonts, tables from ruling lines,
 * and page headers, footers and numbers left out.
 */
export async function readPdf(bytes: Uint8Array, filename: string): Promise<ReadResult> {
  const pdf = await openPdf(bytes, filename);
  try {
    const boldFonts: BoldFonts = new Map();
    const read: PageRead[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const before = read.at(-1);
      const tableGoesOn = before?.layout.tables.some((table) => table.bottom > NEAR_EDGE * before.layout.height) ?? false;
      const page = await readPageLayout(pdf, number, boldFonts, filename, (runs) => tableGoesOn || looksTabular(runs));
      read.push(page);
      // A table at the top of this page may have begun on the last page with text in one column only,
      // which did not look like a table there: read that page's drawings after all.
      const startsWithTable = page.layout.tables.some((table) => table.top < (1 - NEAR_EDGE) * page.layout.height);
      if (before && !before.drawn && startsWithTable) read[number - 2] = await readPageLayout(pdf, number - 1, boldFonts, filename, () => true);
    }
    const textless = read.filter((page) => page.textless).map((page) => page.layout.page);
    if (textless.length === pdf.numPages) throw problems.noTextLayer(filename);
    const warnings: string[] = [];
    if (textless.length > 0) {
      warnings.push(`page${textless.length > 1 ? 's' : ''} ${textless.join(', ')}: no text (blank, or scanned without a text layer — if scanned, run OCR on the PDF first or its content is missing)`);
    }
    const garbled = read.filter((page) => page.garbled).map((page) => page.layout.page);
    if (garbled.length > 0) {
      warnings.push(`page${garbled.length > 1 ? 's' : ''} ${garbled.join(', ')}: some text could not be decoded (its fonts have no character map) — check it against the original, or import the Word/text version`);
    }
    const rotated = read.reduce((n, page) => n + page.rotated, 0);
    if (rotated > 0) warnings.push(`left out ${rotated} piece${rotated > 1 ? 's' : ''} of text that is not horizontal (rotated or vertical text)`);
    const layouts = read.map((page) => page.layout);
    warnings.push(...dropFurniture(layouts));
    const assembled = assembleBlocks(layouts);
    return { format: 'pdf', blocks: assembled.blocks, pages: pdf.numPages, warnings: [...warnings, ...assembled.warnings] };
  } finally {
    await pdf.destroy();
  }
}

async function readPageLayout(pdf: PDFDocumentProxy, number: number, boldFonts: BoldFonts, filename: string, wantsRulings: (runs: TextRun[]) => boolean): Promise<PageRead> {
  const page = await pdf.getPage(number);
  const content = await readPage(page, boldFonts, wantsRulings)
    .catch((error: unknown) => {
      throw problems.corrupt(filename, 'PDF', new Error(`page ${number}: ${error instanceof Error ? error.message : String(error)}`));
    })
    .finally(() => page.cleanup());
  const { tables, flow } = readRuledTables(content.runs, content.rulings);
  const characters = content.runs.reduce((n, run) => n + run.text.replace(/\s/g, '').length, 0);
  return {
    layout: { page: number, width: content.width, height: content.height, lines: buildLines(flow), tables },
    rotated: content.rotated,
    textless: characters < MIN_TEXT,
    garbled: content.undecodable >= MIN_TEXT && content.undecodable > 0.1 * characters,
    drawn: content.drawn,
  };
}

/**
 * Whether the text may be in a table: a line with pieces far apart, or text drawn cell by cell,
 * jumping back up the page at each new cell where running text only moves down (a header
 * drawn before the body is one jump).
 */
function looksTabular(runs: TextRun[]): boolean {
  let jumps = 0;
  for (let i = 1; i < runs.length && jumps < 3; i++) if (runs[i]!.y < runs[i - 1]!.y - runs[i]!.size) jumps++;
  return jumps >= 3 || buildLines(runs).some((line) => line.segments.length >= 2);
}
