import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, buildWorld, publishMeeting } from '../support/world.js';

describeEachDriver('recommendations API', (database) => {
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

  async function recommendation() {
    const source = await post('/api/recommendation-sources', { kind: 'inspection', title: 'PEEL 2024', issuer: 'HMICFRS', publishedOn: '2024-05-01' });
    expect(source.statusCode).toBe(201);
    const rec = await post('/api/recommendations', { sourceId: source.json().id, number: '1', text: 'Improve call handling.', ownerBodyId: w.group.id });
    expect(rec.statusCode).toBe(201);
    return { source: source.json(), rec: rec.json() };
  }

  it('records a source with its s55 clock and a recommendation, described in OpenAPI', async () => {
    const { source, rec } = await recommendation();
    expect(source).toMatchObject({ responseDueOn: '2024-06-26', clock: { state: 'running', daysLeft: 11 } });
    expect(rec).toMatchObject({ response: 'pending', implementation: 'not started', sourceTitle: 'PEEL 2024', ownerBodyName: w.group.name, actions: [] });
    const withRecs = (await app.inject(`/api/recommendation-sources/${source.id}`)).json();
    expect(withRecs.recommendations.map((r: { id: number }) => r.id)).toEqual([rec.id]);
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/recommendations', '/api/recommendations/{id}/response', '/api/recommendation-sources', '/api/plans/{id}',
      '/api/escalations', '/api/work-programme', '/api/feedback', '/api/documents/{id}/content', '/api/audit/{entityType}/{id}',
    ]));
    expect(doc.paths['/api/recommendations'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['sourceId', 'responseOverdue']));
  });

  it('lets the public read recommendations but not write: 401; a viewer gets 403', async () => {
    const { rec } = await recommendation();
    expect((await app.inject('/api/recommendations')).statusCode).toBe(200);
    expect((await app.inject(`/api/recommendations/${rec.id}`)).json().id).toBe(rec.id);
    expect((await app.inject({ method: 'POST', url: `/api/recommendations/${rec.id}/response`, payload: { response: 'accepted', responseText: 'Yes' } })).statusCode).toBe(401);
    expect((await post(`/api/recommendations/${rec.id}/response`, { response: 'accepted', responseText: 'Yes' }, viewer)).statusCode).toBe(403);
    expect((await app.inject(`/api/recommendations/${rec.id}`)).json().response).toBe('pending');
  });

  it('needs reasons for "not accepted", refuses a wrong transition with 409, and closes only with evidence', async () => {
    const db = database().db;
    const { rec } = await recommendation();
    const url = `/api/recommendations/${rec.id}`;
    const events = await auditCount(db, 'recommendation', rec.id);
    const noReasons = await post(`${url}/response`, { response: 'not accepted' });
    expect(noReasons.statusCode).toBe(400);
    expect(noReasons.json().problems[0].field).toBe('responseText');
    expect((await post(`${url}/implementation`, { implementation: 'complete' })).statusCode).toBe(409);
    expect((await post(`${url}/response`, { response: 'accepted', responseText: 'Accepted in full.' })).json().response).toBe('accepted');
    expect((await post(`${url}/implementation`, { implementation: 'complete' })).statusCode).toBe(200);
    const back = await post(`${url}/implementation`, { implementation: 'not started' });
    expect(back.statusCode).toBe(409);
    expect(back.json().message).toMatch(/complete cannot become not started/);
    const noEvidence = await post(`${url}/implementation`, { implementation: 'closed' });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().problems[0].field).toBe('closureEvidence');
    expect((await app.inject(url)).json()).toMatchObject({ implementation: 'complete', closedOn: null });
    expect(await auditCount(db, 'recommendation', rec.id)).toBe(events + 2);
    const closed = await post(`${url}/implementation`, { implementation: 'closed', closureEvidence: 'Call answering within 10s is now 92%.' });
    expect(closed.json()).toMatchObject({ implementation: 'closed', closedOn: '2024-06-15' });
  });

  it('links implementing actions and shows the public only those it may see', async () => {
    const { rec } = await recommendation();
    const shown = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Recruit call handlers' });
    const hidden = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.exempt.id, text: 'Discipline matter' });
    for (const a of [shown, hidden]) expect((await post(`/api/recommendations/${rec.id}/actions`, { actionId: a.id })).statusCode).toBe(201);
    expect((await post(`/api/recommendations/${rec.id}/actions`, { actionId: shown.id })).statusCode).toBe(409);
    await publishMeeting(w.ctx, w.past.id);
    const seen = (await app.inject(`/api/recommendations/${rec.id}`)).json();
    expect(seen.actions.map((a: { id: number }) => a.id)).toEqual([shown.id]);
    expect(JSON.stringify(seen)).not.toContain('Discipline matter');
    expect((await app.inject({ url: `/api/recommendations/${rec.id}`, headers: secretariat })).json().actions).toHaveLength(2);
    expect((await app.inject({ method: 'DELETE', url: `/api/recommendations/${rec.id}/actions/${hidden.id}`, headers: secretariat })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: `/api/recommendations/${rec.id}/actions/${hidden.id}`, headers: secretariat })).statusCode).toBe(404);
  });

  it('answers bad input with a 4xx naming the field, and changes nothing', async () => {
    const before = (await app.inject('/api/recommendations?pageSize=200')).json().total;
    const wrongType = await post('/api/recommendations', { sourceId: 'abc', number: 1, text: 42 });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['sourceId', 'text']));
    expect((await post('/api/recommendations', { sourceId: 987654, number: '1', text: 'x' })).json().problems[0].field).toBe('sourceId');
    const tooLong = await post('/api/recommendation-sources', { kind: 'audit', title: 'x'.repeat(501) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toMatch(/title: Enter 500 characters or fewer/);
    expect((await post('/api/recommendation-sources', { kind: 'rumour', title: 'x' })).json().problems[0].field).toBe('kind');
    expect((await app.inject('/api/recommendations?response=maybe')).statusCode).toBe(400);
    expect((await app.inject('/api/recommendations/987654')).statusCode).toBe(404);
    expect((await app.inject('/api/recommendations?pageSize=200')).json().total).toBe(before);
  });
});
