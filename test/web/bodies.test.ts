import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { listBodies, listMembers } from '../../src/services/bodies/index.js';
import { addWorkItem } from '../../src/services/workProgramme/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, expectWelsh, idFromLocation, wordsOf } from './meetingsChecks.js';

describeEachDriver('body pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
    await raiseAction(world.ctx, { meetingId: world.past.id, agendaItemId: world.item.id, text: 'Publish the stop and search figures', dueDate: '2024-06-01' });
    await addWorkItem(world.ctx, { bodyId: world.group.id, topic: 'Homelessness', plannedMeetingId: world.next.id, requestedBy: 'the Chair' });
  });
  afterAll(async () => app.close());

  it('lists the bodies with what they report to and their last and next meetings', async () => {
    for (const browser of [secretariat, viewer]) {
      const res = await browser.get('/bodies');
      expect(res.statusCode).toBe(200);
      expect(wordsOf(res.body)).toMatch(new RegExp(`${world.group.name} AG\\d+ Group ${world.board.name} 13 March 2024 10 July 2024`));
    }
    expect(wordsOf((await secretariat.get('/bodies')).body)).toContain('Add a body');
    expect(wordsOf((await viewer.get('/bodies')).body)).not.toContain('Add a body');
    const visitor = await new Browser(app).get('/bodies');
    expect(visitor.statusCode).toBe(302);
    expect(visitor.headers.location).toBe('/sign-in?next=%2Fbodies');
  });

  it("shows a body's summary, reporting chain, members, meetings, action log and work programme", async () => {
    const res = await viewer.get(`/bodies/${world.group.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain(`Reports to ${world.board.name}`);
    expect(res.body).toMatch(new RegExp(`<a class="govuk-link" href="/bodies/${world.board.id}">${world.board.name}</a>[\\s\\S]*<strong aria-current="page">${world.group.name}</strong>`));
    expect(words).toMatch(/Ceri Ashdown Chief Executive Chair/);
    expect(words).toContain('Rhian Tudor');
    expect(words).toMatch(/Upcoming meetings .*10 July 2024 Ordinary/);
    expect(words).toMatch(/Past meetings .*13 March 2024 Ordinary .*Held/);
    expect(words).toMatch(/Open actions \(1\) .*AG\d+\/2024-03\/1 Publish the stop and search figures .*1 June 2024 Overdue Open Red/);
    expect(res.body).toContain(`href="/actions?bodyId=${world.group.id}"`);
    expect(words).toMatch(/Work programme .*Homelessness 10 July 2024 the Chair/);
    // The board's page lists the group among the bodies reporting to it.
    expect((await viewer.get(`/bodies/${world.board.id}`)).body).toContain(`<a class="govuk-link" href="/bodies/${world.group.id}">${world.group.name}</a>`);
    // Only those who may edit see the buttons.
    expect(words).not.toContain('Edit the body');
    expect(wordsOf((await secretariat.get(`/bodies/${world.group.id}`)).body)).toContain('Edit the body');
  });

  it('lets the secretariat add a body and edit it; bad input re-renders the form and saves nothing', async () => {
    const before = (await listBodies(world.ctx)).length;
    const bad = await secretariat.post('/bodies/new', { name: '', shortName: 'not a short name!', kind: 'panel', reportsToId: '' });
    expectFormError(bad, 'name');
    expectFormError(bad, 'shortName');
    expect(bad.body).toContain('value="not a short name!"');
    const clash = await secretariat.post('/bodies/new', { name: 'Another body', shortName: world.group.shortName, kind: 'panel' });
    expectFormError(clash, 'shortName');
    expect((await listBodies(world.ctx)).length).toBe(before);

    const created = await secretariat.post('/bodies/new', {
      name: 'Police and Crime Panel', shortName: 'PCP', kind: 'panel', reportsToId: String(world.board.id), organisationId: String(world.office.id), description: 'Scrutinises the Commissioner.',
    });
    const id = idFromLocation(created, '/bodies/');
    const page = wordsOf((await secretariat.get(`/bodies/${id}`)).body);
    expect(page).toContain('Police and Crime Panel has been added');
    expect(page).toContain(`Organisation ${world.office.name}`);
    expect(page).toContain('Scrutinises the Commissioner.');

    expect((await secretariat.get(`/bodies/${id}/edit`)).body).toContain('value="PCP"');
    const loop = await secretariat.post(`/bodies/${world.board.id}/edit`, { name: world.board.name, shortName: world.board.shortName, kind: 'board', reportsToId: String(id) });
    expectFormError(loop, 'reportsToId');
    expect(loop.body).toContain('Choose a body that does not report to this one');
    const saved = await secretariat.post(`/bodies/${id}/edit`, { name: 'Police and Crime Panel for the area', shortName: 'PCP', kind: 'panel', reportsToId: '' });
    expect(saved.statusCode).toBe(303);
    expect(wordsOf((await secretariat.get(`/bodies/${id}`)).body)).toContain('Reports to None');
  });

  it('adds a member and ends a membership', async () => {
    const bad = await secretariat.post(`/bodies/${world.board.id}/members/new`, { personId: '', role: 'member', 'fromDate-day': '31', 'fromDate-month': '2', 'fromDate-year': '2024' });
    expectFormError(bad, 'personId');
    expectFormError(bad, 'fromDate-day');
    expect(await listMembers(world.ctx, world.board.id)).toHaveLength(0);

    const added = await secretariat.post(`/bodies/${world.board.id}/members/new`, {
      personId: String(world.officer.id), role: 'adviser', linkTheme: 'Custody', 'fromDate-day': '1', 'fromDate-month': '4', 'fromDate-year': '2024',
    });
    expect(added.statusCode).toBe(303);
    let words = wordsOf((await secretariat.get(`/bodies/${world.board.id}`)).body);
    expect(words).toMatch(/Chief Inspector Morgan Pryce Adviser Custody Fictional Police \d+ End membership/);

    const [membership] = await listMembers(world.ctx, world.board.id);
    const end = `/bodies/${world.board.id}/members/${membership!.membershipId}/end`;
    expect((await secretariat.get(end)).body).toContain('value="15"');
    expectFormError(await secretariat.post(end, { 'toDate-day': '', 'toDate-month': '', 'toDate-year': '' }), 'toDate-day');
    expect((await secretariat.post(end, { 'toDate-day': '30', 'toDate-month': '6', 'toDate-year': '2024' })).statusCode).toBe(303);
    words = wordsOf((await secretariat.get(`/bodies/${world.board.id}`)).body);
    expect(words).toContain('Adviser until 30 June 2024');
  });

  it('refuses a viewer the forms and their posts', async () => {
    for (const url of ['/bodies/new', `/bodies/${world.group.id}/edit`, `/bodies/${world.group.id}/members/new`]) {
      expect((await viewer.get(url)).statusCode).toBe(403);
    }
    const before = (await listBodies(world.ctx)).length;
    expect((await viewer.post('/bodies/new', { name: 'Not allowed', shortName: 'NA', kind: 'panel' }, '/bodies')).statusCode).toBe(403);
    expect((await listBodies(world.ctx)).length).toBe(before);
    expect((await viewer.post(`/bodies/${world.group.id}/members/new`, { personId: String(world.officer.id), role: 'member' }, '/bodies')).statusCode).toBe(403);
  });

  it('renders every body page in Welsh with no keys showing', async () => {
    const browser = await signedInBrowser(app, database().db, 'secretariat');
    const [membership] = await listMembers(world.ctx, world.group.id);
    for (const url of ['/bodies', '/bodies/new', `/bodies/${world.group.id}`, `/bodies/${world.board.id}`, `/bodies/${world.group.id}/edit`,
      `/bodies/${world.group.id}/members/new`, `/bodies/${world.group.id}/members/${membership!.membershipId}/end`]) {
      expectWelsh(await browser.get(`${url}?lang=cy`));
    }
    const words = wordsOf((await browser.get(`/bodies/${world.group.id}`)).body);
    expect(words).toContain('Cadwyn adrodd');
    expect(words).toContain('Cadeirydd');
    const bad = await browser.post('/bodies/new', { name: '', shortName: 'X', kind: 'panel' });
    expect(bad.statusCode).toBe(400);
    expect(wordsOf(bad.body)).toContain("Rhowch enw'r corff");
  });
});
