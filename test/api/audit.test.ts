import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld } from '../support/world.js';

describeEachDriver('audit API', (database) => {
  let app: FastifyInstance;
  let w: Awaited<ReturnType<typeof buildWorld>>;
  let admin: { authorization: string };
  let secretariat: { authorization: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    w = await buildWorld(database().db);
    admin = await bearerFor(database().db, 'admin');
    secretariat = await bearerFor(database().db, 'secretariat');
  });
  afterAll(async () => app.close());

  it('shows administrators the history of a record and recent events, with the actor', async () => {
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Send the letter' });
    const update = await app.inject({ method: 'POST', url: `/api/actions/${action.id}/updates`, headers: secretariat, payload: { text: 'Sent', status: 'completed' } });
    expect(update.statusCode).toBe(201);
    const history = (await app.inject({ url: `/api/audit/action/${action.id}`, headers: admin })).json();
    expect(history.items.map((e: { event: string }) => e.event)).toEqual(['action.create', 'action.status']);
    expect(history.items[1]).toMatchObject({ actor: expect.stringMatching(/^secretariat-\d+@test\.example$/), before: { status: 'open' }, after: { status: 'completed' } });
    const recent = (await app.inject({ url: '/api/audit?entityType=action&pageSize=5', headers: admin })).json();
    expect(recent).toMatchObject({ page: 1, pageSize: 5 });
    expect(recent.items[0].event).toBe('action.status');
  });

  it('refuses everyone else, and bad input', async () => {
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Another' });
    expect((await app.inject({ url: `/api/audit/action/${action.id}`, headers: secretariat })).statusCode).toBe(403);
    expect((await app.inject(`/api/audit/action/${action.id}`)).statusCode).toBe(401);
    expect((await app.inject('/api/audit')).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/audit/action/987654', headers: admin })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/audit/action/abc', headers: admin })).json().problems[0].field).toBe('id');
    expect((await app.inject({ url: '/api/audit?from=yesterday', headers: admin })).json().problems[0].field).toBe('from');
  });
});
