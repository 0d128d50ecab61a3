import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateMeeting } from '../../src/services/meetings/index.js';
import { changesOf, fieldName } from '../../src/web/pages/audit/changes.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { wordsOf } from './meetingsChecks.js';

const SECTIONS = ['audit', 'admin', 'common', 'nav'];

describe('what an audit event changed', () => {
  it('lists only the fields that differ, nested ones by their path, old and new', () => {
    const before = { venue: 'Headquarters', date: '2024-03-13', virtual: false, owners: [{ name: 'Ceri' }], updatedAt: '2024-03-01T10:00:00Z' };
    const after = { venue: 'Town Hall', date: '2024-03-13', virtual: true, owners: [{ name: 'Morgan' }], updatedAt: '2024-06-15T10:00:00Z' };
    expect(changesOf(before, after)).toEqual([
      { field: 'venue', before: 'Headquarters', after: 'Town Hall' },
      { field: 'virtual', before: false, after: true },
      { field: 'owners.0.name', before: 'Ceri', after: 'Morgan' },
    ]);
    expect(changesOf(null, { title: 'New', notes: null })).toEqual([{ field: 'title', before: null, after: 'New' }]);
    expect(changesOf(null, null)).toEqual([]);
    expect(fieldName('protectiveMarking')).toBe('Protective marking');
    expect(fieldName('owners.0.name')).toBe('Owners › 1 › name');
  });
});

describeEachDriver('audit pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let admin: Browser;
  let secretariat: Browser;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    await updateMeeting(world.ctx, world.past.id, { venue: 'Town Hall' });
    admin = await signedInBrowser(app, database().db, 'admin');
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
  });
  afterAll(async () => app.close());

  it('is for administrators only: 403 for the secretariat, sign in for the public', async () => {
    for (const url of ['/audit', `/audit/meeting/${world.past.id}`]) {
      const refused = await secretariat.get(url);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('You do not have permission to see this page');
      expect((await new Browser(app).get(url)).statusCode).toBe(302);
    }
  });

  it('shows an administrator recent changes, with filters', async () => {
    const all = await admin.get('/audit');
    expect(all.statusCode).toBe(200);
    const words = wordsOf(all.body);
    expect(words).toContain('Meeting: changed meeting.update');
    expect(words).toContain('User: signed in');
    expect(all.body).toContain(`href="/audit/meeting/${world.past.id}"`);

    const meetings = await admin.get('/audit?entityType=meeting&event=meeting.update&actor=test');
    const rows = wordsOf(meetings.body);
    expect(rows).toContain(`Meeting ${world.past.id}`);
    expect(rows).not.toContain('User: signed in');
    expect(rows).not.toContain('Meeting: created');
    expect(meetings.body).toMatch(/<option value="meeting" selected/);
    expect(wordsOf((await admin.get('/audit?event=meeting.&actor=nobody@example.org')).body)).toContain('No changes match these filters.');

    const wrong = await admin.get('/audit?from=2024-13-45');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('href="#from"');
    expect(wordsOf(wrong.body)).toContain('Enter the first date as a real date');
  });

  it("shows a record's history as a timeline, each change as before and after", async () => {
    const res = await admin.get(`/audit/meeting/${world.past.id}`);
    expect(res.statusCode).toBe(200);
    expect(wordsOf(res.body)).toContain(`History of Meeting ${world.past.id}`);
    expect(res.body).toContain(`href="/meetings/${world.past.id}"`);
    // Newest first: the change of venue, with only what changed.
    const items = res.body.split('class="moj-timeline__item"').slice(1);
    const latest = wordsOf(items[0]!);
    expect(latest).toContain('Meeting: changed');
    expect(latest).toContain('by test');
    expect(latest).toMatch(/Field Before After Venue Headquarters Town Hall/);
    expect(latest).not.toContain('Protective marking');
    expect(latest).not.toContain('Updated at');
    expect(wordsOf(res.body)).toContain('Meeting: status changed by test');
    expect(wordsOf(res.body)).toMatch(/Status Scheduled Held/);
    // The first: created, every value new.
    const created = wordsOf(items.at(-1)!);
    expect(created).toContain('Meeting: created');
    expect(created).toMatch(/Date \(blank\) 13 March 2024/);
    expect((await admin.get('/audit/meeting/999999')).statusCode).toBe(404);
  });

  it('renders in Welsh with no keys showing', async () => {
    for (const url of ['/audit', `/audit/meeting/${world.past.id}`, '/audit?from=nonsense']) {
      const res = await admin.get(`${url}${url.includes('?') ? '&' : '?'}lang=cy`);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS)).toEqual([]);
    }
    const words = wordsOf((await admin.get(`/audit/meeting/${world.past.id}`)).body);
    expect(words).toContain('Cyfarfod: newidiwyd');
    expect(words).toMatch(/Maes Cyn Ar ôl Lleoliad Headquarters Town Hall/);
  });
});
