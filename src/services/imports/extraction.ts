/** Reading a document once: its ExtractionRecord for review, and its text for search. */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { loadConfig } from '../../config.js';
import { ExtractError, extract, readDocument, type Block, type ExtractionRecord } from '../../extract/index.js';

export interface Extracted {
  record: ExtractionRecord;
  /** The document's words, for search. */
  text: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The largest document accepted (OVERSIGHT_MAX_UPLOAD_MB, 20 MB unless set). */
export function maxUploadBytes(): number {
  return Math.floor(loadConfig().OVERSIGHT_MAX_UPLOAD_MB * 1024 * 1024);
}

/** The file's own name, without any folders. */
export function fileNameOf(filename: string): string {
  return basename(filename.replace(/\\/g, '/')) || 'document';
}

export function tooLarge(file: string, size: number, limit: number): string {
  const shown = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
  return `${file}: the file is ${shown(size)}, over the ${shown(limit)} limit. Split it into one document per meeting, ` +
    'or raise OVERSIGHT_MAX_UPLOAD_MB if it really is one set of minutes.';
}

export async function extractDocument(bytes: Uint8Array, file: string, maxBytes: number): Promise<Extracted> {
  try {
    const read = await readDocument(bytes, file, { maxBytes });
    return { record: extract(read, file), text: textOf(read.blocks) };
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    // A parser fault is still this file's problem to report, not the whole run's.
    throw new ExtractError(file, 'unreadable', `${file}: the minutes could not be extracted (${error instanceof Error ? error.message : String(error)}). ` +
      'Check the file opens; if it does, import it through the review screen and enter the record by hand.', { cause: error });
  }
}

/** The blocks as plain text: one line per block, table cells separated by " | ". */
export function textOf(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)).join('\n');
}

const MEDIA_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
};

export function mediaTypeOf(file: string): string {
  return MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
