import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listFeedback, recordFeedback, recordFeedbackOutcome, type Feedback } from '../../src/services/feedback/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { keysShowing, signedInBrowser, type Browser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, wordsOf } from './meetingsChecks.js';

const SECTIONS = ['feedback', 'status', 'common', 'nav', 'body', 'meetings'];

/** The markup of one select on a page. */
function selectIn(html: string, id: string): string {
  const start = html.search(new RegExp(`<select[^>]* id="${id}"`));
  return start < 0 ? '' : html.slice(start, html.indexOf('</select>', start));
}

describeEachDriver('feedback and outcome pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let member: Browser;
  let waiting: Feedback;
  let changed: Feedback;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx, group, board, past } = world;
    waiting = await recordFeedback(ctx, { bodyId: group.id, meetingId: past.id, agendaItemId: world.item.id, raisedByPersonId: world.member.id, challenge: 'Asked why stop and search is not broken down by ward' });
    changed = await recordFeedback(ctx, { bodyId: board.id, challenge: 'Suggested the board hears from victims each year' });
    await recordFeedbackOutcome(ctx, changed.id, { outcome: 'A victims\' session is now on the work programme', outcomeOn: '2024-05-01' });
    await recordFeedback(ctx, { bodyId: group.id, meetingId: past.id, agendaItemId: world.exempt.id, challenge: 'Challenged the handling of the complaint' });
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
    member = await signedInBrowser(app, database().db, 'member', world.member.id);
  });
  afterAll(async () => app.close());

  it('shows what members raised and what changed, per body and by whether there is an outcome', async () => {
    const res = await viewer.get('/feedback');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain(`13 March 2024 ${world.group.shortName} Asked why stop and search is not broken down by ward Raised by Rhian Tudor, on Stop and search Waiting for an outcome`);
    expect(words).toContain('Suggested the board hears from victims each year A victims\' session is now on the work programme 1 May 2024');
    // Feedback on an exempt item is for those who may see the item.
    expect(words).not.toContain('Challenged the handling of the complaint');
    expect(wordsOf((await member.get('/feedback')).body)).toContain('Challenged the handling of the complaint');
    // A viewer records nothing.
    expect(res.body).not.toContain('href="/feedback/new');
    expect(res.body).not.toContain('/outcome"');

    const group = wordsOf((await viewer.get(`/feedback?bodyId=${world.group.id}`)).body);
    expect(group).toContain('Asked why stop and search');
    expect(group).not.toContain('hears from victims');
    const withOutcome = wordsOf((await viewer.get('/feedback?outcome=yes')).body);
    expect(withOutcome).toContain('hears from victims');
    expect(withOutcome).not.toContain('Asked why stop and search');
    const stillWaiting = wordsOf((await viewer.get('/feedback?outcome=no')).body);
    expect(stillWaiting).toContain('Asked why stop and search');
    expect(stillWaiting).not.toContain('hears from victims');
    expectFormError(await viewer.get('/feedback?bodyId=none'), 'bodyId');
  });

  it('lets a member record feedback for a body they sit on, and no other', async () => {
    const form = await member.get(`/feedback/new?bodyId=${world.group.id}`);
    expect(form.statusCode).toBe(200);
    expect(selectIn(form.body, 'bodyId')).toContain(`<option value="${world.group.id}" selected>`);
    expect(selectIn(form.body, 'bodyId')).not.toContain(`<option value="${world.board.id}"`);
    expect(selectIn(form.body, 'raisedByPersonId')).toContain(`<option value="${world.member.id}" selected>`);
    expect(selectIn(form.body, 'meetingId')).toContain(`<option value="${world.past.id}">${world.group.shortName} – 13 March 2024</option>`);

    expectFormError(await member.post('/feedback/new', { bodyId: String(world.group.id), challenge: '' }), 'challenge');
    const saved = await member.post('/feedback/new', {
      bodyId: String(world.group.id), meetingId: String(world.past.id), raisedByPersonId: String(world.member.id), challenge: 'Asked for the data in Welsh too',
    });
    expect(saved.headers.location).toBe(`/feedback?bodyId=${world.group.id}`);
    const words = wordsOf((await member.get(String(saved.headers.location))).body);
    expect(words).toContain('The feedback has been recorded');
    expect(words).toContain('Asked for the data in Welsh too Raised by Rhian Tudor');

    const before = (await listFeedback(world.ctx, { bodyId: world.board.id })).total;
    expect((await member.post('/feedback/new', { bodyId: String(world.board.id), challenge: 'Not my body' })).statusCode).toBe(403);
    expect((await listFeedback(world.ctx, { bodyId: world.board.id })).total).toBe(before);
    expect((await viewer.get('/feedback/new')).statusCode).toBe(403);
  });

  it('records what changed as a result', async () => {
    expect((await member.get(`/feedback/${changed.id}/outcome`)).statusCode).toBe(403);
    const url = `/feedback/${waiting.id}/outcome`;
    const form = await member.get(url);
    expect(wordsOf(form.body)).toContain('Asked why stop and search is not broken down by ward');
    expectFormError(await member.post(url, { outcome: '' }), 'outcome');
    const early = await member.post(url, { outcome: 'Published by ward', 'outcomeOn-day': '1', 'outcomeOn-month': '1', 'outcomeOn-year': '2024' });
    expectFormError(early, 'outcomeOn-day');
    expect(early.body).toContain('on or after the meeting where the feedback was given');
    const saved = await secretariat.post(url, { outcome: 'The force now publishes the data by ward every quarter' });
    expect(saved.statusCode).toBe(303);
    const words = wordsOf((await secretariat.get(`/feedback?bodyId=${world.group.id}&outcome=yes`)).body);
    expect(words).toContain('The outcome has been recorded');
    expect(words).toContain('The force now publishes the data by ward every quarter 15 June 2024 Change the outcome');
  });

  it('renders the feedback pages in Welsh with no keys showing', async () => {
    for (const url of ['/feedback', `/feedback?outcome=no&bodyId=${world.group.id}`, '/feedback/new', `/feedback/${changed.id}/outcome`]) {
      const res = await secretariat.get(`${url}${url.includes('?') ? '&' : '?'}lang=cy`);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS), url).toEqual([]);
    }
    expect(wordsOf((await secretariat.get('/feedback?lang=cy')).body)).toContain('Adborth a chanlyniadau');
  });
});
