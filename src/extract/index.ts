/**
 * The minutes importer's extraction half: a document (txt, Markdown, Word or PDF) in,
 * an ExtractionRecord out, for a person to review before it is imported.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_SIZE_LIMIT_BYTES, problems } from './errors.js';
import { extract } from './parse/index.js';
import { readDocument, type ReadOptions } from './readers/index.js';
import type { ExtractionRecord } from './record.js';

export { extract } from './parse/index.js';
export { readDocument, type ReadOptions } from './readers/index.js';
export { ExtractError, DEFAULT_SIZE_LIMIT_BYTES } from './errors.js';
export { extractionRecordSchema, type ExtractionRecord } from './record.js';
export type { Block, ReadResult } from './blocks.js';

export async function extractBytes(bytes: Uint8Array, filename: string, options: ReadOptions = {}): Promise<ExtractionRecord> {
  const name = basename(filename);
  return extract(await readDocument(bytes, name, options), name);
}

export async function extractFile(path: string, options: ReadOptions = {}): Promise<ExtractionRecord> {
  const name = basename(path);
  const limit = options.maxBytes ?? DEFAULT_SIZE_LIMIT_BYTES;
  let bytes: Buffer;
  try {
    // Check the size first so a huge file is refused without being read into memory.
    const info = await stat(path);
    if (info.isDirectory()) throw problems.unsupported(name, 'a folder');
    if (info.size > limit) throw problems.tooLarge(name, info.size, limit);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') throw problems.missing(path);
    throw error;
  }
  return extractBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, options);
}
