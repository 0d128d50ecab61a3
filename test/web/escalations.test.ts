import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction, type Action } from '../../src/services/actions/index.js';
import { escalate, getEscalation, type Escalation } from '../../src/services/escalations/index.js';
import { scheduleMeeting } from '../../src/services/meetings/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { keysShowing, signedInBrowser, type Browser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, wordsOf } from './meetingsChecks.js';

const SECTIONS = ['escalations', 'actionPage', 'status', 'common', 'action', 'nav', 'meetings'];

describeEachDriver('escalation pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let action: Action;
  let exemptAction: Action;
  let waiting: Escalation;
  let toDecide: Escalation;
  let boardMeeting: number;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx, past, group, board } = world;
    action = await raiseAction(ctx, { meetingId: past.id, agendaItemId: world.item.id, text: 'Agree the stop and search publication policy' });
    exemptAction = await raiseAction(ctx, { meetingId: past.id, agendaItemId: world.exempt.id, text: 'Decide on the officer complaint' });
    waiting = await escalate(ctx, { fromBodyId: group.id, toBodyId: board.id, actionId: action.id, raisedAtMeetingId: past.id, reason: 'Needs the board to agree the policy' });
    toDecide = await escalate(ctx, { fromBodyId: group.id, toBodyId: board.id, reason: 'Funding for body-worn video' });
    await escalate(ctx, { fromBodyId: group.id, toBodyId: board.id, actionId: exemptAction.id, reason: 'A staffing decision in private' });
    boardMeeting = (await scheduleMeeting(ctx, { bodyId: board.id, date: '2024-06-10' })).id;
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
  });
  afterAll(async () => app.close());

  it('lists what waits for a body, leaving out what the viewer may not see', async () => {
    const res = await viewer.get(`/escalations?toBodyId=${world.board.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain(`Waiting to be heard by ${world.board.name} (2)`);
    expect(words).toContain('Needs the board to agree the policy');
    expect(words).toContain('A matter in words Funding for body-worn video Waiting');
    expect(res.body).toContain(`href="/actions/${action.id}">${action.reference}<`);
    expect(words).not.toContain('A staffing decision in private');
    // Only those who decide see the link to record the outcome.
    expect(res.body).not.toContain('/outcome"');
    expect(wordsOf((await secretariat.get(`/escalations?toBodyId=${world.board.id}`)).body)).toContain('A staffing decision in private');
    expect((await secretariat.get('/escalations')).body).toContain(`href="/escalations/${waiting.id}/outcome"`);
  });

  it('records an outcome through the form, which moves it from waiting to decided', async () => {
    const form = await secretariat.get(`/escalations/${toDecide.id}/outcome`);
    expect(form.statusCode).toBe(200);
    expect(wordsOf(form.body)).toContain('Funding for body-worn video');
    expect(form.body).toContain(`<option value="${boardMeeting}">10 June 2024</option>`);

    const noWords = await secretariat.post(`/escalations/${toDecide.id}/outcome`, { status: 'decided', outcome: '' });
    expectFormError(noWords, 'outcome');
    expect(noWords.body).toContain('Say what was decided, or why it was returned or withdrawn');
    const badDate = await secretariat.post(`/escalations/${toDecide.id}/outcome`, { status: 'decided', outcome: 'Agreed', 'decidedOn-day': '40', 'decidedOn-month': '1', 'decidedOn-year': '2024' });
    expectFormError(badDate, 'decidedOn-day');
    expect((await getEscalation(world.ctx, toDecide.id)).status).toBe('waiting');

    const saved = await secretariat.post(`/escalations/${toDecide.id}/outcome`, {
      status: 'decided', outcome: 'The board agreed to fund 40 cameras', heardAtMeetingId: String(boardMeeting),
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/escalations?toBodyId=${world.board.id}&state=decided`);
    const decided = wordsOf((await secretariat.get(String(saved.headers.location))).body);
    expect(decided).toContain('The outcome has been recorded');
    expect(decided).toContain(`Heard by ${world.board.name} (1)`);
    expect(decided).toContain('The board agreed to fund 40 cameras Heard at the meeting on 10 June 2024');
    const stillWaiting = wordsOf((await secretariat.get(`/escalations?toBodyId=${world.board.id}&state=waiting`)).body);
    expect(stillWaiting).not.toContain('Funding for body-worn video');
    expect(stillWaiting).toContain('Needs the board to agree the policy');
    expect(wordsOf((await secretariat.get(`/escalations?state=all&toBodyId=${world.board.id}`)).body)).toContain(`Escalated to ${world.board.name} (3)`);

    const again = await secretariat.post(`/escalations/${toDecide.id}/outcome`, { status: 'withdrawn', outcome: 'No longer needed' });
    expectFormError(again, 'status');
    expect(again.body).toContain('This escalation already has an outcome');
  });

  it("shows the outcome on the action's page", async () => {
    await secretariat.post(`/escalations/${waiting.id}/outcome`, { status: 'returned', outcome: 'For the group to decide itself' });
    const words = wordsOf((await viewer.get(`/actions/${action.id}`)).body);
    expect(words).toContain('Needs the board to agree the policy Returned For the group to decide itself On 15 June 2024');
  });

  it('refuses the outcome form to those who may not decide', async () => {
    expect((await viewer.get(`/escalations/${toDecide.id}/outcome`)).statusCode).toBe(403);
    const owner = await signedInBrowser(app, database().db, 'action owner', world.officer.id);
    expect((await owner.post(`/escalations/${toDecide.id}/outcome`, { status: 'decided', outcome: 'No' }, '/escalations')).statusCode).toBe(403);
    expect((await secretariat.get('/escalations/99999/outcome')).statusCode).toBe(404);
  });

  it('renders the escalation pages in Welsh with no keys showing', async () => {
    const fresh = await escalate(world.ctx, { fromBodyId: world.group.id, toBodyId: world.board.id, reason: 'Adolygu cyllideb' });
    for (const url of ['/escalations', `/escalations?toBodyId=${world.board.id}&state=decided`, '/escalations?state=all', `/escalations/${fresh.id}/outcome`]) {
      const res = await secretariat.get(`${url}${url.includes('?') ? '&' : '?'}lang=cy`);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS), url).toEqual([]);
    }
    expect(wordsOf((await secretariat.get('/escalations?lang=cy')).body)).toContain('Yn aros i gael eu hystyried');
  });
});
