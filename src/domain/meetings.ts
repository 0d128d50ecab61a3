/** Meetings: their types, life cycle, attendance and protective marking. */
export const MEETING_TYPES = ['ordinary', 'deep dive', 'escalations', 'AGM', 'task and finish', 'extraordinary'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** scheduled → held → minutes drafted → minutes approved → published; cancelled from scheduled. */
export const MEETING_STATUSES = ['scheduled', 'held', 'minutes drafted', 'minutes approved', 'published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

const MEETING_NEXT: Record<MeetingStatus, readonly MeetingStatus[]> = {
  scheduled: ['held', 'cancelled'],
  held: ['minutes drafted', 'minutes approved'],
  'minutes drafted': ['minutes approved'],
  'minutes approved': ['published', 'minutes drafted'],
  published: ['minutes drafted'],
  cancelled: ['scheduled'],
};

export function canMoveMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_NEXT[from].includes(to);
}

export const ATTENDANCE_KINDS = ['present', 'apologies', 'in attendance', 'absent'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

export const PROTECTIVE_MARKINGS = ['NOT PROTECTIVELY MARKED', 'OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export type ProtectiveMarking = (typeof PROTECTIVE_MARKINGS)[number];
export const DEFAULT_MARKING: ProtectiveMarking = 'OFFICIAL';

/** Schedule 12A Local Government Act 1972, paragraphs 1–7. */
export const EXEMPT_PARAGRAPHS = [1, 2, 3, 4, 5, 6, 7] as const;
export const EXEMPT_PARAGRAPH_TEXT: Record<number, string> = {
  1: 'Information relating to any individual',
  2: 'Information which is likely to reveal the identity of an individual',
  3: 'Information relating to the financial or business affairs of any particular person',
  4: 'Information relating to consultations or negotiations in connection with labour relations',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained',
  6: 'Information which reveals that the authority proposes to give a notice or make an order or direction',
  7: 'Information relating to the prevention, investigation or prosecution of crime',
};

export const STANDING_ITEMS = [
  'apologies',
  'declarations of interest',
  'public forum',
  'minutes of the previous meeting',
  'matters arising',
  'any other business',
  'date of next meeting',
  'exclusion of the press and public',
] as const;
export type StandingItem = (typeof STANDING_ITEMS)[number];

export const DECLARATION_KINDS = ['disclosable pecuniary', 'personal', 'prejudicial', 'other'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
