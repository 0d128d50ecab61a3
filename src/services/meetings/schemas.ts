import { z } from 'zod';
import {
  ATTENDANCE_KINDS, DECLARATION_KINDS, MEETING_STATUSES, MEETING_TYPES, PROTECTIVE_MARKINGS, STANDING_ITEMS,
} from '../../domain/meetings.js';
import { id, isoDate, longText, optionalText, paging, shortText, time } from '../schemas.js';

export const meetingInput = z.object({
  bodyId: id,
  type: z.enum(MEETING_TYPES).optional(),
  title: optionalText(300),
  date: isoDate,
  startTime: time.nullish(),
  endTime: time.nullish(),
  venue: optionalText(300),
  virtual: z.boolean().optional(),
  protectiveMarking: z.enum(PROTECTIVE_MARKINGS).optional(),
});
export type MeetingInput = z.input<typeof meetingInput>;
export const meetingUpdate = meetingInput.omit({ bodyId: true }).partial();

export const meetingStatusInput = z.object({ status: z.enum(MEETING_STATUSES) });

export const meetingFilter = paging.extend({
  bodyId: id.optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  type: z.enum(MEETING_TYPES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  order: z.enum(['newest', 'oldest']).default('newest'),
});
export type MeetingFilter = z.input<typeof meetingFilter>;

export const attendanceEntry = z.object({
  personId: id,
  kind: z.enum(ATTENDANCE_KINDS).default('present'),
  initials: z.string().trim().regex(/^[A-Za-z]{1,6}$/, 'Enter initials as letters only').nullish().transform((v) => v?.toUpperCase() ?? null),
  role: optionalText(120),
  organisationId: id.nullish().transform((v) => v ?? null),
});
export const attendanceInput = z.object({ attendees: z.array(attendanceEntry).max(500) });
export type AttendanceInput = z.input<typeof attendanceInput>;

const exemptParagraph = z.coerce.number().int().min(1, 'Choose a paragraph of Schedule 12A from 1 to 7').max(7, 'Choose a paragraph of Schedule 12A from 1 to 7');

export const agendaItemInput = z.object({
  number: optionalText(20),
  title: shortText(500),
  publicTitle: optionalText(500),
  exemptParagraph: exemptParagraph.nullish().transform((v) => v ?? null),
  standing: z.enum(STANDING_ITEMS).nullish(),
  presenter: optionalText(200),
  position: z.number().int().min(0).optional(),
});
export type AgendaItemInput = z.input<typeof agendaItemInput>;

export const minuteInput = z.object({
  agendaItemId: id.nullish(),
  number: optionalText(20),
  text: longText(20_000),
});
export type MinuteInput = z.input<typeof minuteInput>;

export const declarationInput = z.object({
  personId: id,
  agendaItemId: id.nullish(),
  kind: z.enum(DECLARATION_KINDS).optional(),
  interest: shortText(2000),
});
export type DeclarationInput = z.input<typeof declarationInput>;

export const decisionInput = z.object({
  agendaItemId: id.nullish(),
  number: optionalText(20),
  text: longText(5000),
});
export type DecisionInput = z.input<typeof decisionInput>;
