/**
 * Checks shared by records that hang off a body, a meeting or an agenda item (escalations,
 * work programme, feedback, documents): each reference must exist and belong together, and
 * the error names the field.
 */
import { eq } from 'drizzle-orm';
import { schema } from '../db/index.js';
import type { Executor } from '../db/connection.js';
import { InvalidInput, say } from './errors.js';

const { bodies, meetings, agendaItems, people } = schema;

export async function assertBody(tx: Executor, bodyId: number, field = 'bodyId'): Promise<{ id: number; name: string }> {
  const [row] = await tx.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.id, bodyId));
  if (!row) throw InvalidInput.field(field, say('noBody', { id: bodyId }));
  return row;
}

export async function assertPerson(tx: Executor, personId: number | null | undefined, field: string): Promise<void> {
  if (!personId) return;
  const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (!row) throw InvalidInput.field(field, say('noPerson', { id: personId }));
}

/** The meeting, which must be one of the body's. */
export async function meetingOfBody(tx: Executor, meetingId: number, bodyId: number, field = 'meetingId') {
  const [m] = await tx.select({ id: meetings.id, bodyId: meetings.bodyId, date: meetings.date, status: meetings.status })
    .from(meetings).where(eq(meetings.id, meetingId));
  if (!m) throw InvalidInput.field(field, say('noMeeting', { id: meetingId }));
  if (m.bodyId !== bodyId) {
    const [body] = await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, bodyId));
    throw InvalidInput.field(field, say('meetingNotOfBody', { id: meetingId, body: body?.name ?? bodyId }));
  }
  return m;
}

export interface Placement {
  bodyId: number | null;
  meetingId: number | null;
  agendaItemId: number | null;
  /** The agenda item is exempt under Schedule 12A. */
  exempt: boolean;
}

/**
 * Where a record sits: the agenda item gives its meeting, the meeting gives its body; any of
 * them given as well must agree. Without `bodyRequired`, a record may hang off nothing.
 */
export async function placeRecord(
  tx: Executor,
  given: { bodyId?: number | null; meetingId?: number | null; agendaItemId?: number | null },
  bodyRequired = true,
  meetingField = 'meetingId',
): Promise<Placement> {
  let meetingId = given.meetingId ?? null;
  let exempt = false;
  if (given.agendaItemId) {
    const [item] = await tx.select({ meetingId: agendaItems.meetingId, exemptParagraph: agendaItems.exemptParagraph })
      .from(agendaItems).where(eq(agendaItems.id, given.agendaItemId));
    if (!item) throw InvalidInput.field('agendaItemId', say('noItem', { id: given.agendaItemId }));
    if (meetingId && meetingId !== item.meetingId) {
      throw InvalidInput.field('agendaItemId', say('itemNotOfMeetingId', { id: given.agendaItemId, meeting: meetingId }));
    }
    meetingId = item.meetingId;
    exempt = item.exemptParagraph !== null;
  }
  let bodyId = given.bodyId ?? null;
  if (meetingId) {
    const [m] = await tx.select({ bodyId: meetings.bodyId }).from(meetings).where(eq(meetings.id, meetingId));
    if (!m) throw InvalidInput.field(meetingField, say('noMeeting', { id: meetingId }));
    if (bodyId) await meetingOfBody(tx, meetingId, bodyId, given.agendaItemId && !given.meetingId ? 'agendaItemId' : meetingField);
    bodyId = m.bodyId;
  } else if (bodyId) {
    await assertBody(tx, bodyId);
  } else if (bodyRequired) {
    throw InvalidInput.field('bodyId', say('needsBody'));
  }
  return { bodyId, meetingId, agendaItemId: given.agendaItemId ?? null, exempt };
}
