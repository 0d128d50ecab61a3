import type { Line } from './types.js';

export interface Marker {
  /** As printed: "•", "1.", "3.16", "(a)". */
  text: string;
  ordered: boolean;
  /** The line's text after the marker. */
  rest: string;
}

const BULLET = /^([•●○◦▪▫■□◆◇►▸‣⁃∙·✓✔➢➤→*\-–—])\s+(\S.*)$/;
const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3}){0,3}`;
const ROMAN = String.raw`(?:x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})`;
const LETTER = '[a-zA-Z]';
// "1." "1.2." "a)" "iv." "(b)" "(12)"; "3.16" without a stop only when it has a dot inside.
const ORDERED = new RegExp(
  String.raw`^(\((?:${NUMBER}|${LETTER}|${ROMAN})\)|(?:${NUMBER}|${LETTER}|${ROMAN}|${ROMAN.toUpperCase()})[.)]|\d{1,3}(?:\.\d{1,3}){1,3})\s+(\S.*)$`,
);

/** The list marker a line starts with, if any. */
export function readMarker(line: Line): Marker | undefined {
  const bullet = BULLET.exec(line.text);
  if (bullet) return { text: bullet[1]!, ordered: false, rest: bullet[2]! };
  const ordered = ORDERED.exec(line.text);
  if (ordered) return { text: ordered[1]!, ordered: true, rest: ordered[2]! };
  // A bare number or Word's "o" sub-bullet counts only when a tab stop follows it.
  const [first, second] = line.segments;
  if (first && second && /^(\d{1,3}|o)$/.test(first.text)) {
    return { text: first.text === 'o' ? 'o' : first.text, ordered: first.text !== 'o', rest: line.text.slice(first.text.length).trim() };
  }
  return undefined;
}
