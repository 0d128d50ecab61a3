import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { addDecision, addDeclaration, addMinute, setMeetingStatus } from '../../src/services/meetings/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectWelsh, wordsOf } from './meetingsChecks.js';

describeEachDriver('public pages of bodies and meetings', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let references: { open: string; exempt: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx, past, item, exempt } = world;
    await addMinute(ctx, past.id, { agendaItemId: item.id, number: '3.1', text: 'Members asked about the use of stop and search on young people.' });
    await addMinute(ctx, past.id, { agendaItemId: exempt.id, number: '4.1', text: 'The officer under investigation was named.' });
    await addDecision(ctx, past.id, { agendaItemId: item.id, number: '3.2', text: 'That the force reports back in June.' });
    await addDecision(ctx, past.id, { agendaItemId: exempt.id, number: '4.2', text: 'That the complaint be referred on.' });
    await addDeclaration(ctx, past.id, { personId: world.member.id, agendaItemId: item.id, kind: 'personal', interest: 'Youth worker in the area' });
    const open = await raiseAction(ctx, { meetingId: past.id, agendaItemId: item.id, text: 'Publish the stop and search figures by age', dueDate: '2024-07-01' });
    const hidden = await raiseAction(ctx, { meetingId: past.id, agendaItemId: exempt.id, text: 'Write to the complainant' });
    references = { open: open.reference, exempt: hidden.reference };
    await setMeetingStatus(ctx, past.id, { status: 'minutes approved' });
    await setMeetingStatus(ctx, past.id, { status: 'published' });
  });
  afterAll(async () => app.close());

  it('shows the public a published meeting without its exempt item', async () => {
    const res = await new Browser(app).get(`/public/meetings/${world.past.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Published on 15 June 2024');
    expect(words).toMatch(/Present .*Ceri Ashdown \(CA\), Chair/);
    expect(words).toContain('3. Stop and search');
    expect(words).toContain('3.1 Members asked about the use of stop and search on young people.');
    expect(words).toContain('That the force reports back in June.');
    expect(words).toContain(`${references.open} Publish the stop and search figures by age`);
    expect(words).toContain('Rhian Tudor – Personal (item 3): Youth worker in the area');
    // The exempt item appears only by its public title.
    expect(words).toContain('4. Exempt item: staffing matter Exempt (Schedule 12A paragraph 1)');
    for (const hidden of ['Complaint about a named officer', 'The officer under investigation was named', 'That the complaint be referred on', 'Write to the complainant', references.exempt]) {
      expect(res.body).not.toContain(hidden);
    }
    // No links into the internal record, and nothing to record or move.
    expect(res.body).not.toMatch(/href="\/(actions|meetings|bodies)\//);
    expect(res.body).not.toContain('name="status"');
  });

  it('shows a signed-in user the same public page', async () => {
    const secretariat = await signedInBrowser(app, database().db, 'secretariat');
    const res = await secretariat.get(`/public/meetings/${world.past.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Complaint about a named officer');
    expect(res.body).not.toContain('The officer under investigation was named');
  });

  it('is a page not found for a meeting that is not published, or does not exist', async () => {
    const visitor = new Browser(app);
    const unpublished = await visitor.get(`/public/meetings/${world.next.id}`);
    expect(unpublished.statusCode).toBe(404);
    expect(unpublished.body).toContain('Page not found');
    expect((await visitor.get('/public/meetings/999999')).statusCode).toBe(404);
    expect((await visitor.get('/public/bodies/999999')).statusCode).toBe(404);
  });

  it("shows a body's members and its published meetings only", async () => {
    const res = await new Browser(app).get(`/public/bodies/${world.group.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain(world.group.name);
    expect(words).toMatch(/Ceri Ashdown Chair .*Rhian Tudor Member/);
    expect(res.body).toContain(`href="/public/meetings/${world.past.id}"`);
    expect(res.body).not.toContain(`/meetings/${world.next.id}"`);
    expect(words).toContain('13 March 2024');
    expect(words).not.toContain('10 July 2024');
  });

  it('renders the public pages in Welsh with no keys showing', async () => {
    const visitor = new Browser(app);
    for (const url of [`/public/meetings/${world.past.id}`, `/public/bodies/${world.group.id}`, `/public/bodies/${world.board.id}`]) {
      expectWelsh(await visitor.get(`${url}?lang=cy`));
    }
    const words = wordsOf((await visitor.get(`/public/meetings/${world.past.id}`)).body);
    expect(words).toContain('Eithriedig (Atodlen 12A paragraff 1)');
    expect(words).toContain('Cyhoeddwyd ar 15 Mehefin 2024');
    expect(words).toContain('Yn bresennol');
  });
});
