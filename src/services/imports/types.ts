/** What the importer reports: a review before confirming, a summary after, a result per file. */
import type { ExtractionRecord } from '../../extract/record.js';
import type { NameMatchHow } from './matchNames.js';
import type { PersonMatchHow } from './matchPeople.js';

export interface Counts {
  created: number;
  matched: number;
}

export interface ImportSummary {
  body: 'created' | 'matched';
  meeting: 'created' | 'matched';
  people: Counts;
  organisations: Counts;
  /** Attendance and apologies added to the meeting. */
  attendance: number;
  agendaItems: Counts;
  decisions: number;
  actions: { created: number; updated: number; unchanged: number };
  recommendations: { created: number; updated: number; unchanged: number };
  planActions: number;
  nextMeeting: 'scheduled' | 'already in the record' | null;
  /** What the importer could not do as the record said, for a person to check. */
  warnings: string[];
}

export function emptySummary(): ImportSummary {
  return {
    body: 'matched',
    meeting: 'matched',
    people: { created: 0, matched: 0 },
    organisations: { created: 0, matched: 0 },
    attendance: 0,
    agendaItems: { created: 0, matched: 0 },
    decisions: 0,
    actions: { created: 0, updated: 0, unchanged: 0 },
    recommendations: { created: 0, updated: 0, unchanged: 0 },
    planActions: 0,
    nextMeeting: null,
    warnings: [],
  };
}

/** What a name in the record would become: an existing record (and why), or a new one. */
export type Match<T> = { existing: T; how: string } | { existing: null; how: 'new' };

export interface ReviewPerson {
  name: string;
  as: 'attendee' | 'apology';
  match: Match<{ id: number; name: string }>;
}

export interface ReviewOwner {
  /** Index of the action in the record. */
  action: number;
  owner: string;
  resolved:
    | { kind: 'person'; id: number | null; name: string; how: PersonMatchHow | 'new' }
    | { kind: 'organisation'; id: number; name: string; how: NameMatchHow }
    | { kind: 'team'; team: string };
}

export interface ReviewAction {
  index: number;
  text: string;
  fromPreviousMeeting: boolean;
  match: Match<{ id: number; reference: string; status: string }>;
}

export interface ImportReview {
  /** The imports row: the new one, or for an unchanged file the earlier import of the same content. */
  importId: number;
  status: 'extracted' | 'unchanged' | 'failed';
  filename: string;
  sha256: string;
  /** Why extraction failed, naming the file and what to do. */
  error: string | null;
  record: ExtractionRecord | null;
  /** The meeting an unchanged file was imported into. */
  meetingId: number | null;
  body: Match<{ id: number; name: string; shortName: string }> | null;
  meeting: Match<{ id: number; date: string; title: string | null; status: string }> | null;
  people: ReviewPerson[];
  owners: ReviewOwner[];
  actions: ReviewAction[];
}

export interface ImportOutcome {
  importId: number;
  meetingId: number;
  meetingDate: string;
  bodyId: number;
  bodyName: string;
  summary: ImportSummary;
}

export interface FileResult {
  status: 'created' | 'updated' | 'unchanged' | 'failed';
  file: string;
  importId: number | null;
  meetingId: number | null;
  /** The body and date of the meeting, for saying which meeting it was. */
  bodyName: string | null;
  meetingDate: string | null;
  summary: ImportSummary | null;
  error: string | null;
}
