import { addDays, type IsoDate } from './dates.js';

export const RECOMMENDATION_SOURCE_KINDS = ['inspection', 'audit', 'scrutiny review', 'panel'] as const;
export type RecommendationSourceKind = (typeof RECOMMENDATION_SOURCE_KINDS)[number];

export const RESPONSES = ['pending', 'accepted', 'partially accepted', 'not accepted'] as const;
export type RecommendationResponse = (typeof RESPONSES)[number];

/** Implementation: not started → being progressed → complete → closed (closed only by the secretariat, with evidence). */
export const IMPLEMENTATION_STATUSES = ['not started', 'being progressed', 'complete', 'closed'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

const NEXT: Record<ImplementationStatus, readonly ImplementationStatus[]> = {
  'not started': ['being progressed', 'complete', 'closed'],
  'being progressed': ['complete', 'closed'],
  complete: ['being progressed', 'closed'],
  closed: ['being progressed'],
};

export function canMoveImplementation(from: ImplementationStatus, to: ImplementationStatus): boolean {
  return NEXT[from].includes(to);
}

/** A response other than pending needs its words; "not accepted" needs the reasons. */
export function responseNeedsText(response: RecommendationResponse): boolean {
  return response !== 'pending';
}

/** Police Act 1996 s55: the commissioner's response to an inspection report is due 56 days after it is published. */
export const INSPECTION_RESPONSE_DAYS = 56;

export function inspectionResponseDue(publishedOn: IsoDate): IsoDate {
  return addDays(publishedOn, INSPECTION_RESPONSE_DAYS);
}

/** Reads a response as written ("Accepted", "Partially Accepted", "Not Accepted", "Agreed in part"). */
export function parseResponse(text: string | null | undefined): RecommendationResponse | null {
  const t = (text ?? '').toLowerCase();
  if (!t.trim()) return null;
  if (/\b(not|un)\s*-?\s*accepted\b|\brejected\b|\bnot agreed\b|\bdeclined\b/.test(t)) return 'not accepted';
  if (/\bpartial(ly)?\b|\bin part\b/.test(t)) return 'partially accepted';
  if (/\baccepted\b|\bagreed\b/.test(t)) return 'accepted';
  return null;
}
