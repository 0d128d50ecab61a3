import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReadResult } from '../../src/extract/blocks.js';
import { readPdf } from '../../src/extract/readers/pdf.js';
import { Composer, wrap } from '../fixtures/pdf/compose.js';
import { PAGE, textWidth, writePdf, type TextPiece } from '../fixtures/pdf/writePdf.js';

const SENTENCE =
  'The panel discussed the quarterly performance report in detail and members asked how the force would respond to the rise in reported incidents across the region over the winter period.';
/** A paragraph whose first line ends inside "Jenkins-Jones", at its hyphen. */
const HYPHENATED = hyphenatedAtLineEnd();
/** Paragraph `n`: one long sentence of its own length, so that a page break falls inside a sentence. */
const longParagraph = (n: number): string =>
  `Paragraph ${n}: members heard ${Array.from({ length: 5 + n }, (_, i) => `from witness ${i + 1} about the quarterly report and how the force responded`).join(', then ')}.`;

function hyphenatedAtLineEnd(): string {
  const width = PAGE.width - 2 * 56;
  const fillers = 'of the panel and of the board in the room on the day'.split(' ');
  let lead = 'Members';
  // Words until "Jenkins-Jones" no longer fits on the first line (the writer breaks it at its hyphen).
  for (let i = 0; textWidth(`${lead} noted that Hannah Jenkins-Jones`, 11) <= width; i++) lead += ` ${fillers[i % fillers.length]}`;
  return `${lead} noted that Hannah Jenkins-Jones would report back at the next meeting.`;
}

type TextBlock = Exclude<Block, { kind: 'table' }>;
const texts = (result: ReadResult): string[] => result.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]));
const find = (result: ReadResult, start: string): TextBlock | undefined =>
  result.blocks.find((b): b is TextBlock => b.kind !== 'table' && b.text.startsWith(start));
const tables = (result: ReadResult) => result.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('readPdf on minutes with a running header and footer, lists and tables', () => {
  let result: ReadResult;
  let crossesPage = false;
  const actions = Array.from({ length: 14 }, (_, i) => [`${i + 1}`, `Action ${i + 1}: ${SENTENCE.slice(0, 50 + 4 * i)}`, i % 2 ? 'Chief Inspector John Wainwright' : 'Sarah Mahon', 'June 2022']);

  beforeAll(async () => {
    const doc = new Composer({ header: ['OFFICIAL', 'Police and Crime Panel – Minutes – 15 March 2017'], footer: (n, total) => `Page ${n} of ${total}` });
    doc.paragraph('Police and Crime Panel', { size: 18, bold: true });
    doc.paragraph('Minutes of the meeting held on Thursday 2^nd December 2021');
    doc.heading('Present');
    doc.table(
      [
        ['Cllr Jane Smith', 'Chair'],
        ['Hannah Jenkins-Jones', 'Scrutiny and Assurance Manager, Office of the Police and Crime Commissioner for South Wales'],
        ['Mark Vaughan', 'Detective Chief Inspector'],
      ],
      [150, 330],
      false,
    );
    doc.heading('1. Apologies for absence', 12);
    doc.paragraph('Councillor Richard Brown', { marker: '•' });
    doc.paragraph(`Councillor Heather Goddard, who asked that ${SENTENCE.toLowerCase()}`, { marker: '•' });
    doc.heading('2. Minutes of the previous meeting', 12);
    doc.paragraph(`The minutes were agreed as a true record. ${SENTENCE}`, { marker: '2.1', indent: 28 });
    doc.paragraph(`LJ confirmed that ${SENTENCE.toLowerCase()}`, { marker: '2.2', indent: 28 });
    doc.paragraph(HYPHENATED);
    doc.paragraph('Resolved: that the minutes be approved.');
    doc.paragraph('ACTION: SM to circulate the guidance to members', { bold: true });
    for (let i = 0; i < 6; i++) {
      doc.paragraph(longParagraph(i + 1));
      crossesPage ||= doc.paragraphPages.at(-1)!.length > 1;
    }
    doc.heading('3. Action log', 12);
    doc.table([['No.', 'Action', 'Owner', 'Due'], ...actions], [40, 260, 110, 70]);
    doc.paragraph('The meeting closed at 4.30pm.');
    result = await readPdf(doc.finish(), 'panel-minutes.pdf');
  });

  it('reports its pages and where each block is', () => {
    expect(result.format).toBe('pdf');
    expect(result.pages).toBeGreaterThanOrEqual(3);
    for (const block of result.blocks) expect(block.where?.page).toBeGreaterThanOrEqual(1);
  });

  it('drops page numbers and the running header, keeping the protective marking once', () => {
    const all = texts(result).join('\n');
    expect(all).not.toMatch(/Page \d+ of \d+/);
    expect(all).not.toContain('Minutes – 15 March 2017');
    expect(texts(result).filter((t) => t === 'OFFICIAL')).toHaveLength(1);
    expect(result.warnings.join('\n')).toMatch(/repeated at the top/);
  });

  it('finds headings by size and weight', () => {
    expect(find(result, 'Police and Crime Panel')).toMatchObject({ kind: 'heading', level: 1 });
    expect(find(result, 'Present')).toMatchObject({ kind: 'heading' });
    expect(find(result, '1. Apologies for absence')).toMatchObject({ kind: 'heading' });
  });

  it('keeps a bold action line a bold paragraph, not a heading', () => {
    expect(find(result, 'ACTION: SM')).toEqual({ kind: 'paragraph', text: 'ACTION: SM to circulate the guidance to members', bold: true, where: { page: 1 } });
  });

  it('merges a superscript into its line', () => {
    expect(find(result, 'Minutes of the meeting')?.text).toBe('Minutes of the meeting held on Thursday 2nd December 2021');
  });

  it('reads bullets and numbered paragraphs as list items, the number as the marker', () => {
    expect(find(result, 'Councillor Richard Brown')).toMatchObject({ kind: 'list item', marker: '•', ordered: false, level: 0 });
    const wrapped = find(result, 'Councillor Heather Goddard');
    expect(wrapped?.text).toContain('over the winter period.');
    expect(find(result, 'The minutes were agreed')).toMatchObject({ kind: 'list item', marker: '2.1', ordered: true });
    expect(find(result, 'LJ confirmed')).toMatchObject({ kind: 'list item', marker: '2.2', ordered: true });
    expect(find(result, 'LJ confirmed')?.text).toMatch(/winter period\.$/);
  });

  it('joins a word broken at its hyphen without a space', () => {
    expect(wrap(HYPHENATED, PAGE.width - 2 * 56, 11, false)[0]).toMatch(/Hannah Jenkins-$/);
    expect(find(result, 'Members of the panel')?.text).toBe(HYPHENATED);
  });

  it('keeps each paragraph whole, also across a page break', () => {
    expect(crossesPage).toBe(true);
    for (let i = 1; i <= 6; i++) {
      const paragraph = find(result, `Paragraph ${i}:`);
      expect(paragraph?.kind).toBe('paragraph');
      expect(paragraph?.text).toBe(longParagraph(i));
    }
  });

  it('reads a table laid out with tab stops, wrapped cells joined', () => {
    const present = tables(result)[0]!;
    expect(present.rows).toEqual([
      ['Cllr Jane Smith', 'Chair'],
      ['Hannah Jenkins-Jones', 'Scrutiny and Assurance Manager, Office of the Police and Crime Commissioner for South Wales'],
      ['Mark Vaughan', 'Detective Chief Inspector'],
    ]);
  });

  it('reads a ruled table continuing over pages as one table, its repeated header once', () => {
    const log = tables(result).at(-1)!;
    expect(log.rows[0]).toEqual(['No.', 'Action', 'Owner', 'Due']);
    expect(log.rows.slice(1)).toEqual(actions);
    expect(new Set(tables(result).map((t) => t.where?.page)).size).toBe(tables(result).length);
    expect(result.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'The meeting closed at 4.30pm.' });
  });
});

