/** Matters arising: the open actions of a body, carried forward to its next meeting with their latest update. */
import type { ServiceContext } from '../context.js';
import { getMeetingRow, nextMeetingOf, type Meeting } from '../meetings/meetings.js';
import { listActions, type ActionListRow } from './query.js';

export interface MattersArising {
  bodyId: number;
  /** The meeting they are carried forward to, when one is scheduled. */
  meeting: Meeting | null;
  actions: ActionListRow[];
}

/**
 * The actions still open that arose before the given meeting (or, without one, before the
 * body's next meeting after today), oldest first.
 */
export async function carryForward(ctx: ServiceContext, bodyId: number, meetingId?: number): Promise<MattersArising> {
  const meeting = meetingId ? await getMeetingRow(ctx, meetingId) : await nextMeetingOf(ctx.db, bodyId, ctx.today);
  if (meeting && meeting.bodyId !== bodyId) return { bodyId, meeting: null, actions: [] };
  const open: ActionListRow[] = [];
  for (let page = 1; ; page++) {
    const result = await listActions(ctx, { bodyId, open: true, sort: 'reference', page, pageSize: 200 });
    open.push(...result.items);
    if (page * result.pageSize >= result.total) break;
  }
  const before = meeting?.date;
  return {
    bodyId,
    meeting,
    actions: open.filter((a) => !before || (a.meetingDate ?? a.updatedAt.toISOString().slice(0, 10)) < before),
  };
}
