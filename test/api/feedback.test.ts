import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, buildWorld } from '../support/world.js';

describeEachDriver('feedback API', (database) => {
  let app: FastifyInstance;
  let w: Awaited<ReturnType<typeof buildWorld>>;
  let member: { authorization: string };
  let viewer: { authorization: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    w = await buildWorld(database().db);
    member = await bearerFor(database().db, 'member', w.member.id);
    viewer = await bearerFor(database().db, 'viewer');
  });
  afterAll(async () => app.close());

  it('lets a member record a challenge and its outcome', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/feedback', headers: member, payload: { bodyId: w.group.id, meetingId: w.past.id, raisedByPersonId: w.member.id, challenge: 'Asked for stop and search figures by ethnicity.' } });
    expect(created.statusCode).toBe(201);
    const url = `/api/feedback/${created.json().id}`;
    expect((await app.inject({ url: `/api/feedback?bodyId=${w.group.id}&hasOutcome=false`, headers: viewer })).json().total).toBe(1);
    const outcome = await app.inject({ method: 'POST', url: `${url}/outcome`, headers: member, payload: { outcome: 'Figures by ethnicity are now in every quarterly report.', outcomeOn: '2024-06-01' } });
    expect(outcome.json()).toMatchObject({ outcomeOn: '2024-06-01', raisedByName: 'Rhian Tudor' });
    expect((await app.inject({ url: `/api/feedback?bodyId=${w.group.id}&hasOutcome=true`, headers: viewer })).json().total).toBe(1);
  });

  it('refuses bad input and those who may not record feedback, changing nothing', async () => {
    const db = database().db;
    const secretariat = await bearerFor(db, 'secretariat');
    const events = await auditCount(db);
    const notTheirs = await app.inject({ method: 'POST', url: '/api/feedback', headers: member, payload: { bodyId: w.board.id, challenge: 'x' } });
    expect(notTheirs.statusCode).toBe(403);
    const wrongBody = await app.inject({ method: 'POST', url: '/api/feedback', headers: secretariat, payload: { bodyId: w.board.id, meetingId: w.past.id, challenge: 'x' } });
    expect(wrongBody.statusCode).toBe(400);
    expect(wrongBody.json().problems[0].field).toBe('meetingId');
    expect((await app.inject({ method: 'POST', url: '/api/feedback', headers: member, payload: { bodyId: w.group.id, challenge: 'x'.repeat(4001) } })).json().problems[0].field).toBe('challenge');
    expect((await app.inject({ method: 'POST', url: '/api/feedback', headers: member, payload: { bodyId: w.group.id, challenge: ['x'] } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/feedback', headers: viewer, payload: { bodyId: w.group.id, challenge: 'x' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/feedback', payload: { bodyId: w.group.id, challenge: 'x' } })).statusCode).toBe(401);
    expect((await app.inject('/api/feedback')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/feedback/987654/outcome', headers: member, payload: { outcome: 'x' } })).statusCode).toBe(404);
    expect(await auditCount(db)).toBe(events);
  });
});
