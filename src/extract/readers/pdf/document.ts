import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { problems, type ExtractError } from '../../errors.js';
import { readRulings } from './rulings.js';
import type { Rulings, TextRun } from './types.js';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Opens a PDF with pdfjs, turning every way it can fail into an ExtractError that says what to do. */
export async function openPdf(bytes: Uint8Array, filename: string): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw problems.empty(filename);
  if (!startsLikePdf(bytes)) throw problems.corrupt(filename, 'PDF', new Error('it does not start with "%PDF-"'));
  const task = pdfjs.getDocument({
    // A copy: pdfjs may detach the buffer it is given, and refuses Node Buffers.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    isEvalSupported: false,
    // Character maps are read only for the fonts that need them (CJK encodings). Standard font
    // programs are not given: only drawing glyphs needs them, and loading them is slow.
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
    cMapPacked: true,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error, filename);
  }
}

function startsLikePdf(bytes: Uint8Array): boolean {
  // The header may follow some junk, within the first kilobyte.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-');
}

function openError(error: unknown, filename: string): ExtractError {
  if (error instanceof Error && error.name === 'PasswordException') return problems.passwordProtected(filename, 'PDF');
  return problems.corrupt(filename, 'PDF', error);
}

export interface PageContent {
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Rulings;
  /** Pieces of text that are not horizontal (left out). */
  rotated: number;
  /** Characters that could not be decoded (fonts without a character map). */
  undecodable: number;
  /** Whether the drawings (rulings, fonts) were read. */
  drawn: boolean;
}

/** Whether each pdfjs font (by its loaded name) is bold; filled from the operator lists read so far. */
export type BoldFonts = Map<string, boolean>;

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/**
 * The page's text as runs in top-down coordinates, and its ruling lines. A page whose text
 * mostly runs up or down (a landscape table set sideways) is turned to read across. The
 * operator list (drawings and fonts) costs as much again as the text, so it is read only when
 * the page uses a font not yet known or `wantsRulings` says its text may be in a table.
 */
export async function readPage(page: PDFPageProxy, boldFonts: BoldFonts, wantsRulings: (runs: TextRun[]) => boolean): Promise<PageContent> {
  const content = await page.getTextContent();
  const items = (content.items as TextItemLike[]).filter((item) => typeof item.str === 'string' && item.str.trim() !== '');
  const upright = page.getViewport({ scale: 1 });
  const turn = sidewaysTurn(items, upright.transform);
  const viewport = turn === 0 ? upright : page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
  const runs: TextRun[] = [];
  const fonts: string[] = [];
  let rotated = 0;
  let undecodable = 0;
  for (const item of items) {
    const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(c!, d!);
    // Upright text only: the baseline runs left to right (the viewport flips y, so d < 0).
    if (!(a! > 0 && Math.abs(b!) < 0.01 * a! && d! < 0) || size < 1) {
      rotated++;
      continue;
    }
    // Text placed off the page is not seen when printed.
    if (x! + item.width < 0 || x! > viewport.width || y! < 0 || y! - size > viewport.height) continue;
    runs.push({ text: item.str, x0: x!, x1: x! + item.width, y: y!, size, bold: false });
    fonts.push(item.fontName);
    undecodable += (item.str.match(UNDECODABLE) ?? []).length;
  }
  let rulings: Rulings = { horizontal: [], vertical: [] };
  const drawn = fonts.some((font) => !boldFonts.has(font)) || wantsRulings(runs);
  if (drawn) {
    const operators = await page.getOperatorList();
    rulings = readRulings(operators, viewport.transform);
    learnFonts(page, operators, boldFonts);
    // A font the drawings do not name is taken as regular, not asked about on every page.
    for (const font of fonts) if (!boldFonts.has(font)) boldFonts.set(font, false);
  }
  runs.forEach((run, i) => (run.bold = boldFonts.get(fonts[i]!) ?? false));
  return { width: viewport.width, height: viewport.height, runs, rulings, rotated, undecodable, drawn };
}

/** Characters a font without a character map leaves: private-use codes and the replacement character. */
const UNDECODABLE = /[\uE000-\uF8FF\uFFFD]/g;

/** The turn (degrees clockwise) that makes most of the text read left to right: 0 for most pages. */
function sidewaysTurn(items: TextItemLike[], transform: number[]): number {
  const weight = new Map<number, number>();
  for (const item of items) {
    const [a, b] = pdfjs.Util.transform(transform, item.transform) as number[];
    // Baseline direction in top-down coordinates: 0 reads across, -90 up the page, 90 down it.
    const angle = Math.round(Math.atan2(b!, a!) / (Math.PI / 2)) * 90;
    weight.set(angle, (weight.get(angle) ?? 0) + item.str.length);
  }
  const total = [...weight.values()].reduce((sum, w) => sum + w, 0);
  const [angle, most] = [...weight].sort((p, q) => q[1] - p[1])[0] ?? [0, 0];
  return angle === 0 || most < 0.6 * total ? 0 : (360 - angle) % 360;
}

const BOLD_NAME = /bold|black|heavy|demi|semibold|[-,](bd|sb)\b/i;

function learnFonts(page: PDFPageProxy, operators: { fnArray: number[]; argsArray: unknown[] }, boldFonts: BoldFonts): void {
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] !== pdfjs.OPS.setFont) continue;
    const name = (argsArray[i] as [string])[0];
    if (boldFonts.has(name)) continue;
    const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { name?: string; bold?: boolean }) : undefined;
    boldFonts.set(name, Boolean(font?.bold) || BOLD_NAME.test(font?.name ?? ''));
  }
}
