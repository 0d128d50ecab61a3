import type { FastifyReply } from 'fastify';

export interface DownloadFile {
  filename: string;
  mediaType: string;
  content: Buffer;
}

/** Sends a file as a download, for the API and the pages alike. */
export function sendDownload(reply: FastifyReply, file: DownloadFile): FastifyReply {
  const ascii = file.filename.replace(/[^\x20-\x7e]|"/g, '_');
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .send(file.content);
}
