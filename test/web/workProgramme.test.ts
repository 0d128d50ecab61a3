import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scheduleMeeting } from '../../src/services/meetings/index.js';
import { addWorkItem, listWorkProgramme, type WorkItem } from '../../src/services/workProgramme/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { signedInBrowser, type Browser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, expectWelsh, wordsOf } from './meetingsChecks.js';

describeEachDriver('work programme pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let homelessness: WorkItem;
  const topics = async () => (await listWorkProgramme(world.ctx, { bodyId: world.group.id })).items;
  const topicNamed = async (topic: string) => (await topics()).find((w) => w.topic === topic);

  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
    homelessness = await addWorkItem(world.ctx, { bodyId: world.group.id, topic: 'Homelessness', plannedFor: 'March', requestedBy: 'the Chair' });
  });
  afterAll(async () => app.close());

  it("offers the body's meetings and members on the form, and adds a topic that then shows on the body's page", async () => {
    const page = `/bodies/${world.group.id}`;
    expect(wordsOf((await secretariat.get(page)).body)).toContain('Add a topic');
    expect((await secretariat.get(page)).body).toContain(`href="/bodies/${world.group.id}/work-programme/new"`);

    const form = await secretariat.get(`/bodies/${world.group.id}/work-programme/new`);
    expect(form.statusCode).toBe(200);
    const words = wordsOf(form.body);
    expect(words).toMatch(/Meeting it was requested at \(optional\) Not requested at a meeting 10 July 2024 \(Ordinary\) 13 March 2024 \(Ordinary\)/);
    // Planned meetings: only those still to come.
    expect(words).toMatch(/Meeting No meeting chosen yet 10 July 2024 \(Ordinary\) Or when, in words/);
    expect(words).toMatch(/Lead \(optional\) .* No lead Ceri Ashdown \(Commissioner's Office \d+\) Rhian Tudor/);
    expect(form.body).not.toContain('name="status"');

    const added = await secretariat.post(`/bodies/${world.group.id}/work-programme/new`, {
      topic: 'Youth violence', description: 'What the force is doing with schools', requestedBy: 'Cllr Jones',
      requestedAtMeetingId: String(world.past.id), plannedMeetingId: '', plannedFor: 'March 2025', leadPersonId: String(world.member.id),
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(`/bodies/${world.group.id}#work-programme`);
    const after = wordsOf((await secretariat.get(page)).body);
    expect(after).toContain('Youth violence has been added to the work programme');
    expect(after).toMatch(/Youth violence What the force is doing with schools March 2025 Cllr Jones at the meeting on 13 March 2024 Rhian Tudor Proposed Change – Youth violence/);
    expect(await topicNamed('Youth violence')).toMatchObject({ requestedAtMeetingId: world.past.id, leadPersonId: world.member.id, plannedFor: 'March 2025', status: 'proposed' });
  });

  it('re-renders the form with 400 and names the field when the topic is missing or a meeting is not of this body', async () => {
    const before = (await topics()).length;
    const bad = await secretariat.post(`/bodies/${world.group.id}/work-programme/new`, { topic: '  ', requestedBy: 'Cllr Evans', plannedFor: 'Autumn' });
    expectFormError(bad, 'topic');
    expect(wordsOf(bad.body)).toContain('There is a problem Enter the topic, in 300 characters or fewer');
    expect(bad.body).toContain('value="Cllr Evans"');
    expect(bad.body).toContain('value="Autumn"');

    const elsewhere = await scheduleMeeting(world.ctx, { bodyId: world.board.id, date: '2024-09-04' });
    const wrong = await secretariat.post(`/bodies/${world.group.id}/work-programme/new`, { topic: 'Custody', plannedMeetingId: String(elsewhere.id) });
    expectFormError(wrong, 'plannedMeetingId');
    expect(wordsOf(wrong.body)).toContain('Choose one of the meetings of this body');
    expect((await topics()).length).toBe(before);
  });

  it('changes a topic: its status, and planning it for a meeting schedules it', async () => {
    const edit = `/bodies/${world.group.id}/work-programme/${homelessness.id}/edit`;
    const form = await secretariat.get(edit);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Homelessness"');
    expect(form.body).toMatch(/<input class="govuk-radios__input" id="status" name="status" type="radio" value="proposed" checked>/);

    // The status left as it was: choosing the meeting makes the proposed topic scheduled.
    const planned = await secretariat.post(edit, { topic: 'Homelessness', requestedBy: 'the Chair', plannedFor: '', plannedMeetingId: String(world.next.id), status: 'proposed' });
    expect(planned.statusCode).toBe(303);
    let page = wordsOf((await secretariat.get(`/bodies/${world.group.id}`)).body);
    expect(page).toContain('Homelessness has been saved');
    expect(page).toMatch(/Homelessness 10 July 2024 the Chair Scheduled/);

    expectFormError(await secretariat.post(edit, { topic: '', status: 'done' }), 'topic');
    expect(await topicNamed('Homelessness')).toMatchObject({ status: 'scheduled' });

    const done = await secretariat.post(edit, { topic: 'Homelessness', requestedBy: 'the Chair', plannedMeetingId: String(world.next.id), status: 'done' });
    expect(done.statusCode).toBe(303);
    page = wordsOf((await secretariat.get(`/bodies/${world.group.id}`)).body);
    expect(page).toMatch(/Homelessness 10 July 2024 the Chair Done/);
    expect(await topicNamed('Homelessness')).toMatchObject({ status: 'done', plannedMeetingId: world.next.id });

    // An item is changed only under its own body.
    expect((await secretariat.get(`/bodies/${world.board.id}/work-programme/${homelessness.id}/edit`)).statusCode).toBe(404);
  });

  it('refuses a viewer the forms and their posts', async () => {
    expect(wordsOf((await viewer.get(`/bodies/${world.group.id}`)).body)).not.toContain('Add a topic');
    const edit = `/bodies/${world.group.id}/work-programme/${homelessness.id}/edit`;
    for (const url of [`/bodies/${world.group.id}/work-programme/new`, edit]) expect((await viewer.get(url)).statusCode).toBe(403);
    const before = await topics();
    const from = `/bodies/${world.group.id}`;
    expect((await viewer.post(`/bodies/${world.group.id}/work-programme/new`, { topic: 'Not allowed' }, from)).statusCode).toBe(403);
    expect((await viewer.post(edit, { topic: 'Renamed', status: 'dropped' }, from)).statusCode).toBe(403);
    expect(await topics()).toEqual(before);
  });

  it('renders the forms in Welsh with no keys showing', async () => {
    const browser = await signedInBrowser(app, database().db, 'secretariat');
    for (const url of [`/bodies/${world.group.id}/work-programme/new`, `/bodies/${world.group.id}/work-programme/${homelessness.id}/edit`, `/bodies/${world.group.id}`]) {
      expectWelsh(await browser.get(`${url}?lang=cy`));
    }
    const words = wordsOf((await browser.get(`/bodies/${world.group.id}/work-programme/${homelessness.id}/edit`)).body);
    expect(words).toContain('Newid Homelessness');
    expect(words).toContain('Wedi\'i wneud');
    const bad = await browser.post(`/bodies/${world.group.id}/work-programme/new`, { topic: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<html lang="cy"');
    expect(wordsOf(bad.body)).toContain('Rhowch y pwnc, mewn 300 o nodau neu lai');
  });
});
