import { addDays, type IsoDate } from './dates.js';
import { isClosed, type ActionStatus } from './actionStatus.js';

export const DUE_SOON_DAYS = 14;

/**
 * The date an action is due: its own date when it has one; when its due date is only
 * words ("ASAP", "next meeting"), the body's next meeting once one is scheduled.
 */
export function effectiveDue(due: IsoDate | null, dueText: string | null, nextMeetingDate: IsoDate | null): IsoDate | null {
  if (due) return due;
  if (dueText && dueText.trim() && nextMeetingDate) return nextMeetingDate;
  return null;
}

export function isOverdue(status: ActionStatus, due: IsoDate | null, today: IsoDate): boolean {
  return !isClosed(status) && due !== null && due < today;
}

export function isDueSoon(status: ActionStatus, due: IsoDate | null, today: IsoDate): boolean {
  return !isClosed(status) && due !== null && due >= today && due <= addDays(today, DUE_SOON_DAYS);
}

export type DueState = 'overdue' | 'due soon' | 'not due' | 'no date' | 'closed';

export function dueState(status: ActionStatus, due: IsoDate | null, today: IsoDate): DueState {
  if (isClosed(status)) return 'closed';
  if (due === null) return 'no date';
  if (due < today) return 'overdue';
  if (due <= addDays(today, DUE_SOON_DAYS)) return 'due soon';
  return 'not due';
}
