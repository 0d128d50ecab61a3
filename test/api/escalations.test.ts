import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { scheduleMeeting } from '../../src/services/meetings/index.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, buildWorld } from '../support/world.js';

describeEachDriver('escalations API', (database) => {
  let app: FastifyInstance;
  let w: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: { authorization: string };
  let viewer: { authorization: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    w = await buildWorld(database().db);
    secretariat = await bearerFor(database().db, 'secretariat');
    viewer = await bearerFor(database().db, 'viewer');
  });
  afterAll(async () => app.close());

  const post = (url: string, payload: object, headers = secretariat) => app.inject({ method: 'POST', url, payload, headers });

  it('escalates an action, lists what waits for the body, and records the outcome once', async () => {
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Agree the custody budget' });
    const created = await post('/api/escalations', { fromBodyId: w.group.id, toBodyId: w.board.id, actionId: action.id, reason: 'Beyond the group\'s authority.' });
    expect(created.statusCode).toBe(201);
    const escalation = created.json();
    expect(escalation).toMatchObject({ status: 'waiting', actionReference: action.reference, toBodyName: w.board.name });
    const waiting = (await app.inject({ url: `/api/escalations?toBodyId=${w.board.id}&status=waiting`, headers: viewer })).json();
    expect(waiting.items.map((e: { id: number }) => e.id)).toContain(escalation.id);
    const noWords = await post(`/api/escalations/${escalation.id}/outcome`, { status: 'decided' });
    expect(noWords.statusCode).toBe(400);
    expect(noWords.json().problems[0].field).toBe('outcome');
    const wrongMeeting = await post(`/api/escalations/${escalation.id}/outcome`, { status: 'decided', outcome: 'Agreed', heardAtMeetingId: w.past.id });
    expect(wrongMeeting.json().problems[0].field).toBe('heardAtMeetingId');
    const boardMeeting = await scheduleMeeting(w.ctx, { bodyId: w.board.id, date: '2024-06-12' });
    const decided = await post(`/api/escalations/${escalation.id}/outcome`, { status: 'decided', outcome: 'Budget agreed.', heardAtMeetingId: boardMeeting.id });
    expect(decided.json()).toMatchObject({ status: 'decided', decidedOn: '2024-06-12', heardAtMeetingDate: '2024-06-12' });
    const again = await post(`/api/escalations/${escalation.id}/outcome`, { status: 'withdrawn', outcome: 'x' });
    expect(again.statusCode).toBe(409);
    expect((await app.inject({ url: `/api/actions/${action.id}/escalations`, headers: viewer })).json().items.map((e: { status: string }) => e.status)).toEqual(['decided']);
  });

  it('refuses an escalation to the same body, and those who may not escalate', async () => {
    const db = database().db;
    const events = await auditCount(db);
    const same = await post('/api/escalations', { fromBodyId: w.group.id, toBodyId: w.group.id, reason: 'x' });
    expect(same.statusCode).toBe(400);
    expect(same.json().problems[0]).toMatchObject({ field: 'toBodyId', message: expect.stringMatching(/another body/) });
    expect((await post('/api/escalations', { fromBodyId: w.group.id, toBodyId: w.board.id, reason: 'x' }, viewer)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/escalations', payload: { fromBodyId: w.group.id, toBodyId: w.board.id, reason: 'x' } })).statusCode).toBe(401);
    expect((await app.inject('/api/escalations')).statusCode).toBe(401);
    const wrongType = await post('/api/escalations', { fromBodyId: 'group', toBodyId: w.board.id, reason: 'x' });
    expect(wrongType.json().problems[0].field).toBe('fromBodyId');
    expect((await post('/api/escalations', { fromBodyId: w.group.id, toBodyId: w.board.id, actionId: 987654, reason: 'x' })).json().problems[0].field).toBe('actionId');
    expect((await post('/api/escalations/987654/outcome', { status: 'decided', outcome: 'x' })).statusCode).toBe(404);
    expect(await auditCount(db)).toBe(events);
  });
});
