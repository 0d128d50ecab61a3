/**
 * Which reader a document goes to: by what its bytes are (PDF and zip signatures, Markdown
 * signs in a .txt) before what its name says, with clear errors for what cannot be read.
 */
import { extname } from 'node:path';
import type { ReadResult } from '../blocks.js';
import { DEFAULT_SIZE_LIMIT_BYTES, ExtractError, problems } from '../errors.js';
import { readDocx } from './docx.js';
import { looksLikeMarkdown, readMarkdown } from './markdown.js';
import { decodeText, readText } from './text.js';
import { readZipEntry, ZipDamage } from './zip.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes (20 MB unless said otherwise). */
  maxBytes?: number;
}

type PdfReader = (bytes: Uint8Array, filename: string) => Promise<ReadResult>;

export async function readDocument(bytes: Uint8Array, filename: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limit = options.maxBytes ?? DEFAULT_SIZE_LIMIT_BYTES;
  if (bytes.byteLength === 0) throw problems.empty(filename);
  if (bytes.byteLength > limit) throw problems.tooLarge(filename, bytes.byteLength, limit);

  const result = await read(bytes, filename).catch((error: unknown) => {
    throw error instanceof ExtractError ? error : asExtractError(error, filename);
  });
  const hasText = result.blocks.some((b) => (b.kind === 'table' ? b.rows.some((r) => r.some((c) => c.trim())) : b.text.trim()));
  if (!hasText) throw result.format === 'pdf' ? problems.noTextLayer(filename) : problems.empty(filename);
  return result;
}

async function read(bytes: Uint8Array, filename: string): Promise<ReadResult> {
  const extension = extname(filename).toLowerCase();
  const kind = sniff(bytes);
  if (kind === 'pdf') return (await pdfReader())(bytes, filename);
  if (kind === 'zip') {
    if (hasWordDocument(bytes, filename)) return readDocx(bytes, filename);
    if (extension === '.docx') throw problems.corrupt(filename, 'Word');
    throw problems.unsupported(filename, `a zip-based ${extension || 'file'} that is not a Word document`);
  }
  if (kind === 'ole') {
    if (isEncryptedOffice(bytes)) throw problems.passwordProtected(filename, 'Word');
    throw problems.unsupported(filename, 'an old-style Word .doc (or other Office 97–2003) file');
  }
  if (kind === 'rtf') throw problems.unsupported(filename, 'a Rich Text (.rtf) file');
  if (extension === '.pdf') throw problems.corrupt(filename, 'PDF');
  if (extension === '.docx') throw problems.corrupt(filename, 'Word');
  if (kind === 'binary' || !['.txt', '.text', '.md', '.markdown', ''].includes(extension)) {
    throw problems.unsupported(filename, `a ${extension || 'file without an extension'}${kind === 'binary' ? ' that is not text' : ''}`);
  }
  if (extension === '.md' || extension === '.markdown') return readMarkdown(bytes, filename, 'md');
  return looksLikeMarkdown(decodeText(bytes).text) ? readMarkdown(bytes, filename, 'txt') : readText(bytes, filename);
}

function hasWordDocument(bytes: Uint8Array, filename: string): boolean {
  try {
    return readZipEntry(bytes, 'word/document.xml') !== null;
  } catch (error) {
    // Named .docx, or a zip whose first entries are a Word document's: say "Word file", not "zip".
    const word = extname(filename).toLowerCase() === '.docx' || Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).includes('word/');
    const format = word ? 'Word' : 'zip';
    if (error instanceof ZipDamage && error.kind === 'truncated') throw problems.truncated(filename, format, error);
    throw problems.corrupt(filename, format, error);
  }
}

function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'rtf' | 'binary' | 'text' {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  if (head.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'binary';
  return 'text';
}

/** A password-protected .docx is an OLE container holding an EncryptionInfo stream. */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/**
 * The PDF reader (./pdf.ts, with pdfjs-dist) is loaded on first use, so that text and Word
 * documents never pay for loading pdfjs.
 */
async function pdfReader(): Promise<PdfReader> {
  return (await import('./pdf.js')).readPdf;
}

function asExtractError(error: unknown, filename: string): ExtractError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return problems.passwordProtected(filename, 'PDF');
  if (name === 'InvalidPDFException' || name === 'FormatError') return problems.corrupt(filename, 'PDF', error);
  return problems.unreadable(filename, error);
}
