/**
 * Round trip: minutes written from demo meetings (as text and as Word) extract back to the
 * same meeting, people and actions.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '../../src/db/connection.js';
import { schema } from '../../src/db/index.js';
import { generateDemo } from '../../src/demo/index.js';
import { extractBytes } from '../../src/extract/index.js';
import { systemContext } from '../../src/services/context.js';
import { exportMinutes } from '../../src/services/exports/index.js';
import { splitPersonName } from '../../src/services/imports/names.js';
import { getMeeting } from '../../src/services/meetings/index.js';

const ANCHOR = '2026-03-31';
const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/**
 * A person's name as the importer stores it: the record keeps honorifics and ranks as the
 * minutes write them ("Ms Llinos Vaughan", SCHEMA.md's "Councillor Richard Brown"), and the
 * importer sets them aside (splitPersonName) — as the record of people does. Both sides alike.
 */
const person = (s: string) => normal(splitPersonName(s).name);

/** "SGB/2025-10/3 (report on …): Awaiting figures. The action remains open." — a review of an earlier action. */
const REVIEW = /^([A-Z][A-Za-z]*\/\d{4}-\d{2}\/\d+) \(.+?\): (.+)$/;
const statusSaid = (update: string) =>
  /was closed\.$/.test(update) ? 'completed' : /was deferred\.$/.test(update) ? 'deferred' : /was cancelled\.$/.test(update) ? null : 'ongoing';

describe('minutes written from the record extract back to it', () => {
  let conn: Connection;
  let meetingIds: number[];
  beforeAll(async () => {
    conn = await connect({ dataDir: 'memory://' });
    await conn.migrate();
    await generateDemo(conn.db, { seed: 11, anchor: ANCHOR });
    // Published meetings that raised actions, one per body.
    const rows = await conn.db.selectDistinctOn([schema.meetings.bodyId], { id: schema.meetings.id }).from(schema.meetings)
      .where(and(eq(schema.meetings.status, 'published'), sql`exists (select 1 from actions a where a.meeting_id = ${schema.meetings.id})`))
      .orderBy(schema.meetings.bodyId, desc(schema.meetings.date));
    meetingIds = rows.map((r) => r.id);
  }, 120_000);
  afterAll(async () => conn?.close());

  for (const format of ['txt', 'docx'] as const) {
    it(`as ${format}`, async () => {
      expect(meetingIds.length).toBeGreaterThanOrEqual(3);
      const ctx = systemContext(conn.db, 'test', ANCHOR);
      let reviewsSeen = 0;
      for (const meetingId of meetingIds) {
        const view = await getMeeting(ctx, meetingId);
        const file = await exportMinutes(ctx, meetingId, format);
        const record = await extractBytes(new Uint8Array(file.content), file.filename);
        const where = `${file.filename}`;

        expect(record.meeting.date, where).toBe(view.meeting.date);
        expect(normal(record.meeting.body ?? ''), where).toContain(normal(view.body.name));

        // Everyone listed as present (SCHEMA.md), in the minutes' order: the members present, then those in attendance.
        const present = [...view.attendance.filter((a) => a.kind === 'present'), ...view.attendance.filter((a) => a.kind === 'in attendance')].map((a) => person(a.name));
        expect(present.length, where).toBeGreaterThan(0);
        expect(record.attendees.map((a) => person(a.name)), where).toEqual(present);
        const apologies = view.attendance.filter((a) => a.kind === 'apologies').map((a) => person(a.name));
        expect(record.apologies.map((a) => person(a.name)).sort(), where).toEqual(apologies.sort());

        // The meeting's own actions, in order; earlier actions reviewed under matters arising are reviews (SCHEMA.md).
        const actions = [...view.items.flatMap((i) => i.actions), ...view.general.actions];
        const raised = record.actions.filter((a) => !a.fromPreviousMeeting);
        expect(raised.map((a) => normal(a.text)), where).toEqual(actions.map((a) => normal(a.text)));
        for (const [i, action] of actions.entries()) {
          const owners = action.owners.map((o) => normal(o.name));
          expect(raised[i]!.owners.map(normal), `${where} action ${i + 1}`).toEqual(owners);
        }
        const reviews = view.items.flatMap((i) => i.minutes).flatMap((m) => {
          const said = REVIEW.exec(m.text.replace(/^\d+(?:\.\d+)*\s+/, ''));
          return said ? [{ reference: said[1]!, update: said[2]! }] : [];
        });
        const reviewed = record.actions.filter((a) => a.fromPreviousMeeting);
        expect(reviewed.map((a) => a.text.split(' ')[0]), where).toEqual(reviews.map((r) => r.reference));
        expect(reviewed.map((a) => [a.status, a.update]), where).toEqual(reviews.map((r) => [statusSaid(r.update), r.update]));
        reviewsSeen += reviews.length;
        if (view.next) expect(record.nextMeeting?.date, where).toBe(view.next.date);
      }
      expect(reviewsSeen).toBeGreaterThan(0);
    });
  }
});
