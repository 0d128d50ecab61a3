/** Importing the five real seed documents: meetings, people and actions, then again unchanged, then as Word. */
import { and, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { schema } from '../../src/db/index.js';
import { extractionRecordSchema, type ExtractionRecord } from '../../src/extract/record.js';
import { systemContext } from '../../src/services/context.js';
import { importFile } from '../../src/services/imports/index.js';
import { personKey } from '../../src/services/imports/names.js';
import { describeEachDriver } from '../support/db.js';
import { haveSeeds, rowCounts, seed, SEEDS, SEEDS_DIR } from '../fixtures/import/rows.js';

if (!haveSeeds) console.warn(`Skipping the seed import tests: ${SEEDS_DIR} is absent.`);

const { meetings, bodies, attendances, people, actions, actionOwners, imports, documents } = schema;

describeEachDriver('importing the seed minutes', (database) => {
  const meetingIds = new Map<string, number>();

  it.skipIf(!haveSeeds).each(SEEDS)('imports %s.txt: the meeting, its attendees, and actions owned by those people', async (name) => {
    const { db } = database();
    const result = await importFile(systemContext(db, 'import'), seed(name, 'txt'));
    expect(result.error).toBeNull();
    expect(result.status).toBe('created');
    meetingIds.set(name, result.meetingId!);

    const [row] = await db.select().from(imports).where(eq(imports.id, result.importId!));
    expect(row!.status).toBe('imported');
    const record: ExtractionRecord = extractionRecordSchema.parse(row!.record);
    const [meeting] = await db.select({ date: meetings.date, status: meetings.status, body: bodies.name }).from(meetings)
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(eq(meetings.id, result.meetingId!));
    expect(meeting).toMatchObject({ date: record.meeting.date, status: 'minutes approved' });
    expect(record.meeting.body!.startsWith(meeting!.body)).toBe(true);

    // Everyone listed, once each.
    const listed = await db.select({ personId: attendances.personId, kind: attendances.kind, name: people.name }).from(attendances)
      .innerJoin(people, eq(people.id, attendances.personId)).where(eq(attendances.meetingId, result.meetingId!));
    const expected = new Set([...record.attendees, ...record.apologies].map((p) => personKey(p.name)));
    expect(new Set(listed.map((a) => personKey(a.name)))).toEqual(expected);
    expect(listed.filter((a) => a.kind === 'apologies')).toHaveLength(new Set(record.apologies.map((a) => personKey(a.name))).size);

    // Each action once, and an owner who is an attendee is that attendee's person.
    const raised = await db.select({ id: actions.id, text: actions.text }).from(actions).where(eq(actions.meetingId, result.meetingId!));
    expect(raised).toHaveLength(record.actions.length);
    const byName = new Map(listed.map((a) => [personKey(a.name), a.personId]));
    for (const action of record.actions) {
      const dbAction = raised.find((r) => r.text === action.text);
      expect(dbAction, action.text).toBeDefined();
      const owners = await db.select({ personId: actionOwners.personId }).from(actionOwners).where(eq(actionOwners.actionId, dbAction!.id));
      for (const owner of action.owners) {
        const attendee = byName.get(personKey(owner));
        if (attendee) expect(owners.map((o) => o.personId), `${owner} owns "${action.text}"`).toContain(attendee);
      }
    }

    // The file is kept with the meeting, for search.
    const [doc] = await db.select({ meetingId: documents.meetingId, text: documents.textContent, classification: documents.classification, published: documents.published })
      .from(documents).where(eq(documents.id, row!.documentId!));
    expect(doc).toMatchObject({ meetingId: result.meetingId, classification: 'OFFICIAL', published: false });
    expect(doc!.text!.length).toBeGreaterThan(500);
  });

  it.skipIf(!haveSeeds)('finds what the seeds share: one Lee Jones across three bodies', async () => {
    const { db } = database();
    const lee = await db.select({ id: people.id }).from(people).where(eq(people.name, 'Lee Jones'));
    expect(lee).toHaveLength(1);
    const at = await db.select({ meetingId: attendances.meetingId }).from(attendances).where(eq(attendances.personId, lee[0]!.id));
    expect(at.length).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(!haveSeeds)('leaves the record unchanged when the same files come again', async () => {
    const { db } = database();
    const before = await rowCounts(db);
    for (const name of SEEDS) {
      const result = await importFile(systemContext(db, 'import'), seed(name, 'txt'));
      expect(result).toMatchObject({ status: 'unchanged', meetingId: meetingIds.get(name) });
    }
    expect(await rowCounts(db)).toEqual(before);
  });

  it.skipIf(!haveSeeds)('updates the same meeting from the Word version, with no second meeting or person', async () => {
    const { db } = database();
    for (const name of SEEDS) {
      const before = await rowCounts(db);
      const result = await importFile(systemContext(db, 'import'), seed(name, 'docx'));
      expect(result.error).toBeNull();
      expect(result).toMatchObject({ status: 'updated', meetingId: meetingIds.get(name) });
      expect(result.summary).toMatchObject({ body: 'matched', meeting: 'matched', people: { created: 0 } });
      const after = await rowCounts(db);
      expect({ meetings: after.meetings, people: after.people, bodies: after.bodies, attendances: after.attendances })
        .toEqual({ meetings: before.meetings, people: before.people, bodies: before.bodies, attendances: before.attendances });
      // The Word file is a second document of the same meeting.
      expect(after.documents).toBe(before.documents + 1);
      const [row] = await db.select({ record: imports.record }).from(imports).where(eq(imports.id, result.importId!));
      const docxActions = extractionRecordSchema.parse(row!.record).actions.length;
      expect(result.summary!.actions.created, 'actions the Word version added').toBeLessThanOrEqual(Math.ceil(docxActions * 0.1));
    }
    const minutes = await db.select({ id: documents.id }).from(documents)
      .where(and(inArray(documents.meetingId, [...meetingIds.values()])));
    expect(minutes).toHaveLength(SEEDS.length * 2);
  });
});
