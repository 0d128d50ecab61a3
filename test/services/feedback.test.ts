import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { Forbidden, NotFound } from '../../src/services/errors.js';
import { getFeedback, listFeedback, recordFeedback, recordFeedbackOutcome, updateFeedback } from '../../src/services/feedback/index.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, auditEventsOf, buildWorld, contextAs, memberViewer, viewerRole } from '../support/world.js';

describeEachDriver('feedback and outcomes', (database) => {
  it('lets members record what they challenged, and records what changed as a result', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const member = contextAs(db, memberViewer(w.member.id, [w.group.id]));
    const challenge = await recordFeedback(member, {
      bodyId: w.group.id, agendaItemId: w.item.id, raisedByPersonId: w.member.id,
      challenge: 'Asked why stop and search of young Black men had risen by a third.',
    });
    expect(challenge.meetingId).toBe(w.past.id);
    const outsider = contextAs(db, memberViewer(w.member.id, [w.board.id]));
    await expect(recordFeedback(outsider, { bodyId: w.group.id, challenge: 'Not my body' })).rejects.toThrow(/only for the bodies they sit on/);
    const other = await recordFeedback(w.ctx, { bodyId: w.group.id, challenge: 'Suggested publishing the data monthly.' });
    expect((await listFeedback(w.ctx, { bodyId: w.group.id, hasOutcome: false })).total).toBe(2);

    await expect(recordFeedbackOutcome(w.ctx, challenge.id, { outcome: 'x', outcomeOn: '2024-01-01' })).rejects.toThrow(/outcomeOn: The outcome cannot come before/);
    const outcome = await recordFeedbackOutcome(member, challenge.id, { outcome: 'The force now reviews every search of a child.' });
    expect(outcome).toMatchObject({ outcomeOn: w.ctx.today });
    const done = await listFeedback(w.ctx, { bodyId: w.group.id, hasOutcome: true });
    expect(done.items.map((f) => [f.id, f.raisedByName, f.agendaItemTitle, f.meetingDate])).toEqual([[challenge.id, 'Rhian Tudor', 'Stop and search', w.past.date]]);
    expect((await listFeedback(w.ctx, { bodyId: w.group.id, hasOutcome: false })).items.map((f) => f.id)).toEqual([other.id]);
    await updateFeedback(w.ctx, other.id, { meetingId: w.past.id });
    expect((await getFeedback(w.ctx, other.id)).meetingDate).toBe(w.past.date);
    expect(await auditEventsOf(db, 'feedback', challenge.id)).toEqual(['feedback.create', 'feedback.outcome']);
  });

  it('refuses bad input and those who may not record it, changing nothing', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const events = await auditCount(db);
    await expect(recordFeedback(w.ctx, { bodyId: w.board.id, meetingId: w.past.id, challenge: 'x' })).rejects.toThrow(/meetingId: Meeting \d+ is not a meeting of Strategic Board/);
    await expect(recordFeedback(w.ctx, { bodyId: w.group.id, meetingId: w.next.id, agendaItemId: w.item.id, challenge: 'x' })).rejects.toThrow(/agendaItemId/);
    await expect(recordFeedback(w.ctx, { bodyId: w.group.id, raisedByPersonId: 424242, challenge: 'x' })).rejects.toThrow(/raisedByPersonId/);
    await expect(recordFeedback(w.ctx, { bodyId: w.group.id, challenge: '' })).rejects.toThrow(/challenge/);
    await expect(recordFeedback(contextAs(db, viewerRole('viewer')), { bodyId: w.group.id, challenge: 'x' })).rejects.toBeInstanceOf(Forbidden);
    await expect(recordFeedback(contextAs(db, PUBLIC), { bodyId: w.group.id, challenge: 'x' })).rejects.toBeInstanceOf(Forbidden);
    await expect(recordFeedbackOutcome(w.ctx, 424242, { outcome: 'x' })).rejects.toBeInstanceOf(NotFound);
    expect(await auditCount(db)).toBe(events);
  });

  it('keeps feedback on an exempt item from those who may not see the item', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const secret = await recordFeedback(w.ctx, { bodyId: w.group.id, agendaItemId: w.exempt.id, challenge: 'Challenged the handling of the complaint.' });
    const viewer = contextAs(db, viewerRole('viewer'));
    expect((await listFeedback(viewer, { bodyId: w.group.id })).total).toBe(0);
    await expect(getFeedback(viewer, secret.id)).rejects.toBeInstanceOf(NotFound);
    expect((await listFeedback(contextAs(db, memberViewer(w.member.id, [w.group.id])), { bodyId: w.group.id })).total).toBe(1);
    await expect(listFeedback(contextAs(db, PUBLIC), {})).rejects.toBeInstanceOf(Forbidden);
  });
});
