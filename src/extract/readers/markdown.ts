/**
 * Markdown, and text files that are Markdown-ish after a conversion (## headings, **bold**,
 * stray HTML such as <sup>nd</sup>, <b>…</b>, <br>). marked's lexer gives the structure;
 * tab-separated lines are taken out first as table rows, because Markdown would read a
 * line starting with a tab as code.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { Block, ReadResult } from '../blocks.js';
import { htmlToBlocks, parseHtml, textOf } from './html.js';
import { decodeText, splitTabTables, tableCell } from './text.js';

/** Signs that a .txt file is really Markdown (or carries converter HTML). */
export function looksLikeMarkdown(text: string): boolean {
  const signs = [
    /^#{1,6}\s+\S/m,
    /\*\*[^*\n]+\*\*/,
    /<(sup|sub|b|strong|br|p|ul|li|em|i|u)\b[^>]*>/i,
    /^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}/m,
    /\[[^\]\n]+\]\((https?:|mailto:)[^)]+\)/,
  ];
  return signs.some((sign) => sign.test(text));
}

export async function readMarkdown(bytes: Uint8Array, filename: string, format: 'md' | 'txt' = 'md'): Promise<ReadResult> {
  const { text, encoding } = decodeText(bytes);
  const warnings = encoding === 'Windows-1252' ? [`${filename}: not UTF-8; read as Windows-1252.`] : [];
  return { format, blocks: markdownBlocks(text), warnings };
}

export function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const part of splitTabTables(text.replace(/\r\n?/g, '\n').split('\n'), true)) {
    if ('table' in part) blocks.push({ kind: 'table', rows: part.table, where: { line: part.line } });
    else blocks.push(...tokensToBlocks(marked.lexer(part.text.join('\n')), 0));
  }
  return blocks;
}

function tokensToBlocks(tokens: Token[], listLevel: number): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const text = flat(inlineLines(token.tokens ?? []).map((l) => l.text).join(' '));
        if (text) blocks.push({ kind: 'heading', level: (token as Tokens.Heading).depth, text });
        break;
      }
      case 'paragraph':
      case 'text':
        for (const line of inlineLines((token as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: token.raw, text: token.raw } as Token])) {
          blocks.push(line.bold ? { kind: 'paragraph', text: line.text, bold: true } : { kind: 'paragraph', text: line.text });
        }
        break;
      case 'list':
        blocks.push(...listBlocks(token as Tokens.List, listLevel));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const rows = [table.header.map((c) => cellText(c.tokens)), ...table.rows.map((r) => r.map((c) => cellText(c.tokens)))];
        blocks.push({ kind: 'table', rows });
        break;
      }
      case 'html':
        blocks.push(...htmlToBlocks(parseHtml(token.raw)));
        break;
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n')) if (line.trim()) blocks.push({ kind: 'paragraph', text: flat(line) });
        break;
      case 'blockquote':
        blocks.push(...tokensToBlocks((token as Tokens.Blockquote).tokens, listLevel));
        break;
      default:
        break;
    }
  }
  return blocks;
}

function listBlocks(list: Tokens.List, level: number): Block[] {
  const blocks: Block[] = [];
  list.items.forEach((item, i) => {
    const own = item.tokens.filter((t) => t.type !== 'list');
    const text = flat(own.map((t) => ('tokens' in t && t.tokens ? inlineLines(t.tokens).map((l) => l.text).join(' ') : (t.raw ?? ''))).join(' '));
    if (text) {
      const block: Block = { kind: 'list item', text, level, ordered: list.ordered };
      if (list.ordered) block.marker = /^\s*(\d{1,9}[.)])/.exec(item.raw)?.[1] ?? `${Number(list.start || 1) + i}.`;
      blocks.push(block);
    }
    for (const nested of item.tokens.filter((t) => t.type === 'list')) blocks.push(...listBlocks(nested as Tokens.List, level + 1));
  });
  return blocks;
}

interface Line {
  text: string;
  bold: boolean;
}

/**
 * Inline tokens as lines: a line break outside bold text starts a new line (converters put
 * one entry per line), inside bold it is a wrapped title; a line starting in lower case
 * continues the one before.
 */
function inlineLines(tokens: Token[]): Line[] {
  const lines: { parts: { text: string; bold: boolean }[] }[] = [{ parts: [] }];
  const push = (text: string, bold: boolean) => {
    const pieces = text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        if (bold) lines[lines.length - 1]!.parts.push({ text: ' ', bold });
        else lines.push({ parts: [] });
      }
      if (piece) lines[lines.length - 1]!.parts.push({ text: piece, bold });
    });
  };
  const walk = (list: Token[], bold: boolean): void => {
    for (const t of list) {
      if (t.type === 'strong') walk((t as Tokens.Strong).tokens, true);
      else if (t.type === 'br') push('\n', bold);
      else if (t.type === 'html') {
        const tag = /^<\/?([a-z0-9]+)/i.exec(t.raw)?.[1]?.toLowerCase();
        if (tag === 'br') push('\n', bold);
        else if (tag === 'b' || tag === 'strong') boldTag = !t.raw.startsWith('</');
        else push(textOf(parseHtml(t.raw)).replace(/\n/g, ' '), bold || boldTag);
      } else if ('tokens' in t && t.tokens && t.type !== 'text') walk(t.tokens, bold);
      else if (t.type === 'text' && 'tokens' in t && t.tokens) walk(t.tokens, bold);
      else if (t.type === 'escape' || t.type === 'text' || t.type === 'codespan') push(decode((t as Tokens.Text).text), bold || boldTag);
      else push(decode(t.raw), bold || boldTag);
    }
  };
  let boldTag = false;
  walk(tokens, false);
  const out: Line[] = [];
  for (const line of lines) {
    const text = flat(line.parts.map((p) => p.text).join(''));
    if (!text) continue;
    const bold = line.parts.filter((p) => p.text.trim()).every((p) => p.bold);
    const last = out[out.length - 1];
    if (last && /^[a-z]/.test(text) && !/^\(?[a-z]{1,3}[.)]\s/.test(text) && !/[.!?:]$/.test(last.text)) {
      last.text = `${last.text} ${text}`;
      last.bold = last.bold && bold;
    } else out.push({ text, bold });
  }
  return out;
}

function cellText(tokens: Token[]): string {
  return tableCell(inlineLines(tokens).map((l) => l.text).join('\n'));
}

function decode(text: string): string {
  return textOf(parseHtml(text));
}

/** Collapses white space and drops emphasis marks a converter left unpaired. */
function flat(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}
