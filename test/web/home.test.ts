import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction, type Action } from '../../src/services/actions/index.js';
import { escalate, listEscalations, recordOutcome, type Escalation } from '../../src/services/escalations/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { keysShowing, signedInBrowser, type Browser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { wordsOf } from './meetingsChecks.js';

describeEachDriver('the signed-in home page', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let action: Action;
  let waiting: Escalation;
  let exempt: Escalation;

  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
    action = await raiseAction(world.ctx, { meetingId: world.past.id, agendaItemId: world.item.id, text: 'Publish the stop and search figures' });
    const decided = await escalate(world.ctx, { fromBodyId: world.group.id, toBodyId: world.board.id, reason: 'Funding for the custody review' });
    await recordOutcome(world.ctx, decided.id, { status: 'decided', outcome: 'Funding agreed' });
    waiting = await escalate(world.ctx, { fromBodyId: world.group.id, toBodyId: world.board.id, actionId: action.id, reason: 'The force has not shared the figures' });
    exempt = await escalate(world.ctx, { fromBodyId: world.group.id, toBodyId: world.board.id, agendaItemId: world.exempt.id, reason: 'The complaint needs a decision' });
  });
  afterAll(async () => app.close());

  it('lists the escalations waiting, not those decided, with a link to record the outcome for those who may decide', async () => {
    const res = await secretariat.get('/');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Escalations waiting 2 waiting, most recent first');
    expect(words).toMatch(new RegExp(`${world.group.name} to ${world.board.name} Escalated on \\d+ \\w+ \\d{4} ${action.reference.replace(/\//g, '\\/')} The force has not shared the figures Record the outcome`));
    expect(words).toContain('Complaint about a named officer The complaint needs a decision');
    expect(words).not.toContain('Funding for the custody review');
    expect(res.body).toContain(`href="/escalations/${waiting.id}/outcome"`);
    expect(res.body).toContain(`href="/actions/${action.id}"`);
    expect(res.body).toContain('<a class="govuk-link" href="/escalations?state=waiting">See all escalations</a>');
  });

  it('shows a viewer only the escalations the service lets them see, linking to the list rather than the outcome form', async () => {
    const res = await viewer.get('/');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Escalations waiting 1 waiting, most recent first');
    expect(words).toContain('The force has not shared the figures See the escalation');
    // About an exempt item of a body the viewer is not a member of.
    expect(words).not.toContain('The complaint needs a decision');
    expect(res.body).not.toContain(`/escalations/${exempt.id}/outcome`);
    expect(res.body).not.toContain(`/escalations/${waiting.id}/outcome`);
    expect(res.body).toContain(`href="/escalations?toBodyId=${world.board.id}&amp;state=waiting"`);
    expect(res.body).toContain('href="/escalations?state=waiting"');
  });

  it('renders in Welsh with no keys showing', async () => {
    const browser = await signedInBrowser(app, database().db, 'viewer');
    const res = await browser.get('/?lang=cy');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="cy"');
    expect(keysShowing(res.body, ['home', 'escalations', 'common', 'status', 'action', 'nav'])).toEqual([]);
    const words = wordsOf(res.body);
    expect(words).toContain("Uwchgyfeiriadau sy'n aros");
    expect(words).toContain('Gweld pob uwchgyfeiriad');
    expect(words).toContain('Gweld yr uwchgyfeiriad');
  });

  it('shows at most five, the most recent first, and says when none is waiting', async () => {
    for (let n = 1; n <= 5; n++) await escalate(world.ctx, { fromBodyId: world.board.id, toBodyId: world.group.id, reason: `Matter number ${n}` });
    const words = wordsOf((await secretariat.get('/')).body);
    expect(words).toContain('Escalations waiting 7 waiting, most recent first');
    expect(words).toMatch(/Matter number 5 .*Matter number 4 .*Matter number 3 .*Matter number 2 .*Matter number 1 /);
    expect(words).not.toContain('The force has not shared the figures');
    expect(words).toContain('A matter in words');

    // Once every one has an outcome, the page says so.
    for (const e of (await listEscalations(world.ctx, { status: ['waiting'] })).items) await recordOutcome(world.ctx, e.id, { status: 'returned', outcome: 'Back to the group' });
    const none = wordsOf((await secretariat.get('/')).body);
    expect(none).toContain('Escalations waiting No escalations are waiting. See all escalations');
  });
});