describe('readPdf on minutes without spacing between paragraphs', () => {
  let result: ReadResult;

  beforeAll(async () => {
    const doc = new Composer({ footer: (n) => `${n}` });
    doc.paragraph('Scrutiny Committee', { size: 16, bold: true });
    doc.paragraph(`Apologies were received from Cllr Brown. ${SENTENCE}`, { after: 0 });
    doc.paragraph(`The chair welcomed everyone. ${SENTENCE}`, { after: 0 });
    doc.paragraph('Points raised:', { after: 0 });
    doc.paragraph('Funding for the youth service', { marker: '–', after: 0 });
    doc.paragraph('Officer numbers in the west', { marker: '–', indent: 36, after: 0 });
    doc.paragraph('RESOLVED: that the report be noted.', { after: 0 });
    result = await readPdf(doc.finish(), 'committee.pdf');
  });

  it('splits paragraphs at short lines ending a sentence and at list markers', () => {
    expect(result.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'list item', 'list item', 'paragraph']);
    expect(result.blocks[4]).toMatchObject({ marker: '–', text: 'Funding for the youth service', level: 0 });
    expect(result.blocks[5]).toMatchObject({ marker: '–', text: 'Officer numbers in the west', level: 1 });
  });

  it('drops a bare page number at the foot of the page', () => {
    expect(texts(result)).not.toContain('1');
  });
});

