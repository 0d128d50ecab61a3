/** What the minutes record of the meeting itself: who came or sent apologies, the agenda, the decisions. */
import { eq, max } from 'drizzle-orm';
import { schema } from '../../db/index.js';
import { standingItemFor } from './meetings.js';
import { comparable } from './names.js';
import { similarity } from './similarity.js';
import type { ImportRun } from './run.js';
import { attendeeFor, organisationFor } from './writePeople.js';

const { attendances, agendaItems, decisions } = schema;

/** Adds the attendees and apologies the meeting does not have yet; a person is listed once. */
export async function recordAttendance(run: ImportRun): Promise<void> {
  const existing = await run.tx.select({ personId: attendances.personId, position: attendances.position })
    .from(attendances).where(eq(attendances.meetingId, run.meeting.id));
  const listed = new Set(existing.map((a) => a.personId));
  let position = Math.max(-1, ...existing.map((a) => a.position)) + 1;
  const added: (typeof attendances.$inferInsert)[] = [];
  const entries = [
    ...run.data.attendees.map((a) => ({ ...a, kind: 'present' as const })),
    ...run.data.apologies.map((a) => ({ ...a, initials: null, kind: 'apologies' as const })),
  ];
  for (const entry of entries) {
    const organisationId = await organisationFor(run, entry.organisation);
    const person = await attendeeFor(run, entry.name, { initials: entry.initials, role: entry.role, organisationId });
    run.resolver.atMeeting(person, entry.initials);
    if (listed.has(person.id)) continue;
    listed.add(person.id);
    added.push({
      meetingId: run.meeting.id,
      personId: person.id,
      kind: entry.kind,
      initials: entry.initials?.replace(/[^A-Za-z]/g, '').toUpperCase().slice(0, 6) || null,
      role: entry.role,
      organisationId,
      position: position++,
    });
  }
  if (!added.length) return;
  const rows = await run.tx.insert(attendances).values(added).returning();
  await run.audit({ event: 'meeting.attendance', entityType: 'meeting', entityId: run.meeting.id, after: rows });
  run.summary.attendance += rows.length;
}

/** The agenda: items the meeting already has are kept (matched by number, else title); standing items recognised. */
export async function recordAgenda(run: ImportRun): Promise<void> {
  const existing = await run.tx.select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title, position: agendaItems.position })
    .from(agendaItems).where(eq(agendaItems.meetingId, run.meeting.id));
  let position = Math.max(0, ...existing.map((i) => i.position)) + 1;
  for (const item of run.data.items) {
    const same = existing.find((e) => e.number !== null && e.number === item.number)
      ?? existing.find((e) => comparable(e.title) === comparable(item.title));
    if (same) {
      run.items.set(item.number, same.id);
      run.summary.agendaItems.matched++;
      continue;
    }
    const [row] = await run.tx.insert(agendaItems).values({
      meetingId: run.meeting.id,
      number: item.number.slice(0, 20),
      title: item.title,
      position: position++,
      standing: standingItemFor(item.title),
    }).returning();
    await run.audit({ event: 'agendaItem.create', entityType: 'agendaItem', entityId: row!.id, after: row });
    existing.push(row!);
    run.items.set(item.number, row!.id);
    run.summary.agendaItems.created++;
  }
}

export async function recordDecisions(run: ImportRun): Promise<void> {
  const existing = await run.tx.select({ text: decisions.text }).from(decisions).where(eq(decisions.meetingId, run.meeting.id));
  const known = existing.map((d) => d.text);
  const [{ last } = { last: null }] = await run.tx.select({ last: max(decisions.position) }).from(decisions).where(eq(decisions.meetingId, run.meeting.id));
  let position = (last ?? 0) + 1;
  for (const text of run.data.decisions) {
    // Another format of the same minutes words a decision a little differently.
    if (known.some((k) => comparable(k) === comparable(text) || similarity(k, text) >= 0.85)) continue;
    known.push(text);
    const [row] = await run.tx.insert(decisions).values({ meetingId: run.meeting.id, text, position: position++ }).returning();
    await run.audit({ event: 'decision.create', entityType: 'decision', entityId: row!.id, after: row });
    run.summary.decisions++;
  }
}
