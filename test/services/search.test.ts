import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { postUpdate, raiseAction } from '../../src/services/actions/index.js';
import { dashboard } from '../../src/services/dashboard/index.js';
import { addDecision, addMinute, setMeetingStatus } from '../../src/services/meetings/index.js';
import { search, snippetParts } from '../../src/services/search/index.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld, contextAs, memberViewer, viewerRole } from '../support/world.js';

it('splits highlighted snippets into plain and matched runs', () => {
  expect(snippetParts('a \u0001circulated\u0002 report <b>')).toEqual([
    { text: 'a ', match: false }, { text: 'circulated', match: true }, { text: ' report <b>', match: false },
  ]);
});

describeEachDriver('search', (database) => {
  it('finds stemmed words across minutes, decisions and actions, highlighted, only where the viewer may look', async () => {
    const db = database().db;
    const w = await buildWorld(db);
    await addMinute(w.ctx, w.past.id, { agendaItemId: w.item.id, number: '3.1', text: 'The panel examined stop and search disproportionality in the northern sector.' });
    await addMinute(w.ctx, w.past.id, { agendaItemId: w.exempt.id, number: '4.1', text: 'The disproportionality complaint against the officer was considered.' });
    await addDecision(w.ctx, w.past.id, { agendaItemId: w.item.id, text: 'RESOLVED that the disproportionality figures be reviewed.' });
    await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Publish disproportionality figures quarterly' });

    const internal = await search(w.ctx, { q: 'disproportionality', bodyId: w.group.id });
    expect(internal.items.map((h) => h.type).sort()).toEqual(['action', 'decision', 'minute', 'minute']);
    const minute = internal.items.find((h) => h.type === 'minute' && h.title.includes('item 3'))!;
    expect(minute.title).toBe(`${w.group.shortName} 13 March 2024, item 3: Stop and search`);
    expect(minute.snippet.some((p) => p.match && /disproportionality/i.test(p.text))).toBe(true);

    const viewer = contextAs(db, viewerRole('viewer'));
    expect((await search(viewer, { q: 'disproportionality', bodyId: w.group.id })).total).toBe(3);
    const member = contextAs(db, memberViewer(w.member.id, [w.group.id]));
    expect((await search(member, { q: 'disproportionality', bodyId: w.group.id })).total).toBe(4);

    const publicCtx = contextAs(db, PUBLIC);
    expect((await search(publicCtx, { q: 'disproportionality', bodyId: w.group.id })).total).toBe(0);
    await setMeetingStatus(w.ctx, w.past.id, { status: 'minutes approved' });
    await setMeetingStatus(w.ctx, w.past.id, { status: 'published' });
    const published = await search(publicCtx, { q: 'disproportionality complaint officer', bodyId: w.group.id });
    expect(published.total).toBe(0);
    expect((await search(publicCtx, { q: 'disproportionality', bodyId: w.group.id, types: ['minute'] })).total).toBe(1);
    for (const type of ['minute', 'decision', 'action', 'recommendation', 'document'] as const) {
      const one = await search(w.ctx, { q: 'disproportionality', types: [type] });
      expect(one.items.every((h) => h.type === type), type).toBe(true);
    }
  });

  it('refuses an empty query with a message naming the field', async () => {
    const w = await buildWorld(database().db);
    await expect(search(w.ctx, { q: '  ' })).rejects.toThrow(/q: Enter something to search for/);
  });
});

describeEachDriver('dashboard', (database) => {
  it('counts open, overdue, due soon and closed on time, by owner, organisation and body', async () => {
    const db = database().db;
    const w = await buildWorld(db);
    const late = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Late', dueDate: '2024-05-01', owners: [{ personId: w.officer.id }] });
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Soon', dueDate: '2024-06-20', owners: [{ personId: w.officer.id }] });
    const onTime = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Done', dueDate: '2024-07-01', owners: [{ organisationId: w.office.id }] });
    await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.exempt.id, text: 'Secret and late', dueDate: '2024-01-01', owners: [{ personId: w.chair.id }] });
    await postUpdate(w.ctx, onTime.id, { text: 'Done early', status: 'completed' });
    await postUpdate(w.ctx, late.id, { text: 'Working on it', status: 'ongoing' });

    const all = await dashboard(w.ctx, { bodyId: w.group.id });
    expect(all.actions).toMatchObject({ total: 4, open: 3, overdue: 2, dueSoon: 1, closedOnTime: 1, closedLate: 0 });
    expect(all.actions.byStatus).toEqual({ open: 2, ongoing: 1, completed: 1 });
    expect(all.byOwner[0]).toMatchObject({ name: 'Morgan Pryce', open: 2, overdue: 1, dueSoon: 1 });
    expect(all.byOrganisation.map((o) => o.name)).toContain(w.force.name);
    expect(all.byBody).toEqual([{ id: w.group.id, name: w.group.shortName, open: 3, overdue: 2, dueSoon: 1 }]);

    const viewer = await dashboard(contextAs(db, viewerRole('viewer')), { bodyId: w.group.id });
    expect(viewer.actions).toMatchObject({ total: 3, overdue: 1 });
    const mine = await dashboard(w.ctx, { ownerPersonId: w.officer.id });
    expect(mine.actions).toMatchObject({ total: 2, open: 2 });
  });
});
