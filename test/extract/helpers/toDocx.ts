/**
 * Writes blocks back out as a Word document (headings, bold paragraphs, real bulleted and
 * numbered lists, real tables), the way the seed documents' Word versions were made from
 * their text. Lets the fixtures check the Word reader on other layouts than the seeds'.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type INumberingOptions } from 'docx';
import type { Block } from '../../../src/extract/blocks.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

type Definition = INumberingOptions['config'][number];

export async function blocksToDocx(blocks: Block[]): Promise<Buffer> {
  const config: Definition[] = [
    { reference: 'bullets', levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT })) },
  ];
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ text: block.text, heading: HEADINGS[Math.min(block.level, 6) - 1] }));
    else if (block.kind === 'paragraph') children.push(new Paragraph({ children: [new TextRun({ text: block.text, bold: block.bold })] }));
    else if (block.kind === 'list item') {
      const start = block.ordered ? /^(\d+)/.exec(block.marker ?? '')?.[1] : undefined;
      if (start) {
        // Each numbered line its own list starting at its number, as converters write them.
        const reference = `list-${config.length}`;
        config.push({ reference, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: Number(start), alignment: AlignmentType.LEFT }] });
        children.push(new Paragraph({ text: block.text, numbering: { reference, level: 0 } }));
      } else children.push(new Paragraph({ text: block.text, numbering: { reference: 'bullets', level: Math.min(block.level, 2) } }));
    } else {
      const width = Math.max(...block.rows.map((r) => r.length));
      const rows = block.rows.map(
        (row) => new TableRow({ children: Array.from({ length: width }, (_, k) => new TableCell({ children: (row[k] ?? '').split('\n').map((line) => new Paragraph(line)) })) }),
      );
      children.push(new Table({ rows }));
    }
  }
  return Packer.toBuffer(new Document({ numbering: { config }, sections: [{ children }] }));
}
