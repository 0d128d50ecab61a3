import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { createSource, linkAction, recordRecommendation, recordResponse, setImplementation } from '../../src/services/recommendations/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, signedInBrowser } from '../support/web.js';
import { buildWorld, publishMeeting } from '../support/world.js';
import { wordsOf } from './meetingsChecks.js';

const SECTIONS = ['publicRecommendations', 'status', 'common', 'nav', 'action', 'meeting'];

describeEachDriver('public recommendations pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let ids: { accepted: number; pending: number; other: number };
  let references: { open: string; exempt: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx, past, item, exempt, group } = world;
    const peel = await createSource(ctx, { kind: 'inspection', title: 'PEEL 2024', issuer: 'HMICFRS', publishedOn: '2024-05-01', url: 'https://example.org/peel' });
    const accepted = await recordRecommendation(ctx, { sourceId: peel.id, number: '1', text: 'Improve the handling of emergency calls.', ownerBodyId: group.id, dueText: 'within 6 months' });
    await recordResponse(ctx, accepted.id, { response: 'accepted', responseText: 'We accept this in full.', responseDate: '2024-06-01' });
    await setImplementation(ctx, accepted.id, { implementation: 'being progressed' });
    const pending = await recordRecommendation(ctx, { sourceId: peel.id, number: '2', text: 'Record the ethnicity of everyone stopped.' });
    const review = await createSource(ctx, { kind: 'scrutiny review', title: 'Review of youth diversion' });
    const other = await recordRecommendation(ctx, { sourceId: review.id, number: 'R1', text: 'Fund a youth diversion worker.' });
    await recordResponse(ctx, other.id, { response: 'partially accepted', responseText: 'Funded for one year.' });
    await setImplementation(ctx, other.id, { implementation: 'closed', closureEvidence: 'A worker was appointed in May.', closedOn: '2024-06-10' });
    const open = await raiseAction(ctx, { meetingId: past.id, agendaItemId: item.id, text: 'Audit call handling times monthly' });
    const hidden = await raiseAction(ctx, { meetingId: past.id, agendaItemId: exempt.id, text: 'Discipline the call handler concerned' });
    await linkAction(ctx, accepted.id, { actionId: open.id });
    await linkAction(ctx, accepted.id, { actionId: hidden.id });
    await publishMeeting(ctx, past.id);
    ids = { accepted: accepted.id, pending: pending.id, other: other.id };
    references = { open: open.reference, exempt: hidden.reference };
  });
  afterAll(async () => app.close());

  it('shows the public each source with its recommendations, responses, progress and counts', async () => {
    const res = await new Browser(app).get('/public/recommendations');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Inspection, HMICFRS PEEL 2024');
    expect(words).toContain('Published on 1 May 2024. The response is due on 26 June 2024.');
    expect(words).toContain('Recommendations made: 2');
    expect(words).toMatch(/Responses Response pending 1 Accepted 1 Progress Not started 1 Being progressed 1/);
    expect(words).toContain('1 – PEEL 2024 Improve the handling of emergency calls. Accepted Being progressed');
    expect(words).toContain('2 – PEEL 2024 Record the ethnicity of everyone stopped. Response pending Not started');
    expect(words).toContain('Scrutiny review Review of youth diversion');
    expect(res.body).toContain(`href="/public/recommendations/${ids.accepted}"`);
    expect(res.body).toContain('href="https://example.org/peel"');
    expect(res.body).not.toMatch(/href="\/(recommendations|actions)\//);
  });

  it('shows a recommendation with its response and only the actions the public may see', async () => {
    const check = (body: string) => {
      const words = wordsOf(body);
      expect(words).toContain('Recommendation 1');
      expect(words).toContain('Improve the handling of emergency calls.');
      expect(words).toContain(`Responsible ${world.group.name}`);
      expect(words).toContain('Due within 6 months');
      expect(words).toContain('Response Accepted 1 June 2024 We accept this in full.');
      expect(words).toContain('Progress Being progressed');
      expect(words).toContain(`${references.open} Audit call handling times monthly`);
      expect(body).not.toContain(references.exempt);
      expect(body).not.toContain('Discipline the call handler concerned');
      expect(body).not.toMatch(/href="\/actions\//);
    };
    const visitor = await new Browser(app).get(`/public/recommendations/${ids.accepted}`);
    expect(visitor.statusCode).toBe(200);
    check(visitor.body);
    // Signed in, the public page is still what the public sees.
    const secretariat = await signedInBrowser(app, database().db, 'secretariat');
    check((await secretariat.get(`/public/recommendations/${ids.accepted}`)).body);
    expect(wordsOf((await new Browser(app).get(`/public/recommendations/${ids.pending}`)).body)).toContain('No published actions put this recommendation into practice yet.');
    const closed = wordsOf((await new Browser(app).get(`/public/recommendations/${ids.other}`)).body);
    expect(closed).toContain('Progress Closed closed on 10 June 2024 Evidence it has been met A worker was appointed in May.');
    expect((await new Browser(app).get('/public/recommendations/999999')).statusCode).toBe(404);
  });

  it('renders in Welsh with no keys showing', async () => {
    const visitor = new Browser(app);
    for (const url of ['/public/recommendations', `/public/recommendations/${ids.accepted}`, `/public/recommendations/${ids.other}`]) {
      const res = await visitor.get(`${url}?lang=cy`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS)).toEqual([]);
    }
    const words = wordsOf((await visitor.get('/public/recommendations')).body);
    expect(words).toContain('Argymhellion ac ymatebion');
    expect(words).toContain('Cyhoeddwyd ar 1 Mai 2024.');
  });
});
