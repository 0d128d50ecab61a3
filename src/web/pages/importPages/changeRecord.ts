/** What the forms that change part of an import's record share: loading it, saving it, and its errors on the form. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ExtractionRecord } from '../../../extract/record.js';
import { InvalidInput } from '../../../services/errors.js';
import { recordUnderReview, saveReviewedRecord } from '../../../services/imports/reviewing.js';
import { allow, idParam } from '../meetings/access.js';

export interface UnderReview {
  id: number;
  filename: string;
  record: ExtractionRecord;
}

/** The record to change; null once the reply has gone back to the import, which is no longer awaiting review. */
export async function recordToChange(request: FastifyRequest, reply: FastifyReply): Promise<UnderReview | null> {
  allow(request, 'import.run');
  const found = await recordUnderReview(request.ctx, idParam(request));
  if (found.status !== 'extracted' || !found.record) {
    await reply.redirect(`/import/${found.id}`, 303);
    return null;
  }
  return { id: found.id, filename: found.filename, record: found.record };
}

/**
 * Saves the changed record. The service names fields by their place in the record
 * ("actions.2.due"); `onForm` turns each into the form's field ("due"), so the error shows
 * beside it. Problems elsewhere in the record keep their own name.
 */
export async function saveChanged(request: FastifyRequest, importId: number, record: ExtractionRecord, onForm: (field: string) => string | null): Promise<void> {
  try {
    await saveReviewedRecord(request.ctx, importId, record);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    throw new InvalidInput(error.problems.map((p) => ({ ...p, field: onForm(p.field) ?? p.field })));
  }
}

/** "14.30" or "9:05" as the record's HH:MM; anything else as typed, for the record's schema to refuse. */
export function clockTime(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(v);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : v;
}
