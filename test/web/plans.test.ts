import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addMeasure, addObjective, addPlanAction, addTask, createPlan, getPlan, recordMeasureValue,
  type ActionPlan, type Measure, type PlanAction,
} from '../../src/services/plans/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, wordsOf } from './meetingsChecks.js';

const SECTIONS = ['plans', 'status', 'common', 'action', 'nav', 'meeting', 'meetings', 'due', 'body'];

describeEachDriver('action plan pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  let plan: ActionPlan;
  let planAction: PlanAction;
  let entrants: Measure;
  let empty: Measure;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    const { ctx } = world;
    plan = await createPlan(ctx, { bodyId: world.group.id, title: 'Youth justice plan', outcome: 'Children and young people in the area stay out of trouble', period: '2023–2025' });
    const objective = await addObjective(ctx, plan.id, { number: '1', text: 'We will reduce the number of children entering the justice system' });
    planAction = await addPlanAction(ctx, plan.id, { objectiveId: objective.id, number: '1.1', text: 'Set up a youth diversion scheme' });
    await addTask(ctx, planAction.id, { text: 'Recruit two diversion workers', owners: [{ personId: world.officer.id }], dueDate: '2024-04-30', resources: '£60,000 from the commissioner\'s fund' });
    await addTask(ctx, planAction.id, { text: 'Agree referral routes with schools', owners: [{ team: 'Youth Offending Team' }], dueText: 'Summer 2024 and ongoing', ownerRag: 'green' });
    await addPlanAction(ctx, plan.id, { text: 'Report to the board each quarter' });
    entrants = await addMeasure(ctx, plan.id, {
      name: 'First-time entrants to the youth justice system', unit: 'per 100,000', betterDirection: 'down', baseline: 420, baselineLabel: '2022/23',
      storyBehindCurve: 'Diversion keeps children out of court; numbers rose when the scheme paused.',
    });
    for (const [period, periodEnd, value] of [['2023 Q1', '2023-03-31', 410], ['2023 Q2', '2023-06-30', 398], ['2023 Q3', '2023-09-30', 402]] as const) {
      await recordMeasureValue(ctx, entrants.id, { period, periodEnd, value });
    }
    empty = await addMeasure(ctx, plan.id, { name: 'Reoffending within a year', unit: '%' });
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
  });
  afterAll(async () => app.close());

  it('lists the plans, by body', async () => {
    const res = await viewer.get('/plans');
    expect(res.statusCode).toBe(200);
    expect(wordsOf(res.body)).toContain(`Youth justice plan ${world.group.name} 2023–2025`);
    expect((await viewer.get(`/plans?bodyId=${world.board.id}`)).body).not.toContain(`href="/plans/${plan.id}"`);
    expect((await new Browser(app).get('/plans')).statusCode).toBe(302);
  });

  it("shows the report card: outcome, objectives, tasks with RAG tags, counts by RAG", async () => {
    const res = await viewer.get(`/plans/${plan.id}`);
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Outcome Children and young people in the area stay out of trouble');
    expect(words).toContain('1 We will reduce the number of children entering the justice system');
    expect(words).toContain('1.1 Set up a youth diversion scheme');
    expect(words).toMatch(/Recruit two diversion workers Morgan Pryce 30 April 2024 Overdue £60,000 from the commissioner's fund Red Open/);
    expect(words).toMatch(/Agree referral routes with schools Youth Offending Team Summer 2024 and ongoing None Green Open/);
    expect(words).toContain('Tasks by RAG status 1 Red 0 Amber 1 Green');
    expect(words).toContain('Other actions Report to the board each quarter No tasks have been added.');
    expect(res.body).toMatch(/<table class="govuk-table">\s*<caption class="govuk-table__caption govuk-visually-hidden">Tasks of 1.1 Set up a youth diversion scheme<\/caption>/);
  });

  it("draws each measure's values as a line chart with a dashed baseline, the trend in words and the values in a table", async () => {
    const res = await viewer.get(`/plans/${plan.id}`);
    const section = res.body.slice(res.body.indexOf(`id="measure-${entrants.id}"`), res.body.indexOf(`id="measure-${empty.id}"`));
    expect(section).toMatch(/<svg class="app-chart" role="img" aria-labelledby="line-\d+-title line-\d+-desc"/);
    expect(section).toContain('First-time entrants to the youth justice system: values over time</title>');
    expect(section).toContain('2023 Q1: 410 per 100,000, 2023 Q2: 398 per 100,000, 2023 Q3: 402 per 100,000. Baseline 420 per 100,000.</desc>');
    expect(section).toContain('class="app-chart__line"');
    expect(section).toContain('class="app-chart__baseline"');
    expect(section.match(/class="app-chart__point"/g)).toHaveLength(3);
    const words = wordsOf(section);
    expect(words).toContain('Lower is better. Baseline: 420 per 100,000 (2022/23)');
    expect(words).toContain('Latest: 402 per 100,000 (2023 Q3) – worse than the value before');
    expect(words).toContain('The story behind the curve Diversion keeps children out of court');
    expect(section).toContain('govuk-details');
    expect(words).toContain('Values of First-time entrants to the youth justice system Period End of the period Value (per 100,000) Note 2023 Q1 31 March 2023 410');
    expect(wordsOf(res.body)).toContain('Reoffending within a year Higher is better No values have been recorded yet.');
    // Forms for the secretariat only.
    expect(res.body).not.toContain('/values/new');
    expect((await secretariat.get(`/plans/${plan.id}`)).body).toContain(`/plans/${plan.id}/measures/${entrants.id}/values/new`);
  });

  it('records a measure value through the form, and refuses one that is not a number', async () => {
    const url = `/plans/${plan.id}/measures/${entrants.id}/values/new`;
    expect((await secretariat.get(url)).statusCode).toBe(200);
    const notNumber = await secretariat.post(url, { period: '2023 Q4', 'periodEnd-day': '31', 'periodEnd-month': '12', 'periodEnd-year': '2023', value: 'about 390' });
    expectFormError(notNumber, 'value');
    expect(notNumber.body).toContain('Enter the value as a number');
    const noDate = await secretariat.post(url, { period: '2023 Q4', value: '385' });
    expectFormError(noDate, 'periodEnd-day');
    const saved = await secretariat.post(url, { period: '2023 Q4', 'periodEnd-day': '31', 'periodEnd-month': '12', 'periodEnd-year': '2023', value: '1,385.5', note: 'Provisional' });
    expect(saved.headers.location).toBe(`/plans/${plan.id}#measure-${entrants.id}`);
    const page = await secretariat.get(`/plans/${plan.id}`);
    expect(wordsOf(page.body)).toContain('Latest: 1385.5 per 100,000 (2023 Q4) – worse than the value before');
    expect(page.body).toContain('2023 Q4: 1385.5 per 100,000');
    expect(wordsOf(page.body)).toContain('2023 Q4 31 December 2023 1385.5 Provisional');
    expect((await viewer.get(url)).statusCode).toBe(403);
  });

  it('adds a task under a plan action through the form', async () => {
    const url = `/plans/${plan.id}/actions/${planAction.id}/tasks/new`;
    expectFormError(await secretariat.post(url, { text: '' }), 'text');
    const saved = await secretariat.post(url, {
      text: 'Train custody staff in diversion referrals', leadPersonId: String(world.chair.id), 'dueDate-day': '30', 'dueDate-month': '9', 'dueDate-year': '2024',
      resources: 'Two training days', ownerRag: 'amber',
    });
    expect(saved.headers.location).toBe(`/plans/${plan.id}#plan-action-${planAction.id}`);
    expect(wordsOf((await secretariat.get(`/plans/${plan.id}`)).body)).toMatch(/Train custody staff in diversion referrals Ceri Ashdown 30 September 2024 Two training days Amber Open/);
    expect((await getPlan(world.ctx, plan.id)).rag).toEqual({ red: 1, amber: 1, green: 1 });
    expect((await viewer.get(url)).statusCode).toBe(403);
    expect((await secretariat.get(`/plans/${plan.id}/actions/99999/tasks/new`)).statusCode).toBe(404);
  });

  it('renders the plan pages in Welsh with no keys showing', async () => {
    const pages = ['/plans', `/plans/${plan.id}`, `/plans/${plan.id}/measures/${entrants.id}/values/new`, `/plans/${plan.id}/actions/${planAction.id}/tasks/new`];
    for (const url of pages) {
      const res = await secretariat.get(`${url}?lang=cy`);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS), url).toEqual([]);
    }
    const card = wordsOf((await secretariat.get(`/plans/${plan.id}?lang=cy`)).body);
    expect(card).toContain('Y stori y tu ôl i\'r gromlin');
    expect(card).toContain('Amcanion a chamau gweithredu 1 We will reduce the number');
  });
});
