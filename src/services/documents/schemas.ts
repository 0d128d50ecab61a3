import { z } from 'zod';
import { PROTECTIVE_MARKINGS } from '../../domain/meetings.js';
import { flag, id, paging, shortText } from '../schemas.js';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const TOO_BIG = 'The file must be 20 MB or smaller';

const documentFields = z.object({
  title: shortText(300),
  filename: z.string().trim().min(1, 'Enter the file name').max(255, 'Enter 255 characters or fewer')
    .refine((v) => !/[/\\"]/.test(v) && !Array.from(v).some((c) => c < ' '), 'Enter a file name without folders, quotes or control characters, for example minutes.pdf'),
  mediaType: z.string().trim().toLowerCase().max(127)
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, 'Enter a media type such as application/pdf'),
  classification: z.enum(PROTECTIVE_MARKINGS).optional(),
  /** Published documents are seen by the public, unless OFFICIAL-SENSITIVE or papers of an exempt item. */
  published: z.boolean().optional(),
  bodyId: id.nullish(),
  meetingId: id.nullish(),
  agendaItemId: id.nullish(),
  /** The text read from the file, for search (the caller extracts it). */
  textContent: z.string().max(10_000_000).nullish(),
});

export const documentInput = documentFields.extend({
  content: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0, 'The file is empty').refine((b) => b.byteLength <= MAX_DOCUMENT_BYTES, TOO_BIG),
});
export type DocumentInput = z.input<typeof documentInput>;

/** For the JSON API: the file's bytes as base64. */
export const documentUpload = documentFields.extend({
  contentBase64: z.string().min(1, 'The file is empty').max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, TOO_BIG)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Send the file as base64'),
});

export const documentUpdate = documentFields.pick({ title: true, classification: true, textContent: true }).partial();
export type DocumentUpdate = z.input<typeof documentUpdate>;

export const publishInput = z.object({ published: z.boolean() });

export const documentFilter = paging.extend({
  bodyId: id.optional(),
  meetingId: id.optional(),
  agendaItemId: id.optional(),
  classification: z.enum(PROTECTIVE_MARKINGS).optional(),
  published: flag.optional(),
});
export type DocumentFilter = z.input<typeof documentFilter>;
