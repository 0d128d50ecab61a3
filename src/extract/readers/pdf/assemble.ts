import type { Block } from '../../blocks.js';
import { findAlignedTables } from './alignedTables.js';
import { buildParagraphs, fitsIndent, isShort, joinLines, measureSpacing, type Frame, type Paragraph } from './paragraphs.js';
import { continueTable, openTable, type OpenTable } from './tableBlocks.js';
import type { Line, PageLayout, TableDraft } from './types.js';

/** Text this much larger than the body text, or bold, and short, is a heading. */
const LARGER = 1.15;
const SENTENCE_END = /[.!?:;]["'’”)\]]*$/;

type Element = { top: number; paragraph: Paragraph } | { top: number; table: TableDraft };

/** The last block of a page, which the next page may carry on. */
interface Continuable {
  page: number;
  /** A paragraph or list item, and its lines. */
  text?: { block: Extract<Block, { text: string }>; paragraph: Paragraph };
  table?: OpenTable;
}

/** Turns the pages' lines and tables into blocks, joining paragraphs and tables that run across pages. */
export function assembleBlocks(pages: PageLayout[]): { blocks: Block[]; warnings: string[] } {
  const flowLines = pages.flatMap((page) => page.lines);
  const cellLines = pages.flatMap((page) => page.tables.flatMap((t) => t.cells.flatMap((row) => row.map((cell) => cell.lines))));
  const spacing = measureSpacing([...pages.map((page) => page.lines), ...cellLines]);
  const left = percentile(flowLines.map((l) => l.x0), 0.1);
  // Where full lines end; when few lines are full (a register of names), margins as wide as the left one.
  const right = Math.max(percentile(flowLines.map((l) => l.x1), 0.95), pages.reduce((widest, p) => Math.max(widest, p.width), 0) - left);
  const frame: Frame = { left, right, spacing };
  const bodySize = commonestSize(flowLines.length > 0 ? flowLines : cellLines.flat());

  const unruled: number[] = [];
  const elementsByPage = pages.map((page) => {
    const aligned = findAlignedTables(page.lines, frame);
    if (aligned.tables.length > 0) unruled.push(page.page);
    const tables = [...page.tables, ...aligned.tables];
    const paragraphs = buildParagraphs(aligned.lines, frame, tables.map((t) => t.top));
    const elements: Element[] = [
      ...paragraphs.map((paragraph) => ({ top: paragraph.lines[0]!.y - paragraph.size, paragraph })),
      ...tables.map((table) => ({ top: table.top, table })),
    ];
    return elements.sort((a, b) => a.top - b.top);
  });
  const allParagraphs = elementsByPage.flat().flatMap((e) => ('paragraph' in e ? [e.paragraph] : []));
  const headingLevel = headingLevels(allParagraphs.filter((p) => isHeading(p, bodySize)), bodySize);
  const listLevel = listLevels(allParagraphs.filter((p) => p.marker && !isHeading(p, bodySize)).map((p) => p.x0 - frame.left));

  const blocks: Block[] = [];
  const warnings: string[] = [];
  if (unruled.length > 0) warnings.push(`page${unruled.length > 1 ? 's' : ''} ${unruled.join(', ')}: read text set out in columns, without borders, as a table`);
  let previous: Continuable | undefined;
  elementsByPage.forEach((elements, index) => {
    const page = pages[index]!.page;
    elements.forEach((element, position) => {
      const carried = position === 0 && previous?.page === page - 1 ? previous : undefined;
      if ('table' in element) {
        if (carried?.table && continueTable(carried.table, element.table, frame, page, warnings)) {
          previous = { page, table: carried.table };
          return;
        }
        const table = openTable(element.table, frame, page);
        blocks.push(table.block);
        previous = { page, table };
        return;
      }
      const paragraph = element.paragraph;
      if (carried?.text && continuesAcrossPages(carried.text.paragraph, paragraph, bodySize, frame)) {
        const { block } = carried.text;
        block.text = joinLines(block.text, paragraph.text);
        const lines = [...carried.text.paragraph.lines, ...paragraph.lines];
        previous = { page, text: { block, paragraph: { ...carried.text.paragraph, lines, contX: paragraph.lines.length > 1 ? paragraph.contX : paragraph.x0 } } };
        return;
      }
      const made = toBlocks(paragraph, page, bodySize, headingLevel, listLevel, frame.left);
      blocks.push(...made);
      const block = made.at(-1)!;
      previous = { page, text: block.kind === 'paragraph' || block.kind === 'list item' ? { block, paragraph } : undefined };
    });
  });
  return { blocks, warnings };
}

function toBlocks(paragraph: Paragraph, page: number, bodySize: number, headingLevel: (p: Paragraph) => number, listLevel: (indent: number) => number, left: number): Block[] {
  const where = { page };
  if (isHeading(paragraph, bodySize)) return [{ kind: 'heading', level: headingLevel(paragraph), text: paragraph.text, where }];
  const { marker } = paragraph;
  const lead = boldLead(paragraph);
  if (lead) return [{ kind: 'paragraph', text: lead, bold: true, where }, { kind: 'paragraph', text: paragraph.text.slice(lead.length).trim(), where }];
  if (marker) {
    // The marker is not repeated in the text, as the Word reader gives numbered lists: the parser
    // reads an ordered item as marker and text ("3.16 LJ confirmed ..."), a bulleted one as its text.
    const text = paragraph.text.slice(marker.text.length).trim();
    return [{ kind: 'list item', text, level: listLevel(paragraph.x0 - left), ordered: marker.ordered, marker: marker.text, where }];
  }
  return [paragraph.bold ? { kind: 'paragraph', text: paragraph.text, bold: true, where } : { kind: 'paragraph', text: paragraph.text, where }];
}

/**
 * A bold title run into the text after it ("Actions arising from the meeting Homelessness to
 * be ..."), as converters leave it when they join lines: read apart, as the Word reader does.
 * A bold label ending in a colon or full stop ("Resolved:") stays with its text.
 */
function boldLead(paragraph: Paragraph): string | undefined {
  const lead = paragraph.lines[0]!.boldLead;
  if (!lead || paragraph.marker || /[:.]$/.test(lead) || lead.split(' ').length > 12) return undefined;
  return /^[A-Z0-9]/.test(paragraph.text.slice(lead.length).trim()) ? lead : undefined;
}

/**
 * Larger text, or a short bold line, of a few lines at most, not bulleted. A bold line in the body's size
 * that reads as a sentence or a labelled note ("ACTION: SM to circulate ...") stays a bold
 * paragraph: minutes put actions and resolutions in bold too.
 */
function isHeading(paragraph: Paragraph, bodySize: number): boolean {
  const { text, lines, size, marker } = paragraph;
  if (lines.length > 3 || text.length > 200 || /[,;]$/.test(text) || (marker && !marker.ordered)) return false;
  if (size >= LARGER * bodySize) return true;
  const labelled = /^[\p{L} ]{2,25}\s?[:–—-]\s+\S/u.test(text);
  return paragraph.bold && size >= bodySize - 0.5 && lines.length <= 2 && text.split(' ').length <= 12 && !/[.!?]$/.test(text) && !labelled;
}

/** Levels by size: the largest heading text is level 1; bold text of body size comes after all larger sizes. */
function headingLevels(headings: Paragraph[], bodySize: number): (p: Paragraph) => number {
  const sizes = [...new Set(headings.map((h) => Math.round(h.size * 2) / 2))].filter((s) => s >= LARGER * bodySize).sort((a, b) => b - a);
  return (p) => {
    const index = sizes.indexOf(Math.round(p.size * 2) / 2);
    return Math.min(6, index >= 0 ? index + 1 : sizes.length + 1);
  };
}

/** Levels by indentation, from 0 as the other readers count: markers at the least indentation are level 0. */
function listLevels(indents: number[]): (indent: number) => number {
  const steps: number[] = [];
  for (const indent of [...indents].sort((a, b) => a - b)) if (steps.length === 0 || indent - steps.at(-1)! > 8) steps.push(indent);
  return (indent) => {
    let level = 0;
    while (level + 1 < steps.length && steps[level + 1]! - 4 <= indent) level++;
    return Math.min(level, 5);
  };
}

/** A paragraph carries on over the page break when its last line is full and its sentence unfinished. */
function continuesAcrossPages(before: Paragraph, after: Paragraph, bodySize: number, frame: Frame): boolean {
  const last = before.lines.at(-1)!;
  const first = after.lines[0]!;
  return (
    !after.marker &&
    !isShort(last, frame) &&
    !SENTENCE_END.test(before.text) &&
    !isHeading(after, bodySize) &&
    Math.abs(first.size - last.size) <= 0.6 &&
    first.bold === last.bold &&
    fitsIndent(before, first)
  );
}

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

/** The size of most of the text, by characters. */
function commonestSize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + line.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}
