/**
 * Importing invented minutes of one panel over three meetings: review before confirming,
 * reviews of earlier actions applied to those actions, refusals that write nothing.
 */
import { asc, eq } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import { schema } from '../../src/db/index.js';
import type { ExtractionRecord } from '../../src/extract/record.js';
import { systemContext } from '../../src/services/context.js';
import { Forbidden, InvalidInput } from '../../src/services/errors.js';
import { confirmImport, extractForReview, importFile } from '../../src/services/imports/index.js';
import { search } from '../../src/services/search/index.js';
import { describeEachDriver } from '../support/db.js';
import { contextAs, viewerRole } from '../support/world.js';
import { fixture, rowCounts } from '../fixtures/import/rows.js';

const { actions, actionUpdates, actionOwners, people, meetings, bodies, imports, agendaItems } = schema;

afterEach(() => {
  vi.unstubAllEnvs();
});

describeEachDriver('importing minutes for review', (database) => {
  const ctx = () => systemContext(database().db, 'import', '2024-06-15');

  async function actionByText(start: string) {
    const [row] = await database().db.select().from(actions).where(eq(actions.text, start));
    return row;
  }

  async function actionsOf(meetingId: number) {
    return database().db.select().from(actions).where(eq(actions.meetingId, meetingId)).orderBy(asc(actions.id));
  }

  it('refuses those who may not import', async () => {
    const viewer = contextAs(database().db, viewerRole('viewer'));
    await expect(importFile(viewer, fixture('panel-2024-01-17.txt'))).rejects.toBeInstanceOf(Forbidden);
    await expect(extractForReview(viewer, fixture('panel-2024-01-17.txt'))).rejects.toBeInstanceOf(Forbidden);
  });

  it('writes nothing on a dry run, yet says what would happen', async () => {
    const before = await rowCounts(database().db);
    const result = await importFile(ctx(), { ...fixture('panel-2024-01-17.txt'), dryRun: true });
    expect(result).toMatchObject({ status: 'created', importId: null, error: null });
    expect(result.summary).toMatchObject({ body: 'created', meeting: 'created', actions: { created: 3 } });
    expect(await rowCounts(database().db)).toEqual(before);
  });

  it('refuses a record edited to be invalid, naming the field, and writes nothing', async () => {
    const review = await extractForReview(ctx(), fixture('panel-2024-01-17.txt'));
    expect(review.status).toBe('extracted');
    const before = await rowCounts(database().db);
    const edited = structuredClone(review.record!) as ExtractionRecord;
    (edited.actions[1] as { due: string | null }).due = '29/02/2024';
    const refused = await confirmImport(ctx(), review.importId, edited).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInput);
    expect((refused as Error).message).toBe('actions.1.due: a date as YYYY-MM-DD');
    const noDate = { ...edited, actions: [], meeting: { ...edited.meeting, date: null } };
    await expect(confirmImport(ctx(), review.importId, noDate)).rejects.toThrow(/^meeting\.date: /);
    expect(await rowCounts(database().db)).toEqual(before);
    const [row] = await database().db.select().from(imports).where(eq(imports.id, review.importId));
    expect(row!.status).toBe('extracted');
  });

  it('reviews the first meeting, then confirms it: body, meeting, people, agenda, actions', async () => {
    const review = await extractForReview(ctx(), fixture('panel-2024-01-17.txt'));
    // The same content again finds the review already waiting.
    expect(review.importId).toBe((await extractForReview(ctx(), fixture('panel-2024-01-17.txt'))).importId);
    expect(review.body).toEqual({ existing: null, how: 'new' });
    expect(review.meeting).toEqual({ existing: null, how: 'new' });
    expect(review.people.every((p) => p.match.existing === null)).toBe(true);
    expect(review.actions.map((a) => a.match.how)).toEqual(['new', 'new', 'new']);

    const outcome = await confirmImport(ctx(), review.importId);
    expect(outcome.summary).toMatchObject({ body: 'created', meeting: 'created', people: { created: 6 }, actions: { created: 3 }, nextMeeting: 'scheduled' });
    const [body] = await database().db.select().from(bodies).where(eq(bodies.id, outcome.bodyId));
    expect(body).toMatchObject({ name: 'Harbourside Community Safety Scrutiny Panel', shortName: 'HCSSP', kind: 'panel' });
    const [meeting] = await database().db.select().from(meetings).where(eq(meetings.id, outcome.meetingId));
    expect(meeting).toMatchObject({ date: '2024-01-17', startTime: '10:00', venue: 'Harbourside Civic Centre, Committee Room 2', status: 'minutes approved', type: 'ordinary' });
    const items = await database().db.select().from(agendaItems).where(eq(agendaItems.meetingId, outcome.meetingId)).orderBy(asc(agendaItems.position));
    expect(items.map((i) => i.standing)).toEqual([
      'declarations of interest', 'minutes of the previous meeting', null, null, 'any other business', 'date of next meeting',
    ]);
    const [chair] = await database().db.select().from(people).where(eq(people.name, 'Dafydd Rowlands'));
    expect(chair).toMatchObject({ honorific: 'Councillor', initials: 'DR' });
    const raised = await actionsOf(outcome.meetingId);
    expect(raised.map((a) => a.reference)).toEqual(['HCSSP/2024-01/1', 'HCSSP/2024-01/2', 'HCSSP/2024-01/3']);
    expect(raised[2]).toMatchObject({ dueDate: '2024-02-29', status: 'open', agendaItemId: items[3]!.id });
    const [owner] = await database().db.select({ name: people.name }).from(actionOwners)
      .innerJoin(people, eq(people.id, actionOwners.personId)).where(eq(actionOwners.actionId, raised[0]!.id));
    expect(owner!.name).toBe('Alan Pritchard');
    await expect(confirmImport(ctx(), review.importId)).rejects.toThrow(/already been imported/);
  });

  it('applies the second meeting\'s matters arising to the earlier actions instead of raising new ones', async () => {
    const review = await extractForReview(ctx(), fixture('panel-2024-03-20.txt'));
    expect(review.body?.existing?.shortName).toBe('HCSSP');
    // It was scheduled as the next meeting of the first.
    expect(review.meeting?.existing).toMatchObject({ date: '2024-03-20', status: 'scheduled' });
    const people_ = Object.fromEntries(review.people.map((p) => [p.name, p.match]));
    expect(people_['Cllr Dafydd Rowlands']).toMatchObject({ existing: { name: 'Dafydd Rowlands' } });
    expect(people_['Ch Insp Alan Pritchard']).toMatchObject({ existing: { name: 'Alan Pritchard' } });
    expect(people_['Councillor Glenys Price']).toMatchObject({ existing: { name: 'Glenys Price' } });
    const reviewed = review.actions.filter((a) => a.fromPreviousMeeting);
    expect(reviewed.map((a) => a.match.existing?.reference)).toEqual(['HCSSP/2024-01/1', 'HCSSP/2024-01/2', 'HCSSP/2024-01/3']);

    const before = await rowCounts(database().db);
    const outcome = await confirmImport(ctx(), review.importId);
    expect(outcome.summary).toMatchObject({ meeting: 'matched', people: { created: 0 }, actions: { created: 1, updated: 3 } });
    const after = await rowCounts(database().db);
    expect(after.actions).toBe(before.actions + 1);
    expect(after.people).toBe(before.people);
    expect(after.meetings).toBe(before.meetings + 1); // 15 May, the next meeting it gives

    const [meeting] = await database().db.select().from(meetings).where(eq(meetings.id, outcome.meetingId));
    expect(meeting!.status).toBe('minutes approved');
    const breakdown = await actionByText('AP to provide a ward-level breakdown of anti-social behaviour incidents by the next meeting.');
    expect(breakdown).toMatchObject({ reference: 'HCSSP/2024-01/1', status: 'completed', closedOn: '2024-03-20' });
    const criteria = await actionByText('TN to circulate the referral criteria for the youth diversion programme to all members.');
    expect(criteria!.status).toBe('ongoing');
    const updates = await database().db.select().from(actionUpdates).where(eq(actionUpdates.actionId, breakdown!.id));
    expect(updates).toEqual([expect.objectContaining({
      statusFrom: 'open', statusTo: 'completed', meetingId: outcome.meetingId, text: 'the breakdown was circulated on 4 March 2024.',
    })]);
    const [fresh] = await actionsOf(outcome.meetingId);
    expect(fresh).toMatchObject({ reference: 'HCSSP/2024-03/1', text: 'GP to write to the highways department about street lighting on Marine Parade.' });
    // The minutes file is kept with the meeting, and search finds it.
    const found = await search(ctx(), { q: 'Marine Parade street lighting' });
    expect(found.items.filter((h) => h.type === 'document').map((h) => h.meetingId)).toEqual([outcome.meetingId]);
  });

  it('writes nothing of a record that fails part-way, and keeps the reason on the import', async () => {
    const review = await extractForReview(ctx(), fixture('panel-2024-07-10.txt'));
    const edited = structuredClone(review.record!) as ExtractionRecord;
    (edited.actions[0] as { due: string | null }).due = '2024-02-30';
    const before = await rowCounts(database().db);
    const refused = await confirmImport(ctx(), review.importId, edited).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInput);
    expect((refused as Error).message).toBe('actions.0.dueDate: Enter a real date as YYYY-MM-DD');
    expect(await rowCounts(database().db)).toEqual(before);
    const [row] = await database().db.select().from(imports).where(eq(imports.id, review.importId));
    expect(row).toMatchObject({ status: 'extracted', error: 'panel-2024-07-10.txt: actions.0.dueDate: Enter a real date as YYYY-MM-DD' });
  });

  it('keeps the update but not a status the rules forbid, and never merges a namesake', async () => {
    const result = await importFile(ctx(), fixture('panel-2024-05-15.txt'));
    expect(result).toMatchObject({ status: 'updated', error: null });
    expect(result.summary).toMatchObject({ actions: { created: 1, updated: 2 }, people: { created: 1 } });
    expect(result.summary!.warnings).toEqual([expect.stringMatching(/^HCSSP\/2024-01\/1: the minutes say it is deferred, but an action that is completed cannot become deferred/)]);
    const breakdown = await actionByText('AP to provide a ward-level breakdown of anti-social behaviour incidents by the next meeting.');
    expect(breakdown!.status).toBe('completed');
    const history = await database().db.select().from(actionUpdates).where(eq(actionUpdates.actionId, breakdown!.id)).orderBy(asc(actionUpdates.id));
    expect(history.map((u) => [u.statusTo, u.text])).toEqual([
      ['completed', 'the breakdown was circulated on 4 March 2024.'],
      [null, 'members asked for the breakdown to be repeated after the summer.'],
    ]);
    const criteria = await actionByText('TN to circulate the referral criteria for the youth diversion programme to all members.');
    expect(criteria).toMatchObject({ status: 'completed', closedOn: '2024-05-15' });
    // Mark Okafor is not Margaret Okafor.
    const okafors = await database().db.select({ name: people.name }).from(people).where(eq(people.name, 'Mark Okafor'));
    expect(okafors).toHaveLength(1);
  });

  it('fails bad files one by one, naming each, while the others of the run import', async () => {
    vi.stubEnv('OVERSIGHT_MAX_UPLOAD_MB', '0.01');
    const bad = [
      { filename: 'empty.txt', bytes: new Uint8Array() },
      { filename: 'broken.docx', bytes: new TextEncoder().encode('PK\u0003\u0004 this is not really a Word document') },
      { filename: 'budget.xlsx', bytes: new TextEncoder().encode('not minutes at all') },
      { filename: 'huge.txt', bytes: new TextEncoder().encode('Minutes of a very long meeting.\n'.repeat(400)) },
    ];
    const results = [];
    for (const file of [...bad, fixture('panel-2024-07-10.txt')]) results.push(await importFile(ctx(), file));
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'created']);
    expect(results[0]!.error).toMatch(/^empty\.txt: the file is empty\./);
    expect(results[1]!.error).toMatch(/^broken\.docx: .*(damaged|not really|could not be read).*retry/);
    expect(results[2]!.error).toMatch(/^budget\.xlsx: .*cannot be read\. Save the minutes as/);
    expect(results[3]!.error).toMatch(/^huge\.txt: the file is 13 KB, over the 11 KB limit\..*OVERSIGHT_MAX_UPLOAD_MB/);
    const failed = await database().db.select().from(imports).where(eq(imports.status, 'failed'));
    expect(failed.map((f) => f.filename).sort()).toEqual(['broken.docx', 'budget.xlsx', 'empty.txt', 'huge.txt']);
    expect(failed.every((f) => f.documentId === null && f.error?.startsWith(f.filename))).toBe(true);
  });
});
