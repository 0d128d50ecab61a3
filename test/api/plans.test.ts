import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, buildWorld } from '../support/world.js';

describeEachDriver('plans API', (database) => {
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

  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object, headers = secretariat) => app.inject({ method, url, payload, headers });

  it('builds a report card through the API', async () => {
    const plan = await send('POST', '/api/plans', { bodyId: w.group.id, title: 'Road safety plan', outcome: 'Fewer people are hurt on our roads' });
    expect(plan.statusCode).toBe(201);
    const planId = plan.json().id;
    const objective = (await send('POST', `/api/plans/${planId}/objectives`, { number: '1', text: 'We will enforce speed limits.' })).json();
    const action = await send('POST', `/api/plans/${planId}/actions`, { objectiveId: objective.id, number: '1.1', text: 'Speed camera van rota' });
    expect(action.statusCode).toBe(201);
    const task = await send('POST', `/api/plan-actions/${action.json().id}/tasks`, { text: 'Publish the rota', dueDate: '2024-06-01', owners: [{ team: 'Roads Policing' }], resources: 'Two vans' });
    expect(task.statusCode).toBe(201);
    expect(task.json()).toMatchObject({ rag: 'red', dueState: 'overdue', planActionId: action.json().id });
    const measure = (await send('POST', `/api/plans/${planId}/measures`, { name: 'People killed or seriously injured', betterDirection: 'down', baseline: 120 })).json();
    const value = await send('PUT', `/api/measures/${measure.id}/values`, { period: '2023/24', periodEnd: '2024-03-31', value: 104 });
    expect(value.statusCode).toBe(200);
    expect((await send('PATCH', `/api/measures/${measure.id}`, { storyBehindCurve: 'Fewer motorcycle collisions.' })).json().storyBehindCurve).toBe('Fewer motorcycle collisions.');
    const card = (await app.inject({ url: `/api/plans/${planId}`, headers: viewer })).json();
    expect(card.objectives[0].actions[0].tasks[0]).toMatchObject({ id: task.json().id, rag: 'red', resources: 'Two vans' });
    expect(card.measures[0]).toMatchObject({ trend: 'improving', latest: { value: 104 } });
    expect((await app.inject({ url: `/api/plans?bodyId=${w.group.id}`, headers: viewer })).json().total).toBeGreaterThan(0);
  });

  it('keeps plans internal: the public gets 401, a viewer cannot write: 403', async () => {
    const plan = (await send('POST', '/api/plans', { bodyId: w.group.id, title: 'Internal plan' })).json();
    expect((await app.inject('/api/plans')).statusCode).toBe(401);
    expect((await app.inject(`/api/plans/${plan.id}`)).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/plans', payload: { bodyId: w.group.id, title: 'x' } })).statusCode).toBe(401);
    expect((await send('PATCH', `/api/plans/${plan.id}`, { title: 'Renamed' }, viewer)).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/plans/${plan.id}`, headers: viewer })).json().title).toBe('Internal plan');
  });

  it('answers bad input with a 4xx naming the field, and changes nothing', async () => {
    const db = database().db;
    const plan = (await send('POST', '/api/plans', { bodyId: w.group.id, title: 'Plan' })).json();
    const other = (await send('POST', '/api/plans', { bodyId: w.group.id, title: 'Other plan' })).json();
    const foreign = (await send('POST', `/api/plans/${other.id}/objectives`, { text: 'We will do other things.' })).json();
    const events = await auditCount(db);
    const wrongPlan = await send('POST', `/api/plans/${plan.id}/actions`, { objectiveId: foreign.id, text: 'x' });
    expect(wrongPlan.statusCode).toBe(400);
    expect(wrongPlan.json().problems[0].field).toBe('objectiveId');
    expect((await send('POST', '/api/plans', { bodyId: 987654, title: 'x' })).json().problems[0].field).toBe('bodyId');
    expect((await send('POST', '/api/plans', { bodyId: w.group.id, title: 12 })).json().problems[0].field).toBe('title');
    expect((await send('POST', `/api/plans/${plan.id}/objectives`, { text: 'x'.repeat(2001) })).json().message).toMatch(/text: Enter 2000 characters or fewer/);
    expect((await send('PUT', '/api/measures/987654/values', { period: 'Q1', periodEnd: '2024-03-31', value: 1 })).statusCode).toBe(404);
    expect((await send('POST', '/api/plan-actions/987654/tasks', { text: 'x' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/plans/987654', headers: secretariat })).statusCode).toBe(404);
    expect(await auditCount(db)).toBe(events);
  });
});
