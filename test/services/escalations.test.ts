import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { raiseAction } from '../../src/services/actions/index.js';
import { Conflict, Forbidden, NotFound, type InvalidInput } from '../../src/services/errors.js';
import {
  escalate, escalationsOfAction, getEscalation, listEscalations, recordOutcome,
} from '../../src/services/escalations/index.js';
import { addAgendaItem, scheduleMeeting } from '../../src/services/meetings/index.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, auditEventsOf, buildWorld, contextAs, memberViewer, viewerRole } from '../support/world.js';

describeEachDriver('escalations', (database) => {
  it('escalates an action to another body and records the outcome heard there', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Fund the custody review' });
    const escalation = await escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, actionId: action.id, raisedAtMeetingId: w.past.id, reason: 'Needs a funding decision.' });
    expect(escalation.status).toBe('waiting');
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, actionId: action.id, reason: 'Again' })).rejects.toBeInstanceOf(Conflict);

    const waiting = await listEscalations(w.ctx, { toBodyId: w.board.id, status: ['waiting'] });
    expect(waiting.items.map((e) => [e.id, e.actionReference, e.fromBodyShortName])).toEqual([[escalation.id, action.reference, w.group.shortName]]);
    expect((await listEscalations(w.ctx, { fromBodyId: w.group.id })).total).toBe(1);
    expect((await listEscalations(w.ctx, { fromBodyId: w.board.id })).total).toBe(0);

    const boardMeeting = await scheduleMeeting(w.ctx, { bodyId: w.board.id, date: '2024-06-01' });
    const events = await auditCount(db, 'escalation', escalation.id);
    const noWords = await recordOutcome(w.ctx, escalation.id, { status: 'decided' }).catch((e: unknown) => e);
    expect((noWords as InvalidInput).problems[0]).toMatchObject({ field: 'outcome', message: 'Say what was decided.' });
    await expect(recordOutcome(w.ctx, escalation.id, { status: 'returned', outcome: '  ' })).rejects.toThrow(/outcome: Say why the escalation was returned/);
    await expect(recordOutcome(w.ctx, escalation.id, { status: 'decided', outcome: 'Funded', heardAtMeetingId: w.past.id }))
      .rejects.toThrow(/heardAtMeetingId: Meeting \d+ is not a meeting of Strategic Board/);
    await expect(recordOutcome(w.ctx, escalation.id, { status: 'waiting' as 'decided', outcome: 'x' })).rejects.toThrow(/status/);
    expect((await getEscalation(w.ctx, escalation.id)).status).toBe('waiting');
    expect(await auditCount(db, 'escalation', escalation.id)).toBe(events);

    const decided = await recordOutcome(w.ctx, escalation.id, { status: 'decided', outcome: 'The board agreed to fund it from reserves.', heardAtMeetingId: boardMeeting.id });
    expect(decided).toMatchObject({ status: 'decided', decidedOn: '2024-06-01', heardAtMeetingId: boardMeeting.id });
    await expect(recordOutcome(w.ctx, escalation.id, { status: 'withdrawn', outcome: 'No longer needed' })).rejects.toThrow(/already decided on 2024-06-01/);
    const ofAction = await escalationsOfAction(w.ctx, action.id);
    expect(ofAction.map((e) => [e.status, e.heardAtMeetingDate, e.toBodyName])).toEqual([['decided', '2024-06-01', w.board.name]]);
    expect(await auditEventsOf(db, 'escalation', escalation.id)).toEqual(['escalation.create', 'escalation.outcome']);
  });

  it('refuses an escalation to the same body, or of something that is not the from-body\'s', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const boardMeeting = await scheduleMeeting(w.ctx, { bodyId: w.board.id, date: '2024-05-01' });
    const boardItem = await addAgendaItem(w.ctx, boardMeeting.id, { title: 'Budget' });
    const boardAction = await raiseAction(w.ctx, { meetingId: boardMeeting.id, text: 'Board action' });
    const events = await auditCount(db);
    const same = await escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.group.id, reason: 'x' }).catch((e: unknown) => e);
    expect((same as InvalidInput).problems[0]!.field).toBe('toBodyId');
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, actionId: boardAction.id, reason: 'x' })).rejects.toThrow(/actionId: Action .* is not an action of Accountability Group/);
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, agendaItemId: boardItem.id, reason: 'x' })).rejects.toThrow(/agendaItemId/);
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, agendaItemId: w.item.id, raisedAtMeetingId: w.next.id, reason: 'x' })).rejects.toThrow(/agendaItemId: Agenda item \d+ is not an item of meeting/);
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, raisedAtMeetingId: boardMeeting.id, reason: 'x' })).rejects.toThrow(/raisedAtMeetingId/);
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: 424242, reason: 'x' })).rejects.toThrow(/toBodyId: There is no body/);
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, reason: '' })).rejects.toThrow(/reason/);
    await expect(escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, reason: 'x'.repeat(4001) })).rejects.toThrow(/reason: Enter 4000 characters or fewer/);
    await expect(escalate(contextAs(db, memberViewer(w.member.id, [w.group.id])), { fromBodyId: w.group.id, toBodyId: w.board.id, reason: 'x' })).rejects.toBeInstanceOf(Forbidden);
    await expect(recordOutcome(w.ctx, 424242, { status: 'decided', outcome: 'x' })).rejects.toBeInstanceOf(NotFound);
    expect(await auditCount(db)).toBe(events);
    const item = await escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, agendaItemId: w.item.id, reason: 'For oversight' });
    expect(item.raisedAtMeetingId).toBe(w.past.id);
  });

  it('hides an escalated exempt item from those who may not see it', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const secret = await escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, agendaItemId: w.exempt.id, reason: 'Misconduct finding' });
    const open = await escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, reason: 'Waiting times in custody' });
    const ids = async (ctx: typeof w.ctx) => (await listEscalations(ctx, { fromBodyId: w.group.id })).items.map((e) => e.id).sort();
    expect(await ids(contextAs(db, viewerRole('viewer')))).toEqual([open.id]);
    await expect(getEscalation(contextAs(db, viewerRole('viewer')), secret.id)).rejects.toBeInstanceOf(NotFound);
    expect(await ids(contextAs(db, memberViewer(w.member.id, [w.group.id])))).toEqual([secret.id, open.id].sort());
    expect(await ids(w.ctx)).toEqual([secret.id, open.id].sort());
    await expect(listEscalations(contextAs(db, PUBLIC), {})).rejects.toBeInstanceOf(Forbidden);
  });
});
