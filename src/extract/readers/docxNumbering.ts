/**
 * Word keeps list numbers ("5.", "b.") out of the text: a paragraph only points at a
 * numbering definition, and mammoth's HTML drops the number. Agenda items are often
 * such lists, each one its own list starting at the item's number, so the numbers are
 * worked out here from numbering.xml, styles.xml and document.xml.
 */
import { readZipEntry } from './zip.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → abstract list id and any start overrides by level. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
  /** Paragraph styles that carry numbering (numbered headings). */
  styleNumbering: Map<string, { numId: string; level: number }>;
}

/** A numbered paragraph's own text and the number Word shows before it. */
export interface NumberedParagraph {
  text: string;
  label: string;
}

export function numberedParagraphs(docx: Uint8Array): NumberedParagraph[] {
  const numberingXml = readZipEntry(docx, 'word/numbering.xml');
  const documentXml = readZipEntry(docx, 'word/document.xml');
  if (!numberingXml || !documentXml) return [];
  const numbering = readNumbering(numberingXml.toString('utf8'), readZipEntry(docx, 'word/styles.xml')?.toString('utf8') ?? '');
  return labelParagraphs(documentXml.toString('utf8'), numbering);
}

function readNumbering(xml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), {
        start: Number(attr(l[2]!, 'w:start') ?? '1'),
        format: attr(l[2]!, 'w:numFmt') ?? 'decimal',
        text: attr(l[2]!, 'w:lvlText') ?? `%${Number(l[1]) + 1}.`,
      });
    }
    abstracts.set(m[1]!, levels);
  }
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(m[2]!, 'w:abstractNumId');
    if (abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'w:startOverride');
      if (start !== undefined) startOverrides.set(Number(o[1]), Number(start));
    }
    nums.set(m[1]!, { abstractId, startOverrides });
  }
  const styleNumbering = new Map<string, { numId: string; level: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numId = attr(m[2]!, 'w:numId');
    if (numId !== undefined) styleNumbering.set(m[1]!, { numId, level: Number(attr(m[2]!, 'w:ilvl') ?? '0') });
  }
  return { nums, abstracts, styleNumbering };
}

function labelParagraphs(xml: string, numbering: Numbering): NumberedParagraph[] {
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const out: NumberedParagraph[] = [];
  for (const p of xml.matchAll(/<w:p\b(?!P)[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = p[1] ?? '';
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    let numId = attr(properties, 'w:numId');
    let level = Number(attr(properties, 'w:ilvl') ?? '0');
    if (numId === undefined) {
      const style = numbering.styleNumbering.get(attr(properties, 'w:pStyle') ?? '');
      if (!style) continue;
      numId = style.numId;
      level = Number(attr(properties, 'w:ilvl') ?? style.level);
    }
    const num = numbering.nums.get(numId);
    const levels = num && numbering.abstracts.get(num.abstractId);
    const own = levels?.get(level);
    if (!num || !levels || !own || own.format === 'bullet' || own.format === 'none') continue;

    const startOf = (l: number) => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    // A list instance with a start override begins afresh the first time it is used.
    const key = num.startOverrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    if (num.startOverrides.size > 0 && !restarted.has(key)) {
      restarted.add(key);
      counters.delete(key);
    }
    const counts = counters.get(key) ?? [];
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level]! + 1;
    counts.length = level + 1;
    counters.set(key, counts);

    const label = own.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return format(counts[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
    });
    out.push({ text: paragraphText(body), label: label.trim() });
  }
  return out;
}

function format(n: number, kind: string): string {
  switch (kind) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

function attr(xml: string, element: string): string | undefined {
  return new RegExp(`<${element}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];
}

function paragraphText(xml: string): string {
  const parts: string[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)) parts.push(m[1] !== undefined ? m[1] : ' ');
  return normaliseForMatch(decodeXml(parts.join('')));
}

export function normaliseForMatch(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
