import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { setMeetingStatus } from '../../src/services/meetings/index.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld } from '../support/world.js';

describeEachDriver('core API', (database) => {
  let app: FastifyInstance;
  let w: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: { authorization: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    w = await buildWorld(database().db);
    secretariat = await bearerFor(database().db, 'secretariat');
  });
  afterAll(async () => app.close());

  it('describes itself with OpenAPI 3', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/actions', '/api/meetings/{id}', '/api/bodies']));
    expect(doc.paths['/api/actions'].post.requestBody).toBeDefined();
  });

  it('shows the public only published meetings, and withholds exempt items', async () => {
    const list = async () => (await app.inject('/api/meetings?bodyId=' + w.group.id)).json();
    expect((await list()).total).toBe(0);
    expect((await app.inject(`/api/meetings/${w.past.id}`)).statusCode).toBe(404);
    await setMeetingStatus(w.ctx, w.past.id, { status: 'minutes approved' });
    await setMeetingStatus(w.ctx, w.past.id, { status: 'published' });
    expect((await list()).total).toBe(1);
    const view = (await app.inject(`/api/meetings/${w.past.id}`)).json();
    const exempt = view.items.find((i: { id: number }) => i.id === w.exempt.id);
    expect(exempt.title).toBe('Exempt item: staffing matter');
    expect(exempt.withheld).toBe(true);
    expect(JSON.stringify(view)).not.toContain('named officer');
    const internal = (await app.inject({ url: `/api/meetings/${w.past.id}`, headers: secretariat })).json();
    expect(internal.items.find((i: { id: number }) => i.id === w.exempt.id).title).toBe('Complaint about a named officer');
  });

  it('asks the public to sign in for writes and internal records', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/bodies', payload: { name: 'X', shortName: 'X' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect((await app.inject('/api/people')).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/people', headers: { authorization: 'Bearer ovs_nonsense' } })).statusCode).toBe(401);
  });

  it('raises an action and posts updates through the API', async () => {
    const created = await app.inject({
      method: 'POST', url: '/api/actions', headers: secretariat,
      payload: { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Share the stop and search data', owners: [{ personId: w.officer.id }], dueDate: '2024-07-01' },
    });
    expect(created.statusCode).toBe(201);
    const action = created.json();
    expect(action.reference).toMatch(new RegExp(`^${w.group.shortName}/2024-03/\\d+$`));
    expect(action.owners[0].name).toBe('Morgan Pryce');
    const update = await app.inject({ method: 'POST', url: `/api/actions/${action.id}/updates`, headers: secretariat, payload: { text: 'Data shared', status: 'completed' } });
    expect(update.statusCode).toBe(201);
    expect(update.json().action.status).toBe('completed');
    const found = await app.inject({ url: `/api/actions/by-reference?reference=${encodeURIComponent(action.reference)}`, headers: secretariat });
    expect(found.json().id).toBe(action.id);
  });

  it('answers bad input with a 4xx naming the field, and changes nothing', async () => {
    const before = (await app.inject({ url: '/api/actions?pageSize=200', headers: secretariat })).json().total;
    const wrongType = await app.inject({ method: 'POST', url: '/api/actions', headers: secretariat, payload: { meetingId: 'abc', text: 42 } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['meetingId', 'text']));
    const tooLong = await app.inject({ method: 'POST', url: '/api/actions', headers: secretariat, payload: { meetingId: w.past.id, text: 'x'.repeat(5000) } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toMatch(/text: Enter 4000 characters or fewer/);
    const unknownMeeting = await app.inject({ method: 'POST', url: '/api/actions', headers: secretariat, payload: { meetingId: 987654, text: 'Anything' } });
    expect(unknownMeeting.statusCode).toBe(400);
    expect(unknownMeeting.json().problems[0].field).toBe('meetingId');
    const unknownOwner = await app.inject({ method: 'POST', url: '/api/actions', headers: secretariat, payload: { meetingId: w.past.id, text: 'Anything', owners: [{ personId: 987654 }] } });
    expect(unknownOwner.statusCode).toBe(400);
    expect(unknownOwner.json().problems[0].field).toBe('owners.0.personId');
    expect((await app.inject({ url: '/api/actions?pageSize=200', headers: secretariat })).json().total).toBe(before);
    expect((await app.inject({ url: '/api/actions/987654', headers: secretariat })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/nowhere' })).statusCode).toBe(404);
  });

  it('refuses an invalid status change with 409 and leaves the action as it was', async () => {
    const a = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Deferred thing' });
    const defer = await app.inject({ method: 'POST', url: `/api/actions/${a.id}/updates`, headers: secretariat, payload: { text: 'Later', status: 'deferred' } });
    expect(defer.statusCode).toBe(201);
    const res = await app.inject({ method: 'POST', url: `/api/actions/${a.id}/updates`, headers: secretariat, payload: { text: 'Done', status: 'completed' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/deferred cannot become completed/);
    const after = (await app.inject({ url: `/api/actions/${a.id}`, headers: secretariat })).json();
    expect(after.status).toBe('deferred');
    expect(after.history).toHaveLength(1);
  });

  it('refuses a duplicate short name with 409', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/bodies', headers: secretariat, payload: { name: 'Another', shortName: w.group.shortName } });
    expect(res.statusCode).toBe(409);
    expect(res.json().problems[0].field).toBe('shortName');
  });
});
