import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { addAgendaItem, addMinute, scheduleMeeting, setMeetingStatus } from '../../src/services/meetings/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, signedInBrowser } from '../support/web.js';
import { buildWorld, publishMeeting } from '../support/world.js';
import { wordsOf } from './meetingsChecks.js';

const SECTIONS = ['search', 'common', 'nav', 'status', 'body'];

describeEachDriver('search page', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let ids: { minute: number; action: number; unpublished: number };
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx, past, item, exempt } = world;
    const minute = await addMinute(ctx, past.id, { agendaItemId: item.id, number: '3.1', text: 'Members questioned the use of tasers on young people.' });
    await addMinute(ctx, past.id, { agendaItemId: exempt.id, number: '4.1', text: 'The clandestine surveillance of the complainant was described.' });
    const action = await raiseAction(ctx, { meetingId: past.id, agendaItemId: item.id, text: 'Publish the taser figures by age' });
    await publishMeeting(ctx, past.id);
    // A meeting held but not yet published: its minutes are internal.
    const draft = await scheduleMeeting(ctx, { bodyId: world.group.id, date: '2024-05-08' });
    const budget = await addAgendaItem(ctx, draft.id, { number: '1', title: 'Budget' });
    await addMinute(ctx, draft.id, { agendaItemId: budget.id, text: 'The zeppelin hangar lease was discussed.' });
    await setMeetingStatus(ctx, draft.id, { status: 'held' });
    ids = { minute: minute.id, action: action.id, unpublished: draft.id };
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
  });
  afterAll(async () => app.close());

  it('finds a word in minutes and actions, highlighted, with links into the record for a signed-in user', async () => {
    const res = await secretariat.get('/search?q=taser');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('2 results');
    expect(res.body).toContain('<mark>tasers</mark>');
    expect(res.body).toContain('<mark>taser</mark>');
    expect(res.body).toContain(`href="/meetings/${world.past.id}#minute-${ids.minute}"`);
    expect(res.body).toContain(`href="/actions/${ids.action}"`);
    expect(words).toMatch(/Minutes .*item 3: Stop and search/);
    expect(words).toContain('Action');
    expect(words).toContain('13 March 2024');
    // Nothing in a snippet is taken as markup.
    expect(res.body).not.toMatch(/<mark>[^<]*<[^/]/);
  });

  it('filters by type and by body', async () => {
    const actions = await secretariat.get('/search?q=taser&types=action');
    expect(wordsOf(actions.body)).toContain('1 result');
    expect(actions.body).toContain(`href="/actions/${ids.action}"`);
    expect(actions.body).not.toContain(`#minute-${ids.minute}`);
    expect(actions.body).toMatch(/value="action" checked/);
    const elsewhere = await secretariat.get(`/search?q=taser&bodyId=${world.board.id}`);
    expect(wordsOf(elsewhere.body)).toContain('0 results');
    expect(wordsOf(elsewhere.body)).toContain('There are no matching results.');
  });

  it('shows the public published minutes only, linking to the public pages, and never an exempt item', async () => {
    const visitor = new Browser(app);
    const res = await visitor.get('/search?q=taser');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/public/meetings/${world.past.id}#minute-${ids.minute}"`);
    expect(res.body).not.toMatch(/href="\/(meetings|actions)\//);
    // The exempt item's words: found by the secretariat, never by the public or a viewer.
    expect(wordsOf((await secretariat.get('/search?q=clandestine')).body)).toContain('1 result');
    const viewer = await signedInBrowser(app, database().db, 'viewer');
    for (const browser of [visitor, viewer]) {
      const exempt = await browser.get('/search?q=clandestine');
      expect(wordsOf(exempt.body)).toContain('0 results');
      expect(exempt.body).not.toContain('surveillance');
    }
    // The unpublished meeting: the public finds nothing of it.
    expect(wordsOf((await secretariat.get('/search?q=zeppelin')).body)).toContain('1 result');
    const unpublished = await visitor.get('/search?q=zeppelin');
    expect(wordsOf(unpublished.body)).toContain('0 results');
    expect(unpublished.body).not.toContain('hangar');
    expect(unpublished.body).not.toContain(`/meetings/${ids.unpublished}`);
  });

  it('asks for something to search for, and for fewer words, with a GOV.UK error message', async () => {
    const first = await new Browser(app).get('/search');
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toContain('govuk-error-summary');
    const empty = await new Browser(app).get('/search?q=+');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('govuk-error-summary');
    expect(empty.body).toContain('href="#q"');
    expect(empty.body).toMatch(/id="q-error"[^>]*>\s*<span class="govuk-visually-hidden">Error:<\/span> Enter something to search for/);
    expect(empty.body).toContain('<title>Error: Search');
    const long = await secretariat.get(`/search?q=${'a'.repeat(201)}`);
    expect(long.statusCode).toBe(400);
    expect(wordsOf(long.body)).toContain('Enter 200 characters or fewer');
  });

  it('pages through the results', async () => {
    const { ctx, past, item } = world;
    for (let n = 0; n < 21; n++) await raiseAction(ctx, { meetingId: past.id, agendaItemId: item.id, text: `Report on kettling, part ${n + 1}` });
    const first = await secretariat.get('/search?q=kettling');
    expect(wordsOf(first.body)).toContain('21 results');
    expect(wordsOf(first.body)).toContain('Showing 1 to 20 of 21');
    expect(first.body).toContain('aria-label="Pages of results"');
    const second = await secretariat.get('/search?q=kettling&page=2');
    expect(wordsOf(second.body)).toContain('Showing 21 to 21 of 21');
  });

  it('renders in Welsh with no keys showing', async () => {
    const visitor = new Browser(app);
    for (const url of ['/search?lang=cy', '/search?q=taser&lang=cy', '/search?q=&lang=cy']) {
      const res = await visitor.get(url);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS)).toEqual([]);
    }
    expect(wordsOf((await visitor.get('/search?q=taser')).body)).toContain('2 canlyniad');
    expect(wordsOf((await visitor.get('/search?q=')).body)).toContain('Rhowch rywbeth i chwilio amdano');
    const signedIn = await secretariat.get('/search?q=taser&lang=cy');
    expect(keysShowing(signedIn.body, SECTIONS)).toEqual([]);
  });
});
