import { expect, it } from 'vitest';
import { PUBLIC } from '../../src/domain/access.js';
import { raiseAction } from '../../src/services/actions/index.js';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../src/services/errors.js';
import {
  createSource, getRecommendation, getSource, linkAction, listRecommendations, listSources, recordRecommendation,
  recordResponse, responseClock, setImplementation, unlinkAction, updateSource,
} from '../../src/services/recommendations/index.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, auditEventsOf, buildWorld, contextAs, memberViewer, publishMeeting, viewerRole } from '../support/world.js';

async function inspectionWith(w: Awaited<ReturnType<typeof buildWorld>>, publishedOn = '2024-03-01') {
  const source = await createSource(w.ctx, { kind: 'inspection', title: 'PEEL inspection 2024', issuer: 'HMICFRS', publishedOn, bodyId: w.board.id });
  const rec = await recordRecommendation(w.ctx, {
    sourceId: source.id, number: '1', text: 'Within six months, the force should improve how it records stop and search.',
    ownerBodyId: w.group.id, ownerOrganisationId: w.force.id, dueText: 'within 6 months',
  });
  return { source, rec };
}

describeEachDriver('recommendations', (database) => {
  it('runs the s55 clock: an inspection\'s response is due 56 days after publication', async () => {
    const w = await buildWorld(database().db);
    const { source, rec } = await inspectionWith(w);
    expect(source.responseDueOn).toBe('2024-04-26');
    expect((await getSource(w.ctx, source.id)).clock).toMatchObject({ state: 'overdue', daysLeft: -50 });
    const running = await createSource(w.ctx, { kind: 'inspection', title: 'Custody inspection', publishedOn: '2024-06-01' });
    expect((await getSource(w.ctx, running.id)).clock).toMatchObject({ dueOn: '2024-07-27', state: 'running', daysLeft: 42 });
    const overdue = await listRecommendations(w.ctx, { responseOverdue: true });
    expect(overdue.items.map((r) => r.id)).toContain(rec.id);
    await recordResponse(w.ctx, rec.id, { response: 'accepted', responseText: 'The force accepts this recommendation.' });
    expect((await listRecommendations(w.ctx, { responseOverdue: true, sourceId: source.id })).total).toBe(0);
    await updateSource(w.ctx, source.id, { respondedOn: '2024-05-01' });
    expect((await getSource(w.ctx, source.id)).clock.state).toBe('responded late');
    expect(responseClock({ responseDueOn: '2024-04-26', respondedOn: '2024-04-20' }, '2024-06-15').state).toBe('responded');
    const audit = await createSource(w.ctx, { kind: 'audit', title: 'Internal audit of overtime', publishedOn: '2024-03-01' });
    expect(audit.responseDueOn).toBeNull();
  });

  it('refuses a given due date for an inspection and a response before publication', async () => {
    const w = await buildWorld(database().db);
    await expect(createSource(w.ctx, { kind: 'inspection', title: 'X', publishedOn: '2024-03-01', responseDueOn: '2024-09-01' }))
      .rejects.toThrow(/responseDueOn: .*56 days/);
    await expect(createSource(w.ctx, { kind: 'inspection', title: 'X', publishedOn: '2024-03-01', respondedOn: '2024-02-01' }))
      .rejects.toThrow(/respondedOn/);
    await expect(createSource(w.ctx, { kind: 'inspection', title: 'X', bodyId: 424242 })).rejects.toThrow(/bodyId: There is no body/);
    await expect(createSource(w.ctx, { kind: 'gossip' as 'audit', title: 'X' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(createSource(w.ctx, { kind: 'audit', title: 'X', url: 'not a url' })).rejects.toThrow(/url: Enter a web address/);
  });

  it('needs the reasons when a recommendation is not accepted, and changes nothing without them', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const { rec } = await inspectionWith(w);
    const events = await auditCount(db);
    const refused = await recordResponse(w.ctx, rec.id, { response: 'not accepted' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInput);
    expect((refused as InvalidInput).problems[0]).toMatchObject({ field: 'responseText', message: expect.stringMatching(/reasons/) });
    expect((await getRecommendation(w.ctx, rec.id)).response).toBe('pending');
    expect(await auditCount(db)).toBe(events);
    await expect(recordResponse(w.ctx, rec.id, { response: 'accepted' })).rejects.toThrow(/responseText/);
    await expect(recordResponse(w.ctx, rec.id, { response: 'accepted', responseText: 'Yes', responseDate: '2024-01-01' })).rejects.toThrow(/responseDate/);
    const answered = await recordResponse(w.ctx, rec.id, { response: 'not accepted', responseText: 'The cost outweighs the benefit.' });
    expect(answered).toMatchObject({ response: 'not accepted', responseDate: w.ctx.today });
    expect(await auditEventsOf(db, 'recommendation', rec.id)).toEqual(['recommendation.create', 'recommendation.response']);
  });

  it('moves implementation only as allowed, and closes only with evidence', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const { rec } = await inspectionWith(w);
    await expect(setImplementation(w.ctx, rec.id, { implementation: 'being progressed' })).rejects.toThrow(/Record the response/);
    await recordResponse(w.ctx, rec.id, { response: 'partially accepted', responseText: 'Accepted for stop and search only.' });
    await setImplementation(w.ctx, rec.id, { implementation: 'being progressed' });
    const events = await auditCount(db, 'recommendation', rec.id);
    const back = await setImplementation(w.ctx, rec.id, { implementation: 'not started' }).catch((e: unknown) => e);
    expect(back).toBeInstanceOf(Conflict);
    expect((back as Conflict).message).toMatch(/being progressed cannot become not started/);
    const noEvidence = await setImplementation(w.ctx, rec.id, { implementation: 'closed' }).catch((e: unknown) => e);
    expect((noEvidence as InvalidInput).problems[0]!.field).toBe('closureEvidence');
    await expect(setImplementation(contextAs(db, viewerRole('viewer')), rec.id, { implementation: 'closed', closureEvidence: 'x' }))
      .rejects.toBeInstanceOf(Forbidden);
    expect((await getRecommendation(w.ctx, rec.id)).implementation).toBe('being progressed');
    expect(await auditCount(db, 'recommendation', rec.id)).toBe(events);
    const closed = await setImplementation(w.ctx, rec.id, { implementation: 'closed', closureEvidence: 'Audit of 50 records in May showed full compliance.' });
    expect(closed).toMatchObject({ implementation: 'closed', closedOn: w.ctx.today });
    const reopened = await setImplementation(w.ctx, rec.id, { implementation: 'being progressed' });
    expect(reopened).toMatchObject({ closedOn: null, closureEvidence: null });
    await expect(setImplementation(w.ctx, 999_999, { implementation: 'complete' })).rejects.toBeInstanceOf(NotFound);
  });

  it('shows implementing actions with status and RAG, and only those the viewer may see', async () => {
    const w = await buildWorld(database().db);
    const db = database().db;
    const { source, rec } = await inspectionWith(w);
    const open = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Audit stop and search records', dueDate: '2024-05-01' });
    const exempt = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.exempt.id, text: 'Review the officer\'s conduct' });
    await linkAction(w.ctx, rec.id, { actionId: open.id });
    await linkAction(w.ctx, rec.id, { actionId: exempt.id });
    await expect(linkAction(w.ctx, rec.id, { actionId: open.id })).rejects.toBeInstanceOf(Conflict);
    await expect(linkAction(w.ctx, rec.id, { actionId: 424242 })).rejects.toThrow(/actionId: There is no action/);
    const full = await getRecommendation(w.ctx, rec.id);
    expect(full.source.id).toBe(source.id);
    expect(full.actions.map((a) => [a.id, a.status, a.rag])).toEqual([[open.id, 'open', 'red'], [exempt.id, 'open', 'green']]);

    await publishMeeting(w.ctx, w.past.id);
    const publicCtx = contextAs(db, PUBLIC);
    const seen = await getRecommendation(publicCtx, rec.id);
    expect(seen.actions.map((a) => a.id)).toEqual([open.id]);
    expect(seen.actionCount).toBe(1);
    expect((await listSources(publicCtx, {})).items.map((s) => s.id)).toContain(source.id);
    expect((await listRecommendations(publicCtx, { sourceId: source.id })).items[0]!.actionCount).toBe(1);
    expect((await getRecommendation(contextAs(db, memberViewer(w.member.id, [w.group.id])), rec.id)).actions).toHaveLength(2);
    await expect(recordRecommendation(publicCtx, { sourceId: source.id, number: '2', text: 'x' })).rejects.toBeInstanceOf(Forbidden);

    await unlinkAction(w.ctx, rec.id, exempt.id);
    await expect(unlinkAction(w.ctx, rec.id, exempt.id)).rejects.toBeInstanceOf(NotFound);
    expect((await getRecommendation(w.ctx, rec.id)).actions.map((a) => a.id)).toEqual([open.id]);
    expect(await auditEventsOf(db, 'recommendation', rec.id)).toEqual([
      'recommendation.create', 'recommendation.linkAction', 'recommendation.linkAction', 'recommendation.unlinkAction',
    ]);
  });

  it('filters by source, kind, response, implementation and owner body', async () => {
    const w = await buildWorld(database().db);
    const { source, rec } = await inspectionWith(w);
    const review = await createSource(w.ctx, { kind: 'scrutiny review', title: 'Review of hate crime' });
    const other = await recordRecommendation(w.ctx, { sourceId: review.id, number: 'R1', text: 'Publish hate crime data quarterly.', ownerBodyId: w.board.id });
    await recordResponse(w.ctx, other.id, { response: 'accepted', responseText: 'Agreed.' });
    const ids = async (f: Parameters<typeof listRecommendations>[1]) => (await listRecommendations(w.ctx, f)).items.map((r) => r.id);
    expect(await ids({ sourceId: source.id })).toEqual([rec.id]);
    expect(await ids({ kind: 'scrutiny review', sourceId: review.id })).toEqual([other.id]);
    expect(await ids({ bodyId: w.group.id })).toEqual([rec.id]);
    expect(await ids({ bodyId: w.board.id, response: ['accepted'] })).toEqual([other.id]);
    expect(await ids({ bodyId: w.board.id, implementation: ['complete'] })).toEqual([]);
    await expect(listRecommendations(w.ctx, { response: ['maybe' as 'accepted'] })).rejects.toThrow(/response/);
    await expect(recordRecommendation(w.ctx, { sourceId: 424242, number: '1', text: 'x' })).rejects.toThrow(/sourceId/);
    await expect(recordRecommendation(w.ctx, { sourceId: source.id, number: '1', text: 'x', ownerOrganisationId: 424242 })).rejects.toThrow(/ownerOrganisationId/);
  });
});
