/**
 * The ExtractionRecord: what one minutes document (or review report) yields, in the shape
 * of ../shared/gold/SCHEMA.md. The importer writes it, a person reviews and edits it, and
 * the import service validates the edited record with `extractionRecordSchema`.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const text = z.string().trim().min(1);

export const ACTION_RECORD_STATUSES = ['open', 'ongoing', 'completed', 'deferred'] as const;
export const RECOMMENDATION_RECORD_RESPONSES = ['accepted', 'partially accepted', 'not accepted'] as const;

export const meetingRecordSchema = z.object({
  body: text.nullable(),
  title: text.nullable(),
  date: isoDate.nullable(),
  venue: text.nullable(),
  startTime: clockTime.nullable(),
});

export const attendeeRecordSchema = z.object({
  name: text,
  initials: text.nullable(),
  role: text.nullable(),
  organisation: text.nullable(),
});

export const apologyRecordSchema = z.object({
  name: text,
  role: text.nullable(),
  organisation: text.nullable(),
});

export const itemRecordSchema = z.object({
  number: text,
  title: text,
});

export const actionRecordSchema = z.object({
  text,
  owners: z.array(text),
  dueText: text.nullable(),
  due: isoDate.nullable(),
  status: z.enum(ACTION_RECORD_STATUSES).nullable(),
  item: text.nullable(),
  fromPreviousMeeting: z.boolean(),
  update: text.nullable(),
  parent: text.nullable(),
  resources: text.nullable(),
  rag: z.enum(['red', 'amber', 'green']).nullable(),
});

export const recommendationRecordSchema = z.object({
  number: text,
  text,
  response: z.enum(RECOMMENDATION_RECORD_RESPONSES).nullable(),
  responseText: text.nullable(),
});

export const nextMeetingRecordSchema = z.object({
  date: isoDate.nullable(),
  startTime: clockTime.nullable(),
  venue: text.nullable(),
});

export const extractionRecordSchema = z.object({
  source: text,
  kind: z.enum(['minutes', 'report']),
  meeting: meetingRecordSchema,
  attendees: z.array(attendeeRecordSchema),
  apologies: z.array(apologyRecordSchema),
  items: z.array(itemRecordSchema),
  actions: z.array(actionRecordSchema),
  recommendations: z.array(recommendationRecordSchema),
  decisions: z.array(text),
  nextMeeting: nextMeetingRecordSchema.nullable(),
  /** What the importer had to guess or skip, for the person who reviews the record. */
  warnings: z.array(z.string()).optional(),
});

export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
export type AttendeeRecord = z.infer<typeof attendeeRecordSchema>;
export type ApologyRecord = z.infer<typeof apologyRecordSchema>;
export type ItemRecord = z.infer<typeof itemRecordSchema>;
export type ActionRecord = z.infer<typeof actionRecordSchema>;
export type ActionRecordStatus = (typeof ACTION_RECORD_STATUSES)[number];
export type RecommendationRecord = z.infer<typeof recommendationRecordSchema>;
export type RecommendationRecordResponse = (typeof RECOMMENDATION_RECORD_RESPONSES)[number];
export type NextMeetingRecord = z.infer<typeof nextMeetingRecordSchema>;
export type ExtractionRecord = z.infer<typeof extractionRecordSchema>;
