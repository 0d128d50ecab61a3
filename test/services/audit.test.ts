import { expect, it } from 'vitest';
import { raiseAction, postUpdate } from '../../src/services/actions/index.js';
import { listAuditEvents, recordHistory } from '../../src/services/audit/index.js';
import { Forbidden, InvalidInput, NotFound } from '../../src/services/errors.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld, contextAs, viewerRole } from '../support/world.js';

describeEachDriver('audit log', (database) => {
  it('gives the history of a record oldest first, with who did it and before and after', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Write to the Chief Constable' });
    await postUpdate(w.ctx, action.id, { text: 'Letter sent', status: 'completed' });
    const history = await recordHistory(w.ctx, 'action', action.id);
    expect(history.map((e) => [e.event, e.actor])).toEqual([['action.create', 'test'], ['action.status', 'test']]);
    expect(history[1]!.before).toMatchObject({ status: 'open' });
    expect(history[1]!.after).toMatchObject({ status: 'completed' });
    await expect(recordHistory(w.ctx, 'action', 424242)).rejects.toBeInstanceOf(NotFound);
    await expect(recordHistory(w.ctx, 'drop table', action.id)).rejects.toBeInstanceOf(InvalidInput);
    await expect(recordHistory(contextAs(db, viewerRole('secretariat')), 'action', action.id)).rejects.toBeInstanceOf(Forbidden);
  });

  it('lists recent events newest first, with filters', async () => {
    const w = await buildWorld(database().db);
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Share the figures' });
    await postUpdate(w.ctx, action.id, { text: 'Shared', status: 'completed' });
    const recent = await listAuditEvents(w.ctx, { entityType: 'action', entityId: action.id });
    expect(recent.items.map((e) => e.event)).toEqual(['action.status', 'action.create']);
    expect((await listAuditEvents(w.ctx, { event: 'meeting.', pageSize: 200 })).items.every((e) => e.event.startsWith('meeting.'))).toBe(true);
    expect((await listAuditEvents(w.ctx, { event: 'action.status', entityId: action.id })).total).toBe(1);
    expect((await listAuditEvents(w.ctx, { from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
    await expect(listAuditEvents(w.ctx, { from: 'yesterday' })).rejects.toThrow(/from/);
    await expect(listAuditEvents(contextAs(database().db, viewerRole('viewer')), {})).rejects.toBeInstanceOf(Forbidden);
  });
});
