/**
 * Extraction throughput. Text: MB/s of full extraction (read, parse, record) beside a plain
 * read of the same bytes (decode and split into lines). PDF: pages/s of full extraction
 * beside pdfjs-dist's own getTextContent over the same files (only with the PDF reader).
 * Inputs: the seed documents (../shared/seeds) when present, and the test fixtures.
 *
 *   npx tsx bench/extract.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractBytes } from '../src/extract/index.js';

export interface Row {
  name: string;
  figure: string;
  baseline: string;
  ratio: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = [join(root, '..', 'shared', 'seeds'), join(root, 'test', 'fixtures', 'extract', 'docs')].filter(existsSync);

function files(extensions: string[]): { name: string; bytes: Uint8Array }[] {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => extensions.includes(extname(f)))
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(folder, f))) })),
  );
}

/** Runs `work` until at least `minMs` have passed (after one warm-up run); returns runs per second. */
async function rate(work: () => Promise<unknown> | unknown, minMs = 1500): Promise<number> {
  await work();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    await work();
    runs++;
  }
  return runs / ((performance.now() - start) / 1000);
}

async function textRow(): Promise<Row | null> {
  const docs = files(['.txt', '.md']);
  if (!docs.length) return null;
  const megabytes = docs.reduce((n, d) => n + d.bytes.byteLength, 0) / (1024 * 1024);
  const plain = await rate(() => {
    let lines = 0;
    for (const d of docs) lines += new TextDecoder().decode(d.bytes).split(/\r?\n/).length;
    return lines;
  });
  const full = await rate(async () => {
    for (const d of docs) await extractBytes(d.bytes, d.name);
  });
  return {
    name: `txt/md extraction (${docs.length} files, ${(megabytes * 1024).toFixed(0)} KB)`,
    figure: `${(full * megabytes).toFixed(2)} MB/s`,
    baseline: `${(plain * megabytes).toFixed(0)} MB/s plain read (decode + split lines)`,
    ratio: `${(plain / full).toFixed(0)}× slower than a plain read`,
  };
}

async function pdfRow(): Promise<Row | null> {
  if (!existsSync(join(root, 'src', 'extract', 'readers', 'pdf.ts'))) return null;
  const docs = files(['.pdf']);
  if (!docs.length) return null;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages = 0;
  const textContent = async () => {
    pages = 0;
    for (const d of docs) {
      const doc = await pdfjs.getDocument({ data: d.bytes.slice(), useSystemFonts: true, isEvalSupported: false }).promise;
      for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
      pages += doc.numPages;
      await doc.destroy();
    }
  };
  const baseline = await rate(textContent, 3000);
  const full = await rate(async () => {
    for (const d of docs) await extractBytes(d.bytes.slice(), d.name);
  }, 3000);
  return {
    name: `pdf extraction (${docs.length} files, ${pages} pages)`,
    figure: `${(full * pages).toFixed(1)} pages/s`,
    baseline: `${(baseline * pages).toFixed(1)} pages/s pdfjs getTextContent`,
    ratio: `${(baseline / full).toFixed(2)}× the time of pdfjs text extraction`,
  };
}

export async function benchExtract(): Promise<Row[]> {
  return [await textRow(), await pdfRow()].filter((row): row is Row => row !== null);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchExtract();
  console.table(rows);
}
