/**
 * Word documents: mammoth converts to HTML (headings, lists, tables, bold), which is then
 * walked into blocks. List numbers that Word generates are put back in first, because
 * agenda items are so often numbered lists.
 */
import mammoth from 'mammoth';
import type { ReadResult } from '../blocks.js';
import { problems } from '../errors.js';
import { numberedParagraphs, normaliseForMatch, type NumberedParagraph } from './docxNumbering.js';
import { htmlToBlocks, parseHtml } from './html.js';
import { ZipDamage } from './zip.js';

/** Separates an injected list number from the paragraph text; invisible if it ever leaks. */
const LABEL_END = '\u2063';

export async function readDocx(bytes: Uint8Array, filename: string): Promise<ReadResult> {
  let numbered: NumberedParagraph[];
  try {
    numbered = numberedParagraphs(bytes);
  } catch (error) {
    throw error instanceof ZipDamage && error.kind === 'truncated' ? problems.truncated(filename, 'Word', error) : problems.corrupt(filename, 'Word', error);
  }
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { transformDocument: (doc: unknown) => putBackListNumbers(doc, numbered), ignoreEmptyParagraphs: true },
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw problems.corrupt(filename, 'Word', error);
  }
  const blocks = htmlToBlocks(parseHtml(html), (text) => {
    const at = text.indexOf(LABEL_END);
    return at < 0 ? { text } : { marker: text.slice(0, at).trim(), text: text.slice(at + 1).trim() };
  });
  // A numbered paragraph inside a table cell keeps its number as text.
  for (const block of blocks) {
    if (block.kind === 'table') block.rows = block.rows.map((row) => row.map((cell) => cell.replaceAll(LABEL_END, ' ')));
    else if (block.kind !== 'list item') block.text = block.text.replaceAll(LABEL_END, ' ');
  }
  const warnings = messages
    .filter((m) => m.type === 'error')
    .map((m) => `${filename}: ${m.message}`);
  return { format: 'docx', blocks, warnings };
}

interface MammothNode {
  type: string;
  value?: string;
  numbering?: { isOrdered: boolean } | null;
  children?: MammothNode[];
}

/** Walks mammoth's document in order, prefixing numbered paragraphs with their label. */
function putBackListNumbers(doc: unknown, numbered: NumberedParagraph[]): unknown {
  let next = 0;
  const visit = (node: MammothNode): void => {
    if (node.type === 'paragraph' && node.numbering?.isOrdered) {
      const text = normaliseForMatch(plainText(node));
      // The same paragraphs in the same order; look a little ahead in case one was skipped.
      for (let i = next; i < Math.min(numbered.length, next + 8); i++) {
        if (numbered[i]!.text === text) {
          node.children = [{ type: 'text', value: numbered[i]!.label + LABEL_END }, ...(node.children ?? [])];
          next = i + 1;
          break;
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(doc as MammothNode);
  return doc;
}

function plainText(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab' || node.type === 'break') return ' ';
  return (node.children ?? []).map(plainText).join('');
}
