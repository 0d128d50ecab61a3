import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { Forbidden, NotFound } from '../../src/services/errors.js';
import { scheduleMeeting } from '../../src/services/meetings/index.js';
import { addWorkItem, getWorkItem, listWorkProgramme, updateWorkItem } from '../../src/services/workProgramme/index.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, auditEventsOf, buildWorld, contextAs, viewerRole } from '../support/world.js';

describeEachDriver('work programme', (database) => {
  it('adds topics, schedules them onto the body\'s meetings, and lists them soonest first', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const later = await addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'Homelessness', requestedBy: 'the Chair', requestedAtMeetingId: w.past.id, plannedFor: 'March' });
    expect(later.status).toBe('proposed');
    const soon = await addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'Stop and search data', plannedMeetingId: w.next.id, leadPersonId: w.member.id });
    expect(soon.status).toBe('scheduled');
    const dropped = await addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'Drones', status: 'dropped' });
    const list = await listWorkProgramme(w.ctx, { bodyId: w.group.id });
    expect(list.items.map((i) => i.topic)).toEqual(['Stop and search data', 'Homelessness', 'Drones']);
    expect(list.items[0]).toMatchObject({ plannedMeetingDate: w.next.date, leadPersonName: 'Rhian Tudor', bodyShortName: w.group.shortName });
    expect((await listWorkProgramme(w.ctx, { bodyId: w.group.id, status: ['proposed', 'scheduled'] })).total).toBe(2);

    const scheduled = await updateWorkItem(w.ctx, later.id, { plannedMeetingId: w.next.id });
    expect(scheduled).toMatchObject({ status: 'scheduled', plannedFor: 'March', requestedBy: 'the Chair' });
    expect((await updateWorkItem(w.ctx, later.id, { status: 'done' })).status).toBe('done');
    expect((await listWorkProgramme(w.ctx, { plannedMeetingId: w.next.id })).total).toBe(2);
    expect((await getWorkItem(w.ctx, dropped.id)).status).toBe('dropped');
    expect(await auditEventsOf(db, 'workProgrammeItem', later.id)).toEqual(['workProgramme.create', 'workProgramme.update', 'workProgramme.update']);
  });

  it('schedules only onto a meeting of the same body, and refuses bad input without changing anything', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const boardMeeting = await scheduleMeeting(w.ctx, { bodyId: w.board.id, date: '2024-09-01' });
    const item = await addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'Youth violence' });
    const events = await auditCount(db);
    await expect(updateWorkItem(w.ctx, item.id, { plannedMeetingId: boardMeeting.id })).rejects.toThrow(/plannedMeetingId: Meeting \d+ is not a meeting of Accountability Group/);
    await expect(addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'x', requestedAtMeetingId: boardMeeting.id })).rejects.toThrow(/requestedAtMeetingId/);
    await expect(addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'x', leadPersonId: 424242 })).rejects.toThrow(/leadPersonId: There is no person/);
    await expect(addWorkItem(w.ctx, { bodyId: 424242, topic: 'x' })).rejects.toThrow(/bodyId/);
    await expect(addWorkItem(w.ctx, { bodyId: w.group.id, topic: 'x'.repeat(301) })).rejects.toThrow(/topic: Enter 300 characters or fewer/);
    await expect(updateWorkItem(w.ctx, item.id, { status: 'someday' as 'done' })).rejects.toThrow(/status/);
    await expect(updateWorkItem(w.ctx, 424242, { status: 'done' })).rejects.toBeInstanceOf(NotFound);
    await expect(updateWorkItem(contextAs(db, viewerRole('viewer')), item.id, { status: 'done' })).rejects.toBeInstanceOf(Forbidden);
    await expect(listWorkProgramme(contextAs(db, PUBLIC), {})).rejects.toBeInstanceOf(Forbidden);
    expect(await getWorkItem(w.ctx, item.id)).toMatchObject({ status: 'proposed', plannedMeetingId: null });
    expect(await auditCount(db)).toBe(events);
  });
});