describe('readPdf on pages set sideways', () => {
  const lines = ['Action plan', 'Reduce repeat calls to the control room by June 2024', 'Lead: Chief Inspector John Wainwright'];
  // A landscape page laid on a portrait one: each line runs up the page, the next one to its right.
  const sideways: TextPiece[] = lines.map((text, i) => ({ x: 80 + 30 * i, y: 760, text, size: 12, upwards: true }));

  it('turns a page whose text runs up the page to read across', async () => {
    const result = await readPdf(writePdf([{ texts: sideways }]), 'plan.pdf');
    expect(result.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(lines);
    expect(result.warnings).toEqual([]);
  });

  it('reads a page the PDF itself turns (/Rotate)', async () => {
    const result = await readPdf(writePdf([{ texts: sideways, rotate: 90 }]), 'plan.pdf');
    expect(result.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(lines);
  });
});

describe('readPdf on pages with a header drawn as a table', () => {
  const box = (top: number, bottom: number, xs: number[]) => [
    ...xs.map((x) => ({ x0: x, y0: top, x1: x, y1: bottom })),
    { x0: xs[0]!, y0: top, x1: xs.at(-1)!, y1: top },
    { x0: xs[0]!, y0: bottom, x1: xs.at(-1)!, y1: bottom },
  ];
  const page = (n: number) => ({
    strokes: box(30, 52, [56, 300, 540]),
    texts: [
      { x: 60, y: 45, text: 'Police and Crime Panel', size: 10 },
      { x: 304, y: 45, text: `Agenda item 4 – page ${n}`, size: 10 },
      { x: 56, y: 100 + 14 * n, text: `The panel noted the report on page ${n}.`, size: 11 },
    ],
  });

  it('leaves the repeated header table out', async () => {
    const result = await readPdf(writePdf([page(1), page(2), page(3)]), 'panel.pdf');
    expect(result.blocks).toEqual([1, 2, 3].map((n) => ({ kind: 'paragraph', text: `The panel noted the report on page ${n}.`, where: { page: n } })));
    expect(result.warnings.join('\n')).toMatch(/Police and Crime Panel.*repeated at the top of 3 pages/);
  });
});

describe('readPdf on a table drawn the way Word draws it', () => {
  // Borders as thin filled bars, a shaded header row, a title row spanning both columns, and a
  // name cell spanning two rows.
  const xs = [56, 200, 540];
  const ys = [100, 120, 140, 160, 180];
  const bar = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1, filled: true });
  const strokes = [
    ...ys.filter((y) => y !== 160).map((y) => bar(xs[0]!, y, xs[2]!, y)),
    bar(xs[1]!, 160, xs[2]!, 160),
    bar(xs[0]!, 100, xs[0]!, 180),
    bar(xs[2]!, 100, xs[2]!, 180),
    bar(xs[1]!, 120, xs[1]!, 180),
  ];
  const cell = (x: number, y: number, text: string, bold = false): TextPiece => ({ x: x + 4, y, text, size: 11, bold });
  const texts = [
    cell(56, 114, 'Police and Crime Commissioner’s Team', true),
    cell(56, 134, 'Name', true),
    cell(200, 134, 'Role', true),
    cell(56, 164, 'Lee Jones (LJ)'),
    cell(200, 154, 'Chief Executive'),
    cell(200, 174, 'Chair of the Board'),
  ];

  it('reads its rows, spanning cells once', async () => {
    const result = await readPdf(writePdf([{ texts, strokes, shades: [{ x: 56, y: 120, width: 484, height: 20 }] }]), 'attendees.pdf');
    expect(result.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['Police and Crime Commissioner’s Team', ''],
          ['Name', 'Role'],
          ['Lee Jones (LJ)', 'Chief Executive'],
          ['', 'Chair of the Board'],
        ],
        where: { page: 1 },
      },
    ]);
  });
});

describe('readPdf on lines laid out with tab stops', () => {
  const at = (x: number, line: number, text: string, bold = false): TextPiece => ({ x, y: 80 + 14 * line, text, size: 11, bold });
  const texts = [
    at(56, 0, 'Present:', true),
    at(160, 0, 'Cllr Ann Brown (Chair)'),
    at(160, 1, 'Cllr Dai Evans'),
    at(160, 2, 'Cllr Sian Lewis'),
    at(56, 3, 'Apologies:', true),
    at(160, 3, 'Cllr Tom Price'),
    at(56, 5, '1'),
    at(92, 5, 'Declarations of interest'),
    at(56, 7, '2'),
    at(92, 7, 'Minutes of the last meeting'),
    at(56, 8, 'ACTION:', true),
    at(160, 8, 'SM to circulate the guidance'),
  ];

  it('reads labelled lines as text, one name a line, and tabbed numbers as list markers', async () => {
    const result = await readPdf(writePdf([{ texts }]), 'register.pdf');
    const where = { page: 1 };
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'Present: Cllr Ann Brown (Chair)', where },
      { kind: 'paragraph', text: 'Cllr Dai Evans', where },
      { kind: 'paragraph', text: 'Cllr Sian Lewis', where },
      { kind: 'paragraph', text: 'Apologies: Cllr Tom Price', where },
      { kind: 'list item', text: 'Declarations of interest', level: 0, ordered: true, marker: '1', where },
      { kind: 'list item', text: 'Minutes of the last meeting', level: 0, ordered: true, marker: '2', where },
      { kind: 'paragraph', text: 'ACTION: SM to circulate the guidance', where },
    ]);
  });
});
