/** A meeting as a viewer may see it: attendance, agenda, minutes, decisions, declarations and actions by item. */
import { asc, eq } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { canSeeItem } from '../../domain/access.js';
import type { ServiceContext } from '../context.js';
import { listActions, type ActionListRow } from '../actions/query.js';
import { getMeetingRow, nextMeetingOf, previousMeetingOf, type Meeting } from './meetings.js';

const { bodies, attendances, people, organisations, agendaItems, minuteParagraphs, decisions, declarations } = schema;

export interface AgendaItemView {
  id: number;
  number: string | null;
  /** The public title in place of the title when the viewer may not see the exempt item. */
  title: string;
  /** The title the public sees when the item is exempt. */
  publicTitle: string | null;
  exemptParagraph: number | null;
  /** Exempt, and hidden from this viewer: only its public title is shown. */
  withheld: boolean;
  standing: string | null;
  presenter: string | null;
  minutes: { id: number; number: string | null; text: string }[];
  decisions: { id: number; number: string | null; text: string }[];
  actions: ActionListRow[];
}

export interface MeetingView {
  meeting: Meeting;
  body: typeof bodies.$inferSelect;
  attendance: {
    personId: number; name: string; honorific: string | null; initials: string | null; kind: string;
    role: string | null; organisationName: string | null; jobTitle: string | null;
  }[];
  items: AgendaItemView[];
  /** Minutes and decisions not under any item. */
  general: { minutes: AgendaItemView['minutes']; decisions: AgendaItemView['decisions']; actions: ActionListRow[] };
  declarations: { id: number; personName: string; kind: string; interest: string; agendaItemId: number | null }[];
  previous: Meeting | null;
  next: Meeting | null;
}

export async function getMeeting(ctx: ServiceContext, meetingId: number): Promise<MeetingView> {
  const meeting = await getMeetingRow(ctx, meetingId);
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, meeting.bodyId));
  const [attendance, itemRows, minuteRows, decisionRows, declarationRows, actionPage, previous, next] = await Promise.all([
    ctx.db.select({
      personId: people.id, name: people.name, honorific: people.honorific, initials: attendances.initials,
      kind: attendances.kind, role: attendances.role, organisationName: organisations.name, jobTitle: people.role,
    }).from(attendances).innerJoin(people, eq(people.id, attendances.personId))
      .leftJoin(organisations, eq(organisations.id, attendances.organisationId))
      .where(eq(attendances.meetingId, meetingId)).orderBy(asc(attendances.position), asc(attendances.id)),
    ctx.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)),
    ctx.db.select().from(minuteParagraphs).where(eq(minuteParagraphs.meetingId, meetingId)).orderBy(asc(minuteParagraphs.position), asc(minuteParagraphs.id)),
    ctx.db.select().from(decisions).where(eq(decisions.meetingId, meetingId)).orderBy(asc(decisions.position), asc(decisions.id)),
    ctx.db.select({
      id: declarations.id, personName: people.name, kind: declarations.kind, interest: declarations.interest, agendaItemId: declarations.agendaItemId,
    }).from(declarations).innerJoin(people, eq(people.id, declarations.personId)).where(eq(declarations.meetingId, meetingId)),
    listActions(ctx, { meetingId, sort: 'reference', pageSize: 200 }),
    previousMeetingOf(ctx.db, meeting.bodyId, meeting.date),
    nextMeetingOf(ctx.db, meeting.bodyId, meeting.date),
  ]);
  const visible = (exemptParagraph: number | null) =>
    canSeeItem(ctx.viewer, { bodyId: meeting.bodyId, meetingStatus: meeting.status, exemptParagraph });
  const withheldIds = new Set(itemRows.filter((i) => !visible(i.exemptParagraph)).map((i) => i.id));
  const under = <T extends { agendaItemId: number | null }>(rows: T[], itemId: number | null) =>
    rows.filter((r) => r.agendaItemId === itemId && (itemId === null || !withheldIds.has(itemId)));
  const words = (r: { id: number; number: string | null; text: string }) => ({ id: r.id, number: r.number, text: r.text });
  const items: AgendaItemView[] = itemRows.map((i) => {
    const withheld = withheldIds.has(i.id);
    return {
      id: i.id,
      number: i.number,
      title: withheld ? (i.publicTitle ?? 'Exempt item') : i.title,
      publicTitle: i.publicTitle,
      exemptParagraph: i.exemptParagraph,
      withheld,
      standing: i.standing,
      presenter: withheld ? null : i.presenter,
      minutes: under(minuteRows, i.id).map(words),
      decisions: under(decisionRows, i.id).map(words),
      actions: under(actionPage.items, i.id),
    };
  });
  return {
    meeting,
    body: body!,
    attendance,
    items,
    general: { minutes: under(minuteRows, null).map(words), decisions: under(decisionRows, null).map(words), actions: under(actionPage.items, null) },
    declarations: declarationRows.filter((d) => d.agendaItemId === null || !withheldIds.has(d.agendaItemId)),
    previous: previous && (ctx.viewer.kind === 'user' || previous.status === 'published') ? previous : null,
    next: next && (ctx.viewer.kind === 'user' || next.status === 'published') ? next : null,
  };
}
