/**
 * A small HTML reader for the HTML mammoth writes and the stray HTML that converters
 * leave in text and Markdown files (<sup>nd</sup>, <b>…</b>, <br>, whole <p>/<ul> runs
 * inside table cells). It builds a plain element tree and turns it into blocks.
 */
import type { Block } from '../blocks.js';

export interface HtmlElement {
  tag: string;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'wbr']);
/** Opening one of these closes an open one of the same kind (HTML's implied end tags). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'tr', 'td', 'th']);

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|[^<]+|</g)) {
    const token = m[0];
    if (token.startsWith('<!--')) continue;
    const tag = m[1]?.toLowerCase();
    if (!tag) {
      top().children.push(decodeEntities(token));
      continue;
    }
    if (token.startsWith('</')) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(tag) && top().tag === tag) stack.pop();
    const element: HtmlElement = { tag, children: [] };
    top().children.push(element);
    if (!VOID.has(tag) && m[2] !== '/') stack.push(element);
  }
  return root;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', pound: '£', euro: '€', copy: '©',
};

const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'blockquote', 'section', 'article', 'dl', 'dt', 'dd']);

/** The text of an element with block boundaries as line breaks (for table cells). */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  if (node.tag === 'sup' || node.tag === 'sub') return node.children.map(textOf).join('');
  const inner = node.children.map(textOf).join('');
  return BLOCK_TAGS.has(node.tag) ? `\n${inner}\n` : inner;
}

const STRAY_TAG = /<\/?(?:p|ul|ol|li|b|strong|i|em|u|br|div|span|sup|sub|table|tr|td|th|h[1-6])\b[^<>]*>/i;

/**
 * Text that still holds HTML as characters (a converter escaped it: "&lt;p&gt;a) …") is
 * read as HTML once more, keeping its line structure.
 */
export function withoutStrayHtml(text: string): string {
  return STRAY_TAG.test(text) ? textOf(parseHtml(text)) : text;
}

export function cleanCell(text: string): string {
  return withoutStrayHtml(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** True when all the element's text sits inside <strong>/<b>. */
function isAllBold(node: HtmlNode): boolean {
  if (typeof node === 'string') return node.trim() === '';
  if (node.tag === 'strong' || node.tag === 'b') return textOf(node).trim() !== '';
  const meaningful = node.children.filter((c) => (typeof c === 'string' ? c.trim() !== '' : textOf(c).trim() !== ''));
  return meaningful.length > 0 && meaningful.every(isAllBold);
}

/**
 * Splits a paragraph that opens with a bold heading run and goes on in plain text
 * ("<b>Actions arising from the meeting</b> Homelessness to be…"), which converters
 * produce when they join lines; a bold lead ending in a colon ("Resolved:") stays put.
 */
function boldLead(p: HtmlElement): { lead: string; rest: string } | null {
  const first = p.children.find((c) => (typeof c === 'string' ? c.trim() !== '' : true));
  if (!first || typeof first === 'string' || !(first.tag === 'strong' || first.tag === 'b')) return null;
  const lead = inline(textOf(first));
  const rest = inline(p.children.slice(p.children.indexOf(first) + 1).map(textOf).join(''));
  if (!rest || /[:.]$/.test(lead) || lead.split(' ').length > 12 || !/^[A-Z0-9]/.test(rest)) return null;
  return { lead, rest };
}

function inline(text: string): string {
  return withoutStrayHtml(text).replace(/\s+/g, ' ').trim();
}

/** Turns an HTML tree into blocks; `listMarker` reads a list item's own number when it carries one. */
export function htmlToBlocks(root: HtmlElement, listMarker: (text: string) => { marker?: string; text: string } = (t) => ({ text: t })): Block[] {
  const blocks: Block[] = [];
  const walk = (node: HtmlNode, listLevel: number, ordered: boolean): void => {
    if (typeof node === 'string') {
      const text = inline(node);
      if (text) blocks.push({ kind: 'paragraph', text });
      return;
    }
    const tag = node.tag;
    if (/^h[1-6]$/.test(tag)) {
      const text = inline(textOf(node));
      if (text) blocks.push({ kind: 'heading', level: Number(tag[1]), text });
    } else if (tag === 'p') {
      const split = boldLead(node);
      if (split) {
        blocks.push({ kind: 'paragraph', text: split.lead, bold: true }, { kind: 'paragraph', text: split.rest });
        return;
      }
      for (const line of textOf(node).split('\n')) {
        const text = inline(line);
        if (text) blocks.push(isAllBold(node) ? { kind: 'paragraph', text, bold: true } : { kind: 'paragraph', text });
      }
    } else if (tag === 'ul' || tag === 'ol') {
      for (const child of node.children) walk(child, listLevel + 1, tag === 'ol');
    } else if (tag === 'li') {
      const own = node.children.filter((c) => typeof c === 'string' || (c.tag !== 'ul' && c.tag !== 'ol' && c.tag !== 'table'));
      const text = inline(own.map(textOf).join(' '));
      if (text) {
        const read = listMarker(text);
        const item: Block = { kind: 'list item', text: read.text, level: Math.max(0, listLevel - 1), ordered };
        if (read.marker) item.marker = read.marker;
        blocks.push(item);
      }
      for (const child of node.children) if (!own.includes(child)) walk(child, listLevel, ordered);
    } else if (tag === 'table') {
      const rows = tableRows(node);
      if (rows.length) blocks.push({ kind: 'table', rows });
    } else {
      for (const child of node.children) walk(child, listLevel, ordered);
    }
  };
  walk(root, 0, false);
  return blocks;
}

export function tableRows(table: HtmlElement): string[][] {
  const rows: string[][] = [];
  const visit = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'tr') {
        const cells = child.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
        rows.push(cells.map((c) => cleanCell(textOf(c))));
      } else if (child.tag !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}
