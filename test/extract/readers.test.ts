/** The readers and the dispatch: blocks from text, Markdown and Word, and clear errors for bad input. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/extract/errors.js';
import { readDocument } from '../../src/extract/readers/index.js';
import { looksLikeMarkdown } from '../../src/extract/readers/markdown.js';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const hasPdfReader = existsSync(fileURLToPath(new URL('../../src/extract/readers/pdf.ts', import.meta.url)));

async function problemOf(data: Uint8Array, name: string, maxBytes?: number): Promise<ExtractError> {
  try {
    await readDocument(data, name, { maxBytes });
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    return error as ExtractError;
  }
  throw new Error(`${name} was read`);
}

describe('plain text', () => {
  it('reads lines as paragraphs, bullets as list items and tab-separated lines as one table', async () => {
    const read = await readDocument(bytes('Heading line\n\n- first point\n- second point\n\nNo.\tAction\tLead\n1\tSend the report\tJB\n\n2\tBook the room\tAK\nAfter the table'), 'notes.txt');
    expect(read.format).toBe('txt');
    expect(read.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list item', 'list item', 'table', 'paragraph']);
    expect(read.blocks[3]).toMatchObject({ rows: [['No.', 'Action', 'Lead'], ['1', 'Send the report', 'JB'], ['2', 'Book the room', 'AK']] });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, and says so', async () => {
    const read = await readDocument(new Uint8Array(iconv.encode('Janet O’Driscoll – Chair', 'windows-1252')), 'old.txt');
    expect(read.blocks[0]).toMatchObject({ text: 'Janet O’Driscoll – Chair' });
    expect(read.warnings[0]).toMatch(/old\.txt: not UTF-8; read as Windows-1252/);
  });

  it('joins a line broken inside a sentence but keeps one entry a line', async () => {
    const read = await readDocument(bytes('The committee considered the report on the\nfuture of the library service.\nPresent: Cllr A Smith\nApologies: Cllr B Jones'), 'wrap.txt');
    expect(read.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([
      'The committee considered the report on the future of the library service.',
      'Present: Cllr A Smith',
      'Apologies: Cllr B Jones',
    ]);
  });
});

describe('Markdown and Markdown-ish text', () => {
  it('sends a .txt with ## headings, ** and <sup> to the Markdown reader', async () => {
    expect(looksLikeMarkdown('## **Minutes**\n\nThursday 2<sup>nd</sup> December')).toBe(true);
    expect(looksLikeMarkdown('Minutes\n\n- Councillor A Smith')).toBe(false);
    const read = await readDocument(bytes('## **Board**\n\n**Thursday 2<sup>nd</sup> December 2021**\n\n<b>Actions arising</b>\nJB to send the slides\nAK to book the room'), 'board.txt');
    expect(read.format).toBe('txt');
    expect(read.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Board' },
      { kind: 'paragraph', text: 'Thursday 2nd December 2021', bold: true },
      { kind: 'paragraph', text: 'Actions arising', bold: true },
      { kind: 'paragraph', text: 'JB to send the slides' },
      { kind: 'paragraph', text: 'AK to book the room' },
    ]);
  });

  it('keeps tables, numbered list markers and HTML inside table cells', async () => {
    const read = await readDocument(bytes('| Item | Owner |\n|---|---|\n| Send report | JB |\n\n3. Finance\n\nTasks\tLead\n<p>a) Plan</p> <ul><li>• one</li></ul>\tJB'), 'mixed.md');
    expect(read.format).toBe('md');
    expect(read.blocks[0]).toEqual({ kind: 'table', rows: [['Item', 'Owner'], ['Send report', 'JB']] });
    expect(read.blocks[1]).toMatchObject({ kind: 'list item', ordered: true, marker: '3.', text: 'Finance' });
    expect(read.blocks[2]).toMatchObject({ kind: 'table', rows: [['Tasks', 'Lead'], ['a) Plan\n• one', 'JB']] });
  });
});

describe('Word', () => {
  it('puts back the numbers of numbered lists, starting where Word starts them', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 4 }] }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Present', bold: true })] }),
            new Paragraph({ text: 'Finance', numbering: { reference: 'items', level: 0 } }),
            new Paragraph('The report was noted.'),
            new Paragraph({ text: 'Any other business', numbering: { reference: 'items', level: 0 } }),
          ],
        },
      ],
    });
    const read = await readDocument(new Uint8Array(await Packer.toBuffer(doc)), 'minutes.docx');
    expect(read.format).toBe('docx');
    expect(read.blocks).toEqual([
      { kind: 'paragraph', text: 'Present', bold: true },
      { kind: 'list item', text: 'Finance', level: 0, ordered: true, marker: '4.' },
      { kind: 'paragraph', text: 'The report was noted.' },
      { kind: 'list item', text: 'Any other business', level: 0, ordered: true, marker: '5.' },
    ]);
  });
});

describe('bad input', () => {
  it('refuses an empty file, naming it', async () => {
    const error = await problemOf(new Uint8Array(), 'blank.txt');
    expect(error).toMatchObject({ problem: 'empty', file: 'blank.txt' });
    expect(error.message).toMatch(/^blank\.txt: the file is empty/);
  });

  it('refuses a file over the size limit, saying how to raise it', async () => {
    const error = await problemOf(bytes('x'.repeat(2048)), 'big.txt', 1024);
    expect(error.problem).toBe('too large');
    expect(error.message).toMatch(/big\.txt: .*over the 0\.0 MB limit.*--max-size/);
  });

  it('refuses formats it cannot read', async () => {
    expect((await problemOf(bytes('{\\rtf1 minutes}'), 'minutes.rtf')).problem).toBe('unsupported');
    expect((await problemOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'scan.png')).message).toMatch(/scan\.png: .*Save the minutes as \.txt, \.md, \.docx or \.pdf/);
    expect((await problemOf(bytes('a,b,c'), 'minutes.csv')).problem).toBe('unsupported');
  });

  it('says a damaged Word or PDF file is damaged', async () => {
    expect((await problemOf(bytes('this is not a word document'), 'minutes.docx')).problem).toBe('corrupt');
    const zipWithoutDocument = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await problemOf(zipWithoutDocument, 'minutes.docx')).problem).toBe('corrupt');
    expect((await problemOf(bytes('not a pdf at all'), 'minutes.pdf')).problem).toBe('corrupt');
  });

  it('recognises a password-protected Word file', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le')]);
    const error = await problemOf(new Uint8Array(ole), 'locked.docx');
    expect(error.problem).toBe('password protected');
    expect(error.message).toMatch(/locked\.docx: .*Remove the password/);
  });

  it.skipIf(!hasPdfReader)('says a PDF without a text layer needs OCR', async () => {
    const error = await problemOf(blankPdf(), 'scan.pdf');
    expect(error.problem).toBe('no text layer');
    expect(error.message).toMatch(/scan\.pdf: .*OCR/);
  });
});

/** A valid one-page PDF with nothing on the page, as a scanner without OCR would leave it. */
function blankPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(pdf.length);
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
