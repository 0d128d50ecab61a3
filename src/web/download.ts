import type { FastifyReply } from 'fastify';

export interface DownloadFile {
  filename: string;
  mediaType: string;
  content: Buffer | Uint8Array;
}

/** attachment; filename="minutes.pdf"; filename*=UTF-8''… (the plain name keeps to safe ASCII). */
export function contentDisposition(filename: string): string {
  const plain = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Sends a file as a download, for the API and the pages alike: never sniffed as something
 * else, and not kept in shared caches (what a viewer may download depends on who they are).
 */
export function sendDownload(reply: FastifyReply, file: DownloadFile): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
