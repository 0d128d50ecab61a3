import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postUpdate, raiseAction, type Action } from '../../src/services/actions/index.js';
import {
  createSource, getRecommendation, listSources, recordRecommendation, recordResponse, type Recommendation, type RecommendationSource,
} from '../../src/services/recommendations/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { keysShowing, signedInBrowser, type Browser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, idFromLocation, wordsOf } from './meetingsChecks.js';

const SECTIONS = ['recommendations', 'status', 'common', 'action', 'nav', 'meeting', 'meetings', 'due'];

describeEachDriver('recommendation pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let peel: RecommendationSource, audit: RecommendationSource, late: RecommendationSource;
  let pending: Recommendation, accepted: Recommendation, notAccepted: Recommendation, auditFinding: Recommendation;
  let action: Action;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx } = world;
    // Published 1 May 2024: the s55 response is due 26 June, 11 days after "today" (15 June).
    peel = await createSource(ctx, { kind: 'inspection', title: 'PEEL 2024: Fictional Police', issuer: 'HMICFRS', publishedOn: '2024-05-01', bodyId: world.board.id });
    late = await createSource(ctx, { kind: 'inspection', title: 'Custody inspection 2024', issuer: 'HMICFRS', publishedOn: '2024-03-01' });
    audit = await createSource(ctx, { kind: 'audit', title: 'Internal audit of overtime', issuer: 'Internal Audit' });
    pending = await recordRecommendation(ctx, { sourceId: peel.id, number: '1', text: 'Improve the recording of stop and search grounds', ownerBodyId: world.group.id });
    accepted = await recordRecommendation(ctx, { sourceId: peel.id, number: '2', text: 'Publish outcomes of stop and search by ethnicity', dueText: 'within 6 months' });
    notAccepted = await recordRecommendation(ctx, { sourceId: late.id, number: '1', text: 'Close the custody suite at night' });
    auditFinding = await recordRecommendation(ctx, { sourceId: audit.id, number: 'A3', text: 'Check overtime claims monthly', ownerOrganisationId: world.force.id });
    await recordResponse(ctx, accepted.id, { response: 'accepted', responseText: 'We will publish quarterly', responseDate: '2024-05-20' });
    await recordResponse(ctx, notAccepted.id, { response: 'not accepted', responseText: 'The suite is needed at night' });
    action = await raiseAction(ctx, { meetingId: world.past.id, agendaItemId: world.item.id, text: 'Publish the outcomes data', owners: [{ personId: world.officer.id }], dueDate: '2024-05-01' });
    await postUpdate(ctx, action.id, { text: 'Started', status: 'ongoing' });
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
  });
  afterAll(async () => app.close());

  it('lists recommendations by source with counts, and filters by kind, response and implementation', async () => {
    const res = await viewer.get('/recommendations');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    for (const title of ['PEEL 2024: Fictional Police', 'Custody inspection 2024', 'Internal audit of overtime']) expect(words).toContain(title);
    expect(words).toContain('Inspection – HMICFRS. Response due on 26 June 2024');
    expect(words).toContain('Response pending (2)');
    expect(words).toContain('Accepted (1)');
    expect(words).toContain('Not accepted (1)');
    expect(words).toContain('Not started (4)');
    expect(words).toContain('Showing 1 to 4 of 4');
    // Recommendations still pending past their s55 date are flagged in words.
    expect(words).not.toContain('Response overdue');
    const recommendationLinks = (html: string) => [...html.matchAll(/href="\/recommendations\/(\d+)"/g)].map((m) => Number(m[1])).sort();

    const acceptedOnly = await viewer.get('/recommendations?response=accepted');
    expect(recommendationLinks(acceptedOnly.body)).toEqual([accepted.id]);
    expect(acceptedOnly.body).toMatch(/value="accepted" checked/);
    // The other facet counts under the response filter.
    expect(wordsOf(acceptedOnly.body)).toContain('Not started (1)');
    expect(recommendationLinks((await viewer.get('/recommendations?kind=audit')).body)).toEqual([auditFinding.id]);
    expect(recommendationLinks((await viewer.get('/recommendations?response=pending&response=not%20accepted')).body))
      .toEqual([pending.id, notAccepted.id, auditFinding.id].sort());
    expect(recommendationLinks((await viewer.get('/recommendations?implementation=closed')).body)).toEqual([]);
    const bad = await viewer.get('/recommendations?kind=rumour');
    expectFormError(bad, 'kind');
  });

  it('shows a source with its s55 response clock: days left, or days overdue', async () => {
    const running = wordsOf((await viewer.get(`/recommendations/sources/${peel.id}`)).body);
    expect(running).toContain('Response due on 26 June 2024 (11 days left)');
    expect(running).toContain('Under section 55 of the Police Act 1996');
    expect(running).toContain('2 made, 1 awaiting a response');
    expect(running).toContain('Improve the recording of stop and search grounds');
    const overdue = wordsOf((await viewer.get(`/recommendations/sources/${late.id}`)).body);
    expect(overdue).toContain('Response due on 26 April 2024 (50 days overdue) Response overdue');
    const list = wordsOf((await viewer.get('/recommendations/sources')).body);
    expect(list).toContain('Response due on 26 June 2024 (11 days left)');
    expect(list).toContain('No response date');

    // The secretariat records when the response was published, which stops the clock.
    expect((await viewer.get(`/recommendations/sources/${late.id}`)).body).not.toContain('/responded"');
    const stopped = await secretariat.post(`/recommendations/sources/${late.id}/responded`, { 'respondedOn-day': '30', 'respondedOn-month': '4', 'respondedOn-year': '2024' }, `/recommendations/sources/${late.id}`);
    expect(stopped.statusCode).toBe(303);
    expect(wordsOf((await viewer.get(`/recommendations/sources/${late.id}`)).body)).toContain('Responded on 30 April 2024, after the due date of 26 April 2024');
  });

  it("shows a recommendation's response, implementation and the actions implementing it", async () => {
    const res = await viewer.get(`/recommendations/${accepted.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Recommendation 2');
    expect(words).toContain('Publish outcomes of stop and search by ethnicity');
    expect(words).toContain('Accepted We will publish quarterly Response dated 20 May 2024');
    expect(words).toContain('within 6 months');
    expect(words).toContain('No actions have been linked to this recommendation yet.');
    // A viewer gets no forms.
    expect(res.body).not.toContain(`action="/recommendations/${accepted.id}/`);
    expect((await viewer.post(`/recommendations/${accepted.id}/response`, { response: 'pending' }, `/recommendations/${accepted.id}`)).statusCode).toBe(403);
  });

  it('lets the secretariat record the response, link an action by its reference and move the implementation on', async () => {
    const url = `/recommendations/${pending.id}`;
    const noWords = await secretariat.post(`${url}/response`, { response: 'not accepted', responseText: '' }, url);
    expectFormError(noWords, 'responseText');
    const responded = await secretariat.post(`${url}/response`, { response: 'partially accepted', responseText: 'We will record grounds on body-worn video' }, url);
    expect(responded.statusCode).toBe(303);

    const unknown = await secretariat.post(`${url}/actions`, { actionReference: 'NOPE/2024-01/9' }, url);
    expectFormError(unknown, 'actionReference');
    expect(unknown.body).toContain('There is no action with the reference NOPE/2024-01/9 that you can see');
    expect((await secretariat.post(`${url}/actions`, { actionReference: ` ${action.reference} ` }, url)).statusCode).toBe(303);
    expect(wordsOf((await secretariat.get(url)).body)).toContain('The action has been linked');
    const twice = await secretariat.post(`${url}/actions`, { actionReference: action.reference }, url);
    expectFormError(twice, 'actionReference');
    expect(twice.body).toContain('That action is already linked to this recommendation');

    const page = await secretariat.get(url);
    const words = wordsOf(page.body);
    expect(words).toContain('Partially accepted We will record grounds on body-worn video');
    expect(words).toContain(`${action.reference} Publish the outcomes data Morgan Pryce 1 May 2024 Overdue Ongoing Red`);
    const moves = [...page.body.matchAll(/name="implementation" type="radio" value="([^"]+)"/g)].map((m) => m[1]);
    expect(moves).toEqual(['being progressed', 'complete', 'closed']);

    expect((await secretariat.post(`${url}/implementation`, { implementation: 'being progressed' }, url)).statusCode).toBe(303);
    expect((await getRecommendation(world.ctx, pending.id)).implementation).toBe('being progressed');
  });

  it('will not close a recommendation without the evidence, and closes it with it', async () => {
    const url = `/recommendations/${accepted.id}`;
    const refused = await secretariat.post(`${url}/implementation`, { implementation: 'closed', closureEvidence: '  ' }, url);
    expectFormError(refused, 'closureEvidence');
    expect(refused.body).toContain('Give the evidence that the recommendation has been met before closing it');
    expect(refused.body).toMatch(/value="closed" checked/);
    expect((await getRecommendation(world.ctx, accepted.id)).implementation).toBe('not started');

    const closed = await secretariat.post(`${url}/implementation`, { implementation: 'closed', closureEvidence: 'Quarterly reports published since July', 'closedOn-day': '14', 'closedOn-month': '6', 'closedOn-year': '2024' }, url);
    expect(closed.statusCode).toBe(303);
    const words = wordsOf((await viewer.get(url)).body);
    expect(words).toContain('Closed Closed on 14 June 2024 Quarterly reports published since July');
  });

  it('adds a source and a recommendation through the forms', async () => {
    const noTitle = await secretariat.post('/recommendations/sources/new', { kind: 'inspection', title: '' });
    expectFormError(noTitle, 'title');
    const dueGiven = await secretariat.post('/recommendations/sources/new', {
      kind: 'inspection', title: 'Vetting inspection', 'responseDueOn-day': '1', 'responseDueOn-month': '9', 'responseDueOn-year': '2024',
    });
    expectFormError(dueGiven, 'responseDueOn-day');
    const created = await secretariat.post('/recommendations/sources/new', {
      kind: 'scrutiny review', title: 'Review of hate crime reporting', issuer: 'Police and Crime Panel', bodyId: String(world.board.id),
      'publishedOn-day': '3', 'publishedOn-month': '6', 'publishedOn-year': '2024', url: 'https://example.org/review',
    });
    const sourceId = idFromLocation(created, '/recommendations/sources/');
    expect(wordsOf((await secretariat.get(`/recommendations/sources/${sourceId}`)).body)).toContain('Review of hate crime reporting has been added');

    const form = await secretariat.get(`/recommendations/sources/${sourceId}/recommendations/new`);
    expect(form.body).toMatch(new RegExp(`<option value="${world.board.id}" selected>`));
    const noNumber = await secretariat.post(`/recommendations/sources/${sourceId}/recommendations/new`, { number: '', text: 'Train call handlers' });
    expectFormError(noNumber, 'number');
    const added = await secretariat.post(`/recommendations/sources/${sourceId}/recommendations/new`, {
      number: 'R1', text: 'Train call handlers to recognise hate crime', ownerBodyId: String(world.board.id), dueText: 'by March 2025',
    });
    const id = idFromLocation(added, '/recommendations/');
    const words = wordsOf((await secretariat.get(`/recommendations/${id}`)).body);
    expect(words).toContain('Recommendation R1 has been added');
    expect(words).toContain(`Owner ${world.board.name}`);
    expect((await listSources(world.ctx, {})).items.find((s) => s.id === sourceId)?.recommendationCount).toBe(1);
    expect((await viewer.get('/recommendations/sources/new')).statusCode).toBe(403);
    expect((await viewer.get(`/recommendations/sources/${sourceId}/recommendations/new`)).statusCode).toBe(403);
  });

  it('renders the recommendation pages in Welsh with no keys showing', async () => {
    const pages = ['/recommendations', '/recommendations?response=accepted&kind=inspection', '/recommendations/sources', `/recommendations/sources/${peel.id}`,
      `/recommendations/sources/${late.id}`, `/recommendations/${pending.id}`, `/recommendations/${accepted.id}`, '/recommendations/sources/new',
      `/recommendations/sources/${peel.id}/recommendations/new`];
    for (const url of pages) {
      const res = await secretariat.get(`${url}${url.includes('?') ? '&' : '?'}lang=cy`);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS), url).toEqual([]);
    }
    expect(wordsOf((await secretariat.get(`/recommendations/sources/${peel.id}?lang=cy`)).body)).toContain('Ymateb i\'w roi erbyn 26 Mehefin 2024 (11 diwrnod ar ôl)');
  });
});
