import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { schema } from '../../src/db/index.js';
import { PUBLIC } from '../../src/domain/access.js';
import {
  actionHistory, carryForward, editAction, getActionRow, listActions, postUpdate, raiseAction,
} from '../../src/services/actions/index.js';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../src/services/errors.js';
import { setMeetingStatus } from '../../src/services/meetings/index.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld, contextAs, memberViewer, ownerViewer, viewerRole } from '../support/world.js';

describeEachDriver('actions', (database) => {
  it('numbers references in order within a meeting, as <body>/<yyyy-mm>/<n>', async () => {
    const w = await buildWorld(database().db);
    const a1 = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Circulate the guidance', owners: [{ personId: w.officer.id }] });
    const a2 = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Report back on data', owners: [{ team: "Commissioner's Team" }], dueText: 'next meeting' });
    expect(a1.reference).toBe(`${w.group.shortName}/2024-03/1`);
    expect(a2.reference).toBe(`${w.group.shortName}/2024-03/2`);
    expect(a2.bodyId).toBe(w.group.id);
  });

  it('takes a worded due date as the next meeting, and finds overdue and due-soon actions', async () => {
    const w = await buildWorld(database().db);
    const worded = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Bring the data', dueText: 'next meeting' });
    const late = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Publish the plan', dueDate: '2024-05-01' });
    const soon = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Share the survey dates', dueDate: '2024-06-20' });
    expect((await getActionRow(w.ctx, worded.id)).effectiveDue).toBe(w.next.date);
    const overdue = await listActions(w.ctx, { bodyId: w.group.id, overdue: true });
    expect(overdue.items.map((a) => a.id)).toEqual([late.id]);
    expect(overdue.items[0]!.rag).toBe('red');
    const dueSoon = await listActions(w.ctx, { bodyId: w.group.id, dueSoon: true });
    expect(dueSoon.items.map((a) => a.id)).toEqual([soon.id]);
    expect(dueSoon.items[0]!.rag).toBe('amber');
  });

  it('allows only permitted status changes, needs text, and changes nothing when refused', async () => {
    const w = await buildWorld(database().db);
    const a = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Review the policy' });
    await postUpdate(w.ctx, a.id, { text: 'Deferred to autumn', status: 'deferred' });
    const refused = await postUpdate(w.ctx, a.id, { text: 'Done', status: 'completed' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Conflict);
    expect((refused as Error).message).toMatch(/deferred cannot become completed/);
    const row = await getActionRow(w.ctx, a.id);
    expect(row.status).toBe('deferred');
    expect(await actionHistory(w.ctx, a.id)).toHaveLength(1);
    await expect(postUpdate(w.ctx, a.id, { text: '' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(postUpdate(w.ctx, a.id, { text: 'x'.repeat(10_001) })).rejects.toThrow(/10000 characters or fewer/);
    await expect(postUpdate(w.ctx, 999_999, { text: 'hello' })).rejects.toBeInstanceOf(NotFound);
  });

  it('closes with a date and reopens keeping the history', async () => {
    const w = await buildWorld(database().db);
    const a = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Circulate the minutes' });
    await postUpdate(w.ctx, a.id, { text: 'Circulated on Monday', status: 'completed' });
    expect((await getActionRow(w.ctx, a.id)).closedOn).toBe(w.ctx.today);
    await postUpdate(w.ctx, a.id, { text: 'Reopened: the wrong version went out', status: 'ongoing' });
    const row = await getActionRow(w.ctx, a.id);
    expect(row.status).toBe('ongoing');
    expect(row.closedOn).toBeNull();
    const history = await actionHistory(w.ctx, a.id);
    expect(history.map((h) => [h.statusFrom, h.statusTo])).toEqual([['open', 'completed'], ['completed', 'ongoing']]);
    const audit = await database().db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, a.id)).orderBy(schema.auditEvents.id);
    expect(audit.filter((e) => e.entityType === 'action').map((e) => e.event)).toEqual(['action.create', 'action.status', 'action.status']);
  });

  it('lets owners update only their own actions', async () => {
    const w = await buildWorld(database().db);
    const mine = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Mine', owners: [{ personId: w.officer.id }] });
    const theirs = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Theirs', owners: [{ personId: w.chair.id }] });
    const owner = contextAs(database().db, ownerViewer(w.officer.id));
    await postUpdate(owner, mine.id, { text: 'Started', status: 'ongoing' });
    await expect(postUpdate(owner, theirs.id, { text: 'Sneaky' })).rejects.toBeInstanceOf(Forbidden);
    await expect(raiseAction(owner, { meetingId: w.past.id, text: 'New' })).rejects.toBeInstanceOf(Forbidden);
    await expect(postUpdate(contextAs(database().db, viewerRole('viewer')), mine.id, { text: 'x' })).rejects.toBeInstanceOf(Forbidden);
  });

  it('filters the log by owner and by organisation (a person\'s or the owning organisation)', async () => {
    const w = await buildWorld(database().db);
    const byPerson = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Officer task', owners: [{ personId: w.officer.id }] });
    const byOrg = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Force task', owners: [{ organisationId: w.force.id }] });
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Office task', owners: [{ personId: w.chair.id }] });
    expect((await listActions(w.ctx, { ownerPersonId: w.officer.id })).items.map((a) => a.id)).toEqual([byPerson.id]);
    expect((await listActions(w.ctx, { organisationId: w.force.id, sort: 'reference' })).items.map((a) => a.id)).toEqual([byPerson.id, byOrg.id]);
  });

  it('edits keep the reference and log the old words', async () => {
    const w = await buildWorld(database().db);
    const a = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Old words', owners: [{ personId: w.chair.id }] });
    const edited = await editAction(w.ctx, a.id, { text: 'New words', owners: [{ organisationId: w.force.id }] });
    expect(edited.reference).toBe(a.reference);
    expect((await getActionRow(w.ctx, a.id)).owners.map((o) => o.name)).toEqual([w.force.name]);
    await expect(editAction(w.ctx, a.id, { owners: [{ personId: 424242 }] })).rejects.toThrow(/owners.0.personId/);
    expect((await getActionRow(w.ctx, a.id)).owners.map((o) => o.name)).toEqual([w.force.name]);
  });

  it('carries open actions forward to the next meeting with their latest update', async () => {
    const w = await buildWorld(database().db);
    const open = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Still open' });
    const done = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Already done' });
    await postUpdate(w.ctx, open.id, { text: 'Halfway there', status: 'ongoing' });
    await postUpdate(w.ctx, done.id, { text: 'Finished', status: 'completed' });
    const arising = await carryForward(w.ctx, w.group.id);
    expect(arising.meeting?.id).toBe(w.next.id);
    expect(arising.actions.map((a) => a.id)).toEqual([open.id]);
    expect(arising.actions[0]!.latestUpdate?.text).toBe('Halfway there');
  });

  it('hides actions of exempt items and unpublished meetings from those who may not see them', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const visible = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Public action' });
    const secret = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.exempt.id, text: 'Exempt action' });
    const publicCtx = contextAs(db, PUBLIC);
    expect((await listActions(publicCtx, { bodyId: w.group.id })).total).toBe(0);
    await setMeetingStatus(w.ctx, w.past.id, { status: 'minutes approved' });
    await setMeetingStatus(w.ctx, w.past.id, { status: 'published' });
    expect((await listActions(publicCtx, { bodyId: w.group.id })).items.map((a) => a.id)).toEqual([visible.id]);
    await expect(getActionRow(publicCtx, secret.id)).rejects.toBeInstanceOf(NotFound);
    const viewer = contextAs(db, viewerRole('viewer'));
    expect((await listActions(viewer, { bodyId: w.group.id })).total).toBe(1);
    const member = contextAs(db, memberViewer(w.member.id, [w.group.id]));
    expect((await listActions(member, { bodyId: w.group.id })).total).toBe(2);
    const otherMember = contextAs(db, memberViewer(w.member.id, [w.board.id]));
    expect((await listActions(otherMember, { bodyId: w.group.id })).total).toBe(1);
  });
});
