import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scheduleMeeting } from '../../src/services/meetings/index.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, buildWorld } from '../support/world.js';

describeEachDriver('work programme API', (database) => {
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

  it('adds a topic and schedules it onto one of the body\'s meetings', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/work-programme', headers: secretariat, payload: { bodyId: w.group.id, topic: 'Homelessness', plannedFor: 'March', requestedAtMeetingId: w.past.id } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'proposed', requestedAtMeetingDate: w.past.date });
    const url = `/api/work-programme/${created.json().id}`;
    const scheduled = await app.inject({ method: 'PATCH', url, headers: secretariat, payload: { plannedMeetingId: w.next.id } });
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', plannedMeetingDate: w.next.date });
    const list = (await app.inject({ url: `/api/work-programme?bodyId=${w.group.id}&status=scheduled`, headers: viewer })).json();
    expect(list.items.map((i: { topic: string }) => i.topic)).toEqual(['Homelessness']);
  });

  it('refuses a meeting of another body, bad input and those who may not edit, changing nothing', async () => {
    const db = database().db;
    const item = (await app.inject({ method: 'POST', url: '/api/work-programme', headers: secretariat, payload: { bodyId: w.group.id, topic: 'Knife crime' } })).json();
    const boardMeeting = await scheduleMeeting(w.ctx, { bodyId: w.board.id, date: '2024-09-01' });
    const events = await auditCount(db);
    const url = `/api/work-programme/${item.id}`;
    const other = await app.inject({ method: 'PATCH', url, headers: secretariat, payload: { plannedMeetingId: boardMeeting.id } });
    expect(other.statusCode).toBe(400);
    expect(other.json().problems[0].field).toBe('plannedMeetingId');
    expect((await app.inject({ method: 'PATCH', url, headers: secretariat, payload: { status: 'later' } })).json().problems[0].field).toBe('status');
    expect((await app.inject({ method: 'POST', url: '/api/work-programme', headers: secretariat, payload: { bodyId: w.group.id, topic: 'x'.repeat(301) } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'PATCH', url, headers: viewer, payload: { status: 'done' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PATCH', url, payload: { status: 'done' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'PATCH', url: '/api/work-programme/987654', headers: secretariat, payload: { status: 'done' } })).statusCode).toBe(404);
    expect((await app.inject({ url, headers: secretariat })).json()).toMatchObject({ status: 'proposed', plannedMeetingId: null });
    expect(await auditCount(db)).toBe(events);
  });
});
