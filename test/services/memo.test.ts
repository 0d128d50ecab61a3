import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { listActions, postUpdate, raiseAction } from '../../src/services/actions/index.js';
import { dashboard } from '../../src/services/dashboard/index.js';
import { memo } from '../../src/services/memo.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld, contextAs, viewerRole } from '../support/world.js';

describeEachDriver('the read cache', (database) => {
  it('answers again from the record after any write, and never across viewers or days', async () => {
    const db = database().db;
    const w = await buildWorld(db);
    const first = await dashboard(w.ctx, { bodyId: w.group.id });
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'New since', dueDate: '2024-05-01' });
    const second = await dashboard(w.ctx, { bodyId: w.group.id });
    expect(second.actions.total).toBe(first.actions.total + 1);
    expect(second.actions.overdue).toBe(first.actions.overdue + 1);
    await postUpdate(w.ctx, action.id, { text: 'Done', status: 'completed' });
    expect((await dashboard(w.ctx, { bodyId: w.group.id })).actions.overdue).toBe(first.actions.overdue);
    expect((await listActions(w.ctx, { bodyId: w.group.id, status: ['completed'] })).items.map((a) => a.id)).toEqual([action.id]);
    // The public (the meeting is not published) and another day get their own answers.
    expect((await dashboard(contextAs(db, PUBLIC), { bodyId: w.group.id })).actions.total).toBe(0);
    expect((await dashboard(contextAs(db, viewerRole('viewer'), '2030-01-01'), { bodyId: w.group.id })).actions.overdue).toBe(0);
  });

  it('works a value out once while the record is unchanged', async () => {
    const w = await buildWorld(database().db);
    let computed = 0;
    const work = async () => ++computed;
    expect(await memo(w.ctx, 'test', work)).toBe(1);
    expect(await memo(w.ctx, 'test', work)).toBe(1);
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'A write' });
    expect(await memo(w.ctx, 'test', work)).toBe(2);
  });
});
