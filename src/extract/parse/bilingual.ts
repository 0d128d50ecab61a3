/**
 * Bilingual minutes (Welsh bodies): "Yn bresennol / Present:", "1. Croeso ac
 * ymddiheuriadau / Welcome and apologies", "Dyddiad / Date: Dydd Iau 14 Mawrth 2024 /
 * Thursday 14 March 2024". When a document pairs Welsh and English like this, each pair
 * keeps its English side, so the rest of the parser reads English only.
 */
import type { Block } from '../blocks.js';
import { isPersonName } from './names.js';

/** Common Welsh words of minutes that English does not use. */
const WELSH = new Set(
  ('yn yr ac ar gyda cyfarfod cyfarfodydd cofnodion cofnod eitem eitemau dyddiad amser lleoliad ymddiheuriadau bresennol ' +
    'hefyd croeso gweithredu camau cam unrhyw fater materion arall nesaf blaenorol cyngor bwrdd heddlu dydd cadeirydd ' +
    'is-gadeirydd prif swyddog swyddogion datganiadau datgan buddiant diweddariad adroddiad cytunwyd penderfynwyd dim ' +
    'gwasanaeth gwasanaethau cyhoeddus llywodraeth cymru iechyd aelodau cynghorydd cyng pwyllgor panel trafodaeth ' +
    'llun mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr').split(' '),
);

const welshWords = (text: string) => text.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => WELSH.has(w.replace(/\.$/, ''))).length;

/** Which side of " / " the Welsh is on in this document, or null when it does not pair languages. */
function welshSide(texts: string[]): 'left' | 'right' | null {
  let left = 0;
  let right = 0;
  for (const text of texts) {
    for (const pair of pairs(text)) {
      const [a, b] = pair;
      if (welshWords(a) > welshWords(b)) left++;
      else if (welshWords(b) > welshWords(a)) right++;
    }
  }
  if (left + right < 3) return null;
  return left >= right ? 'left' : 'right';
}

/** The "x / y" pairs in a line, each within the commas, dashes, colons and brackets around it. */
function pairs(text: string): [string, string][] {
  return segments(text)
    .filter((s) => / \/ /.test(s))
    .map((s) => s.split(' / '))
    .filter((p): p is [string, string] => p.length === 2);
}

const SEPARATOR = /(\s[–—-]\s|,\s|:\s|;\s|\(|\))/;

function segments(text: string): string[] {
  return text.split(SEPARATOR);
}

/** One line with only its English side of each pair: "1. Croeso / Welcome" → "1. Welcome". */
function english(text: string, welsh: 'left' | 'right', cell = false): string {
  if (!text.includes(' / ')) return text;
  // An owner column's "Euan Galbraith / Mairi Duncan" or "EG / MD" is two people, not two languages.
  const people = (h: string) => /^[A-Z]{2,4}$/.test(h.trim()) || (cell && isPersonName(h.trim()));
  return segments(text)
    .map((segment) => {
      const halves = segment.split(' / ');
      if (halves.length !== 2 || halves.every(people)) return segment;
      const [a, b] = halves as [string, string];
      // Keep a number or label before the pair ("1. Croeso …" keeps "1.").
      const lead = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]{1,6}\d{0,2}\/\d{1,4})\s+/.exec(a)?.[0] ?? '';
      const side = welshWords(a) === welshWords(b) ? welsh : welshWords(a) > welshWords(b) ? 'left' : 'right';
      return side === 'left' ? lead + b : a;
    })
    .join('');
}

export function englishOnly(blocks: Block[]): Block[] {
  const texts = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]));
  const welsh = welshSide(texts);
  if (!welsh) return blocks;
  return blocks.map((b) =>
    b.kind === 'table' ? { ...b, rows: b.rows.map((row) => row.map((cell) => english(cell, welsh, true))) } : { ...b, text: english(b.text, welsh) },
  );
}
