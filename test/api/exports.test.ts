import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld } from '../support/world.js';

describeEachDriver('exports API', (database) => {
  let app: FastifyInstance;
  let w: Awaited<ReturnType<typeof buildWorld>>;
  beforeAll(async () => {
    app = await appFor(database().db);
    w = await buildWorld(database().db);
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Send the figures' });
  });
  afterAll(async () => app.close());

  it('downloads minutes, the action log and a calendar with their file names and types', async () => {
    const headers = await bearerFor(database().db, 'viewer');
    const minutes = await app.inject({ url: `/api/meetings/${w.past.id}/minutes?format=txt`, headers });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers['content-disposition']).toContain(`${w.group.shortName}-2024-03-13-minutes.txt`);
    expect(minutes.body).toContain('Send the figures');
    const csv = await app.inject({ url: `/api/actions/export?format=csv&bodyId=${w.group.id}`, headers });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[1]).toContain('Send the figures');
    const ics = await app.inject({ url: `/api/meetings/calendar.ics?bodyId=${w.group.id}`, headers });
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
  });

  it('gives the public nothing of an unpublished meeting', async () => {
    expect((await app.inject(`/api/meetings/${w.past.id}/minutes?format=txt`)).statusCode).toBe(404);
    const csv = await app.inject(`/api/actions/export?format=csv&bodyId=${w.group.id}`);
    expect(csv.body).not.toContain('Send the figures');
  });
});
