/**
 * Importing minutes: upload documents, check what was read ("check your answers"), change
 * any part of the record, then confirm it into the record.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { maxUploadBytes } from '../../../services/imports/extraction.js';
import { editActionPages } from './editAction.js';
import { editListPages } from './editLists.js';
import { editMeetingPages } from './editMeeting.js';
import { reviewPages } from './review.js';
import { MAX_FILES, uploadPages } from './upload.js';

export async function importPages(app: FastifyInstance): Promise<void> {
  // Only this area (and the papers) takes files; the rest of the site keeps to plain forms.
  // A file over the limit is cut short rather than failing the whole upload: it is reported on its own.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: maxUploadBytes(), files: MAX_FILES, fields: 10, fieldSize: 1000, parts: MAX_FILES + 10 },
  });
  for (const area of [uploadPages, reviewPages, editMeetingPages, editActionPages, editListPages]) await app.register(area);
}
