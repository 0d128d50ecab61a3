/** Reading a paper's upload form: its fields, and the file with its words for search. */
import type { FastifyRequest } from 'fastify';
import { readDocument } from '../../../extract/index.js';
import { MAX_DOCUMENT_BYTES } from '../../../services/documents/index.js';
import { fileNameOf, mediaTypeOf, textOf } from '../../../services/imports/extraction.js';
import type { Form } from '../meetings/formInput.js';

export interface Upload {
  fields: Form;
  file: { filename: string; mimetype: string; bytes: Buffer } | null;
  /** Over the size limit: the file was not kept. */
  tooBig: boolean;
}

/** The multipart form, the file read into memory (the documents service keeps it in the database). */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const upload: Upload = { fields: {}, file: null, tooBig: false };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') upload.file = { filename: part.filename, mimetype: part.mimetype, bytes: await part.toBuffer() };
      else upload.fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw error;
    upload.tooBig = true;
  }
  return upload;
}

/** The file as the documents service takes it; no file chosen is an empty one, which it refuses. */
export async function uploadedFile(file: Upload['file']) {
  // Browsers may send names with characters a download header cannot carry.
  const filename = Array.from(fileNameOf(file?.filename ?? ''), (c) => (c < ' ' || c === '"' ? '_' : c)).join('');
  const bytes = file?.bytes ?? Buffer.alloc(0);
  const known = mediaTypeOf(filename);
  return {
    filename: file?.filename ? filename : 'upload',
    mediaType: known === 'application/octet-stream' && file?.mimetype ? file.mimetype : known,
    content: bytes,
    textContent: bytes.byteLength ? await wordsIn(bytes, filename) : null,
  };
}

/** The paper's words, for search; a file that cannot be read is kept all the same, just not searchable. */
async function wordsIn(bytes: Buffer, filename: string): Promise<string | null> {
  try {
    return textOf((await readDocument(bytes, filename, { maxBytes: MAX_DOCUMENT_BYTES })).blocks) || null;
  } catch {
    return null;
  }
}
