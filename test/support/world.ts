/** A small record built through the services, for service and API tests. */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/connection.js';
import { schema } from '../../src/db/index.js';
import type { Viewer } from '../../src/domain/access.js';
import { systemContext, type ServiceContext } from '../../src/services/context.js';
import { addMember, createBody } from '../../src/services/bodies/index.js';
import { addAgendaItem, recordAttendance, scheduleMeeting, setMeetingStatus } from '../../src/services/meetings/index.js';
import { createOrganisation, createPerson } from '../../src/services/people/index.js';

export const TODAY = '2024-06-15';

export function contextAs(db: Database, viewer: Viewer, today = TODAY): ServiceContext {
  return { db, viewer, actor: viewer.kind === 'user' ? `user ${viewer.userId}` : 'public', today };
}

let counter = 0;

export async function buildWorld(db: Database) {
  const n = ++counter;
  const ctx = systemContext(db, 'test', TODAY);
  const force = await createOrganisation(ctx, { name: `Fictional Police ${n}` });
  const office = await createOrganisation(ctx, { name: `Commissioner's Office ${n}` });
  const board = await createBody(ctx, { name: `Strategic Board ${n}`, shortName: `SB${n}`, kind: 'board' });
  const group = await createBody(ctx, { name: `Accountability Group ${n}`, shortName: `AG${n}`, kind: 'group', reportsToId: board.id });
  const chair = await createPerson(ctx, { name: 'Ceri Ashdown', initials: 'CA', role: 'Chief Executive', organisationId: office.id });
  const officer = await createPerson(ctx, { name: 'Morgan Pryce', honorific: 'Chief Inspector', initials: 'MP', organisationId: force.id });
  const member = await createPerson(ctx, { name: 'Rhian Tudor', initials: 'RT' });
  await addMember(ctx, group.id, { personId: chair.id, role: 'chair' });
  await addMember(ctx, group.id, { personId: member.id, role: 'member' });
  const past = await scheduleMeeting(ctx, { bodyId: group.id, date: '2024-03-13', venue: 'Headquarters' });
  const item = await addAgendaItem(ctx, past.id, { number: '3', title: 'Stop and search' });
  const exempt = await addAgendaItem(ctx, past.id, { number: '4', title: 'Complaint about a named officer', publicTitle: 'Exempt item: staffing matter', exemptParagraph: 1 });
  await recordAttendance(ctx, past.id, { attendees: [
    { personId: chair.id, kind: 'present', initials: 'CA', role: 'Chair' },
    { personId: officer.id, kind: 'present', initials: 'MP' },
    { personId: member.id, kind: 'apologies' },
  ] });
  await setMeetingStatus(ctx, past.id, { status: 'held' });
  const next = await scheduleMeeting(ctx, { bodyId: group.id, date: '2024-07-10' });
  return { ctx, force, office, board, group, chair, officer, member, past, item, exempt, next };
}

export function ownerViewer(personId: number, userId = 90): Viewer {
  return { kind: 'user', userId, role: 'action owner', personId, bodyIds: [] };
}
export function memberViewer(personId: number, bodyIds: number[], userId = 91): Viewer {
  return { kind: 'user', userId, role: 'member', personId, bodyIds };
}
export function viewerRole(role: 'viewer' | 'secretariat', userId = 92): Viewer {
  return { kind: 'user', userId, role, personId: null, bodyIds: [] };
}

/** Takes a held meeting through to published, so the public may see it. */
export async function publishMeeting(ctx: ServiceContext, meetingId: number): Promise<void> {
  await setMeetingStatus(ctx, meetingId, { status: 'minutes approved' });
  await setMeetingStatus(ctx, meetingId, { status: 'published' });
}

/** How many audit events there are (of a record, when given): a refused write adds none. */
export async function auditCount(db: Database, entityType?: string, entityId?: number): Promise<number> {
  const { auditEvents } = schema;
  const [row] = await db.select({ n: count() }).from(auditEvents).where(and(
    entityType ? eq(auditEvents.entityType, entityType) : undefined,
    entityId === undefined ? undefined : eq(auditEvents.entityId, entityId),
  ));
  return row!.n;
}

/** The events logged for a record, oldest first. */
export async function auditEventsOf(db: Database, entityType: string, entityId: number): Promise<string[]> {
  const rows = await db.select().from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entityType, entityType), eq(schema.auditEvents.entityId, entityId)))
    .orderBy(asc(schema.auditEvents.id));
  return rows.map((r) => r.event);
}
