import { addDays, type IsoDate } from './dates.js';
import type { ActionStatus } from './actionStatus.js';
import { isOverdue } from './due.js';

export const RAG_VALUES = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAG_VALUES)[number];

export const AMBER_WINDOW_DAYS = 30;

/**
 * The owner's own RAG wins; without one it is derived: completed → green; overdue → red;
 * due within 30 days and not started → amber; else green. Cancelled actions have none.
 */
export function ragFor(input: { status: ActionStatus; due: IsoDate | null; ownerRag: Rag | null }, today: IsoDate): Rag | null {
  if (input.ownerRag) return input.ownerRag;
  if (input.status === 'cancelled') return null;
  if (input.status === 'completed') return 'green';
  if (isOverdue(input.status, input.due, today)) return 'red';
  if (input.status === 'open' && input.due !== null && input.due <= addDays(today, AMBER_WINDOW_DAYS)) return 'amber';
  return 'green';
}

/** GOV.UK tag colour classes for each RAG value. */
export function ragTagClass(rag: Rag): string {
  return rag === 'red' ? 'govuk-tag--red' : rag === 'amber' ? 'govuk-tag--orange' : 'govuk-tag--green';
}

/** Reads a RAG as written in documents ("R", "Amber", "G", "red/amber" takes the worse). */
export function parseRag(text: string | null | undefined): Rag | null {
  const t = (text ?? '').trim().toLowerCase();
  if (!t) return null;
  if (/\bred\b|^r$/.test(t)) return 'red';
  if (/\bamber\b|^a$/.test(t)) return 'amber';
  if (/\bgreen\b|^g$/.test(t)) return 'green';
  return null;
}
