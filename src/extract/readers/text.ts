/**
 * Plain text minutes: one block per line (or per wrapped paragraph), bullets as list
 * items, tab-separated lines as table rows. Text comes as UTF-8 or, when it is not valid
 * UTF-8, as Windows-1252 (what Word's "Save as plain text" writes on Windows).
 */
import iconv from 'iconv-lite';
import type { Block, ReadResult } from '../blocks.js';
import { cleanCell, parseHtml, textOf } from './html.js';

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(start)), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buf, 'windows-1252'), encoding: 'Windows-1252' };
  }
}

export async function readText(bytes: Uint8Array, filename: string): Promise<ReadResult> {
  const { text, encoding } = decodeText(bytes);
  const warnings = encoding === 'Windows-1252' ? [`${filename}: not UTF-8; read as Windows-1252.`] : [];
  return { format: 'txt', blocks: textBlocks(text), warnings };
}

/**
 * Table rows: lines with a tab, and lines written with pipes ("| Name | Role |", two or
 * more of them in a row); a table carries on over single blank lines. A pipe table's rule
 * line ("|---|---|") is dropped.
 */
export function splitTabTables(lines: string[], markdown = false): ({ table: string[][]; line: number } | { text: string[]; line: number })[] {
  const parts: ({ table: string[][]; line: number } | { text: string[]; line: number })[] = [];
  const pipes = pipeRows(lines, markdown);
  const isRow = (k: number) => pipes.has(k) || (lines[k]!.includes('\t') && !!lines[k]!.replace(/\t/g, '').trim());
  let i = 0;
  while (i < lines.length) {
    if (isRow(i)) {
      const start = i;
      const rows: string[][] = [];
      while (i < lines.length) {
        if (isRow(i)) {
          const cells = pipes.get(i) ?? lines[i]!.split('\t');
          if (!cells.every((c) => RULE_CELL.test(c))) rows.push(cells.map(tableCell));
          i++;
        } else if (!lines[i]!.trim() && nextNonBlankIsRow(lines, i, isRow)) i++;
        else break;
      }
      parts.push({ table: rows, line: start + 1 });
    } else {
      const start = i;
      const text: string[] = [];
      while (i < lines.length && !isRow(i)) text.push(lines[i++]!);
      parts.push({ text, line: start + 1 });
    }
  }
  return parts;
}

function nextNonBlankIsRow(lines: string[], from: number, isRow: (k: number) => boolean): boolean {
  for (let j = from; j < lines.length; j++) if (lines[j]!.trim()) return isRow(j);
  return false;
}

const RULE_CELL = /^\s*:?-{3,}:?\s*$/;

/**
 * "| a | b |" (or "a | b | c") lines, two or more together, as their cells. In Markdown a
 * table with its rule line is left to the Markdown reader.
 */
function pipeRows(lines: string[], markdown: boolean): Map<number, string[]> {
  const cells = (line: string): string[] | null => {
    const t = line.trim();
    const edged = t.startsWith('|') && t.endsWith('|') && t.length > 2;
    const inner = edged ? t.slice(1, -1) : t;
    const split = inner.split(/(?<!\\)\|/);
    return (edged && split.length >= 2) || split.length >= 3 ? split.map((c) => c.replace(/\\\|/g, '|')) : null;
  };
  const found = new Map<number, string[]>();
  for (let k = 0; k < lines.length; k++) {
    const row = cells(lines[k]!);
    const neighbour = (j: number) => j >= 0 && j < lines.length && cells(lines[j]!) !== null;
    if (row && (neighbour(k - 1) || neighbour(k + 1))) found.set(k, row);
  }
  if (!markdown) return found;
  const groups: number[][] = [];
  for (const k of found.keys()) {
    if (found.has(k - 1)) groups[groups.length - 1]!.push(k);
    else groups.push([k]);
  }
  for (const group of groups) {
    if (group.some((k) => found.get(k)!.every((c) => RULE_CELL.test(c)))) for (const k of group) found.delete(k);
  }
  return found;
}

/** Converters leave HTML (<p>, <ul><li>, <b>, &amp;) inside cells; keep its line structure only. */
export function tableCell(raw: string): string {
  if (!/[<&]/.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  return cleanCell(textOf(parseHtml(raw)));
}

const BULLET = /^(\s*)(?:[-*•●▪◦‣∙·–]|o(?=\s))\s+(.*)$/;

export function textBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  for (const part of splitTabTables(lines)) {
    if ('table' in part) {
      blocks.push({ kind: 'table', rows: part.table, where: { line: part.line } });
      continue;
    }
    let paragraph: { text: string; line: number } | null = null;
    const flush = () => {
      if (paragraph) blocks.push(lineBlock(paragraph.text, paragraph.line));
      paragraph = null;
    };
    part.text.forEach((raw, k) => {
      const line = raw.replace(/\s+$/, '');
      const number = part.line + k;
      if (!line.trim()) return flush();
      if (/^\s*(=+|-{3,}|_{3,})\s*$/.test(line)) {
        // A rule, or the underline of a Setext heading.
        const last = paragraph as { text: string; line: number } | null;
        if (last && /^\s*=+\s*$/.test(line)) {
          blocks.push({ kind: 'heading', level: 1, text: last.text.trim(), where: { line: last.line } });
          paragraph = null;
        } else flush();
        return;
      }
      if (paragraph && continuesParagraph(paragraph.text, line)) {
        paragraph.text += ` ${line.trim()}`;
        return;
      }
      flush();
      paragraph = { text: line, line: number };
    });
    flush();
  }
  return blocks;
}

/**
 * A hard-wrapped line carries on when the next line starts in lower case, or when the line
 * breaks after a word that cannot end one ("and", "the", "of", a hyphen). Lines starting in
 * capitals are separate entries: converted minutes put one attendee, one action a line.
 */
function continuesParagraph(previous: string, next: string): boolean {
  const trimmed = next.trim();
  if (BULLET.test(next) || /^\(?(\d{1,3}|[a-z]{1,3})[.)]\s/.test(trimmed)) return false;
  if (/[.!?:;]$/.test(previous.trim())) return false;
  if (/^[a-z]/.test(trimmed)) return true;
  return /(\b(and|or|of|the|to|in|for|with|a|an|on|at|by|from|that)|-)$/i.test(previous.trim());
}

function lineBlock(raw: string, line: number): Block {
  const bullet = BULLET.exec(raw);
  if (bullet) {
    return { kind: 'list item', text: bullet[2]!.trim(), level: Math.floor(bullet[1]!.replace(/\t/g, '    ').length / 2), ordered: false, where: { line } };
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && text.split(' ').length <= 12 && !/[.,;]$/.test(text)) {
    return { kind: 'heading', level: 2, text, where: { line } };
  }
  return { kind: 'paragraph', text, where: { line } };
}
