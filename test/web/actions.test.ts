import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actionHistory, getActionRow, postUpdate, raiseAction, type Action } from '../../src/services/actions/index.js';
import { escalationsOfAction } from '../../src/services/escalations/index.js';
import { createSource, linkAction, recordRecommendation } from '../../src/services/recommendations/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, wordsOf } from './meetingsChecks.js';

const SECTIONS = ['actionLog', 'actionPage', 'escalations', 'status', 'common', 'action', 'due', 'nav', 'body', 'meeting'];

/** The references in the order a page shows them. */
function referencesIn(html: string): string[] {
  return [...html.matchAll(/href="\/actions\/\d+">([A-Z0-9]+\/\d{4}-\d{2}\/\d+)</g)].map((m) => m[1]!);
}

describeEachDriver('action log and action pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let owner: Browser;
  let overdue: Action, dueSoon: Action, exempt: Action, completed: Action, deferred: Action;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx, past, item } = world;
    const raise = (text: string, owners: Parameters<typeof raiseAction>[1]['owners'], dueDate: string | null, agendaItemId = item.id) =>
      raiseAction(ctx, { meetingId: past.id, agendaItemId, text, owners, dueDate });
    overdue = await raise('Publish the stop and search data by ward', [{ personId: world.officer.id }], '2024-05-01');
    dueSoon = await raise('Brief the panel on body-worn video', [{ personId: world.chair.id }], '2024-06-20');
    exempt = await raise('Write to the officer about the complaint', [{ personId: world.chair.id }], '2024-09-01', world.exempt.id);
    completed = await raise('Circulate the scrutiny report', [{ organisationId: world.force.id }], '2024-04-01');
    deferred = await raise('Review the custody suite lighting', [{ personId: world.officer.id }], '2024-12-01');
    await postUpdate(ctx, completed.id, { text: 'Circulated to all members', status: 'completed' });
    await postUpdate(ctx, deferred.id, { text: 'Waiting for the estates review', status: 'deferred' });
    const source = await createSource(ctx, { kind: 'inspection', title: 'PEEL 2023: Fictional Police', publishedOn: '2024-05-01' });
    const recommendation = await recordRecommendation(ctx, { sourceId: source.id, number: 'R4', text: 'Publish stop and search outcomes' });
    await linkAction(ctx, recommendation.id, { actionId: overdue.id });
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
    owner = await signedInBrowser(app, database().db, 'action owner', world.officer.id);
  });
  afterAll(async () => app.close());

  it('lists the actions with owners, tags and latest update, leaving out exempt-item actions for a viewer', async () => {
    const res = await viewer.get('/actions');
    expect(res.statusCode).toBe(200);
    const refs = referencesIn(res.body);
    expect(refs).toEqual(expect.arrayContaining([overdue.reference, dueSoon.reference, completed.reference, deferred.reference]));
    expect(refs).not.toContain(exempt.reference);
    expect(res.body).not.toContain('Write to the officer about the complaint');
    const words = wordsOf(res.body);
    expect(words).toContain(`${overdue.reference} ${world.group.shortName} Publish the stop and search data by ward Owners: Morgan Pryce 1 May 2024 Overdue Open Red`);
    expect(words).toContain('Circulated to all members');
    expect(words).toContain(`Fictional Police`);
    expect(res.body).toContain('class="moj-filter-layout app-filter-layout--narrow"');
    for (const browser of [secretariat, await signedInBrowser(app, database().db, 'member', world.member.id)]) {
      expect(referencesIn((await browser.get('/actions')).body)).toContain(exempt.reference);
    }
    expect((await new Browser(app).get('/actions')).statusCode).toBe(302);
  });

  it('filters by body, owner, organisation, status, overdue, due soon, due dates and words', async () => {
    const only = async (query: string) => referencesIn((await secretariat.get(`/actions?bodyId=${world.group.id}&${query}`)).body).sort();
    expect(await only('overdue=true')).toEqual([overdue.reference]);
    expect(await only('dueSoon=true')).toEqual([dueSoon.reference]);
    expect(await only('status=completed')).toEqual([completed.reference]);
    expect(await only('status=completed&status=deferred')).toEqual([completed.reference, deferred.reference].sort());
    expect(await only(`ownerPersonId=${world.officer.id}`)).toEqual([overdue.reference, deferred.reference].sort());
    // An organisation owns what it owns itself and what its people own.
    expect(await only(`organisationId=${world.force.id}`)).toEqual([overdue.reference, completed.reference, deferred.reference].sort());
    expect(await only('dueFrom=2024-06-01&dueTo=2024-09-30')).toEqual([dueSoon.reference, exempt.reference].sort());
    expect(await only('q=body-worn')).toEqual([dueSoon.reference]);
    expect(await only('open=true&dueTo=2024-05-31')).toEqual([overdue.reference]);

    // The selected filters, each a link that removes it; and the form shows what was chosen.
    const page = await secretariat.get(`/actions?status=completed&status=deferred&overdue=true`);
    const words = wordsOf(page.body);
    expect(words).toContain('Selected filters');
    expect(page.body).toContain('href="/actions?overdue=true&amp;status=deferred"><span class="govuk-visually-hidden">Remove this filter</span> Completed');
    expect(page.body).toContain('href="/actions?status=completed&amp;status=deferred"><span class="govuk-visually-hidden">Remove this filter</span> Overdue');
    expect(page.body).toMatch(/<input class="govuk-checkboxes__input" id="status-4" name="status" type="checkbox" value="deferred" checked>/);

    // The owner filter offers those who own actions, and keeps one chosen even where they own none.
    const owners = (html: string) => html.slice(html.indexOf('id="ownerPersonId"'), html.indexOf('</select>', html.indexOf('id="ownerPersonId"')));
    const all = owners(page.body);
    expect(all).toContain('Chief Inspector Morgan Pryce (Fictional Police');
    expect(all).not.toContain('Rhian Tudor');
    const elsewhere = await secretariat.get(`/actions?bodyId=${world.board.id}&ownerPersonId=${world.officer.id}`);
    expect(owners(elsewhere.body)).toMatch(new RegExp(`<option value="${world.officer.id}" selected>Chief Inspector Morgan Pryce`));
    expect(wordsOf(elsewhere.body)).toMatch(/Owner Remove this filter Chief Inspector Morgan Pryce/);

    const bad = await secretariat.get('/actions?dueFrom=yesterday');
    expectFormError(bad, 'dueFrom');
    expect(bad.body).toContain('Enter the first due date as a real date');
  });

  it('sorts by each column with links and aria-sort, keeping the filters', async () => {
    const base = `/actions?bodyId=${world.group.id}`;
    const byDue = referencesIn((await secretariat.get(base)).body);
    expect(byDue).toEqual([completed.reference, overdue.reference, dueSoon.reference, exempt.reference, deferred.reference]);
    const page = await secretariat.get(`${base}&sort=reference`);
    expect(referencesIn(page.body)).toEqual([overdue, dueSoon, exempt, completed, deferred].map((a) => a.reference));
    expect(page.body).toMatch(/<th scope="col" class="govuk-table__header" aria-sort="ascending">\s*<a class="govuk-link" href="\/actions\?bodyId=\d+&amp;sort=reference&amp;direction=desc">Reference/);
    expect(page.body).toMatch(/aria-sort="none">\s*<a class="govuk-link" href="\/actions\?bodyId=\d+&amp;sort=status">Status/);
    const desc = referencesIn((await secretariat.get(`${base}&sort=reference&direction=desc`)).body);
    expect(desc).toEqual([...referencesIn(page.body)].reverse());
    const byStatus = referencesIn((await secretariat.get(`${base}&sort=status`)).body);
    expect(byStatus.indexOf(completed.reference)).toBeLessThan(byStatus.indexOf(deferred.reference));
    expect(byStatus.indexOf(deferred.reference)).toBeLessThan(byStatus.indexOf(overdue.reference));
    // The filter form keeps the sort.
    expect(page.body).toContain('<input type="hidden" name="sort" value="reference">');
  });

  it('pages through a long log, keeping the filters', async () => {
    for (let n = 1; n <= 27; n++) await raiseAction(world.ctx, { bodyId: world.board.id, text: `Board action number ${n}` });
    const first = await secretariat.get(`/actions?bodyId=${world.board.id}`);
    expect(wordsOf(first.body)).toContain('Showing 1 to 25 of 27');
    expect(first.body).toContain('aria-label="Pages of actions"');
    expect(first.body).toContain(`href="/actions?bodyId=${world.board.id}&amp;page=2"`);
    expect(wordsOf((await secretariat.get(`/actions?bodyId=${world.board.id}&page=2`)).body)).toContain('Showing 26 to 27 of 27');
  });

  it('downloads the filtered log as CSV and Excel, only what the viewer may see', async () => {
    const page = await secretariat.get(`/actions?bodyId=${world.group.id}&ownerPersonId=${world.officer.id}`);
    expect(page.body).toContain(`href="/actions/export.csv?bodyId=${world.group.id}&amp;ownerPersonId=${world.officer.id}"`);
    const csv = await secretariat.get(`/actions/export.csv?bodyId=${world.group.id}&ownerPersonId=${world.officer.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment; filename="action-log-2024-06-15.csv"');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Reference,Body,Meeting,Action,Owners,Due/);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([overdue.reference, deferred.reference].sort());
    const all = await viewer.get(`/actions/export.csv?bodyId=${world.group.id}`);
    expect(all.body).toContain(overdue.reference);
    expect(all.body).not.toContain(exempt.reference);
    const xlsx = await secretariat.get(`/actions/export.xlsx?overdue=true`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await secretariat.get('/actions/export.csv?dueTo=soon')).statusCode).toBe(400);
  });

  it("shows an action's page: where it arose, owners, due, status, RAG and the recommendations it implements", async () => {
    const res = await viewer.get(`/actions/${overdue.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain(`Action ${overdue.reference}`);
    expect(words).toContain('Meeting on 13 March 2024 Item 3: Stop and search');
    expect(res.body).toContain(`href="/meetings/${world.past.id}#item-${world.item.id}"`);
    expect(words).toMatch(/Owners\s+Morgan Pryce/);
    expect(words).toMatch(/Due\s+1 May 2024/);
    expect(words).toMatch(/RAG status\s+Red Worked out from the status and due date/);
    expect(words).toContain('Recommendation R4, PEEL 2023: Fictional Police');
    expect(words).toContain('Action raised');
    expect(words).toContain('This action has not been escalated.');
    // A viewer may not update, edit or escalate.
    expect(res.body).not.toContain(`action="/actions/${overdue.id}/updates"`);
    expect(res.body).not.toContain(`/actions/${overdue.id}/edit`);
    expect(res.body).not.toContain(`/actions/${overdue.id}/escalate`);
    expect((await viewer.get(`/actions/${exempt.id}`)).statusCode).toBe(404);
    expect((await secretariat.get(`/actions/${exempt.id}`)).statusCode).toBe(200);
  });

  it('lets the owner post an update with a status change, which appears in the timeline', async () => {
    const page = await owner.get(`/actions/${overdue.id}`);
    expect(page.body).toContain(`action="/actions/${overdue.id}/updates"`);
    const radios = [...page.body.matchAll(/name="status" type="radio" value="([^"]*)"/g)].map((m) => m[1]);
    expect(radios).toEqual(['', 'ongoing', 'completed', 'deferred', 'cancelled']);
    expect(wordsOf(page.body)).toContain('Keep as Open');

    const posted = await owner.post(`/actions/${overdue.id}/updates`, {
      text: 'The data is now on the website', status: 'ongoing', rag: 'amber', evidence: 'https://example.org/stop-search', meetingId: String(world.past.id),
    }, `/actions/${overdue.id}`);
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`/actions/${overdue.id}#history`);
    const after = await owner.get(`/actions/${overdue.id}`);
    const words = wordsOf(after.body);
    expect(words).toContain(`Your update on ${overdue.reference} has been posted`);
    expect(after.body).toContain('class="moj-timeline"');
    expect(words).toMatch(/Status changed from Open to Ongoing by web-action-owner-\d+@test\.example/);
    expect(words).toContain('The data is now on the website');
    expect(words).toContain('Evidence https://example.org/stop-search');
    expect(words).toContain('Reported at the meeting on 13 March 2024');
    expect(words).toMatch(/RAG status\s+Amber Set by the owner/);
    expect([...after.body.matchAll(/name="status" type="radio" value="([^"]*)"/g)].map((m) => m[1])).toEqual(['', 'completed', 'deferred', 'cancelled']);
    expect((await getActionRow(world.ctx, overdue.id)).status).toBe('ongoing');
  });

  it("gives an owner no form on someone else's action, and refuses the post", async () => {
    const page = await owner.get(`/actions/${dueSoon.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(`action="/actions/${dueSoon.id}/updates"`);
    const before = (await actionHistory(world.ctx, dueSoon.id)).length;
    const refused = await owner.post(`/actions/${dueSoon.id}/updates`, { text: 'Not mine', status: 'completed' }, `/actions/${overdue.id}`);
    expect(refused.statusCode).toBe(403);
    expect(wordsOf(refused.body)).toContain('You can update only the actions you own.');
    // The refusal is said in the page's language.
    await owner.get('/?lang=cy');
    const welsh = await owner.post(`/actions/${dueSoon.id}/updates`, { text: 'Not mine', status: 'completed' }, `/actions/${overdue.id}`);
    expect(welsh.statusCode).toBe(403);
    expect(wordsOf(welsh.body)).toContain("Dim ond y camau gweithredu sy'n perthyn i chi y gallwch eu diweddaru.");
    expect(welsh.body).not.toContain('You can update only');
    await owner.get('/?lang=en');
    expect((await actionHistory(world.ctx, dueSoon.id)).length).toBe(before);
    expect((await viewer.post(`/actions/${dueSoon.id}/updates`, { text: 'Nor mine' }, `/actions/${dueSoon.id}`)).statusCode).toBe(403);
  });

  it('refuses a status change the rules do not allow, and closing without a note, saying why', async () => {
    const before = (await actionHistory(world.ctx, deferred.id)).length;
    const refused = await secretariat.post(`/actions/${deferred.id}/updates`, { text: 'All done', status: 'completed' }, `/actions/${deferred.id}`);
    expectFormError(refused, 'status');
    expect(wordsOf(refused.body)).toContain('An action with the status Deferred cannot change to Completed. It can change to: Ongoing, Cancelled');
    expect(refused.body).toContain('All done');
    const noNote = await secretariat.post(`/actions/${deferred.id}/updates`, { text: ' ', status: 'cancelled' }, `/actions/${deferred.id}`);
    expectFormError(noNote, 'text');
    expect(noNote.body).toContain('Closing or reopening the action needs a note saying why');
    expect((await actionHistory(world.ctx, deferred.id)).length).toBe(before);
  });

  it('lets the secretariat edit an action, and no one else', async () => {
    const form = await secretariat.get(`/actions/${dueSoon.id}/edit`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Brief the panel on body-worn video');
    expect(form.body).toMatch(new RegExp(`name="ownerPeople" type="checkbox" value="${world.chair.id}" checked`));
    const bad = await secretariat.post(`/actions/${dueSoon.id}/edit`, { text: 'Brief the panel', ownerPeople: [String(world.chair.id)], 'dueDate-day': '31', 'dueDate-month': '2', 'dueDate-year': '2024' });
    expectFormError(bad, 'dueDate-day');
    const saved = await secretariat.post(`/actions/${dueSoon.id}/edit`, {
      text: 'Brief the panel on body-worn video and its retention', ownerPeople: [String(world.chair.id), String(world.member.id)],
      ownerTeam: 'Digital team', 'dueDate-day': '5', 'dueDate-month': '7', 'dueDate-year': '2024', dueText: 'before the July meeting',
    });
    expect(saved.statusCode).toBe(303);
    const words = wordsOf((await secretariat.get(`/actions/${dueSoon.id}`)).body);
    expect(words).toContain(`Action ${dueSoon.reference} has been saved`);
    expect(words).toContain('Brief the panel on body-worn video and its retention');
    expect(words).toMatch(/Owners\s+Ceri Ashdown Rhian Tudor Digital team/);
    expect(words).toMatch(/Due\s+5 July 2024 As written: before the July meeting/);
    expect((await viewer.get(`/actions/${dueSoon.id}/edit`)).statusCode).toBe(403);
    expect((await owner.get(`/actions/${overdue.id}/edit`)).statusCode).toBe(403);
  });

  it('escalates an action to another body, once while it waits', async () => {
    const form = await secretariat.get(`/actions/${overdue.id}/escalate`);
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain(`<option value="${world.group.id}"`);
    const missing = await secretariat.post(`/actions/${overdue.id}/escalate`, { toBodyId: '', reason: '' });
    expectFormError(missing, 'toBodyId');
    expectFormError(missing, 'reason');
    const sent = await secretariat.post(`/actions/${overdue.id}/escalate`, { toBodyId: String(world.board.id), reason: 'The board must decide whether to publish monthly' });
    expect(sent.headers.location).toBe(`/actions/${overdue.id}#escalations`);
    const words = wordsOf((await viewer.get(`/actions/${overdue.id}`)).body);
    expect(words).toMatch(new RegExp(`${world.group.shortName} to ${world.board.name} Escalated on \\d+ \\w+ \\d{4} The board must decide whether to publish monthly Waiting Not heard yet`));
    const again = await secretariat.post(`/actions/${overdue.id}/escalate`, { toBodyId: String(world.board.id), reason: 'Again' });
    expectFormError(again, 'toBodyId');
    expect(again.body).toContain('This action is already waiting to be heard by that body');
    expect(await escalationsOfAction(world.ctx, overdue.id)).toHaveLength(1);
    expect((await viewer.get(`/actions/${overdue.id}/escalate`)).statusCode).toBe(403);
  });

  it('renders the log, an action, and its forms in Welsh with no keys showing', async () => {
    const pages = ['/actions', `/actions?status=open&overdue=true&bodyId=${world.group.id}&sort=status`, `/actions/${overdue.id}`,
      `/actions/${deferred.id}`, `/actions/${dueSoon.id}/edit`, `/actions/${overdue.id}/escalate`];
    for (const url of pages) {
      const res = await secretariat.get(`${url}${url.includes('?') ? '&' : '?'}lang=cy`);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS), url).toEqual([]);
    }
    const log = wordsOf((await secretariat.get('/actions?lang=cy')).body);
    expect(log).toContain('Log camau gweithredu');
    expect(log).toContain('Lawrlwytho fel CSV');
    const refused = await secretariat.post(`/actions/${deferred.id}/updates`, { text: 'Wedi gorffen', status: 'completed' }, `/actions/${deferred.id}`);
    expect(wordsOf(refused.body)).toContain("Ni all cam gweithredu â'r statws Wedi'i ohirio newid i Wedi'i gwblhau. Gall newid i: Ar waith, Wedi'i ganslo");
  });
});

