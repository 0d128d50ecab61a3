/**
 * Every page type in chromium, checked with axe-core against WCAG 2.2 A and AA, in English
 * and Welsh, signed in and public; the main pages are kept as screenshots to look at.
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.js';
import type { Role } from '../../src/domain/access.js';
import { editAction } from '../../src/services/actions/index.js';
import { systemContext } from '../../src/services/context.js';
import { axeViolations, DEMO_TODAY, hasChromium, screenshot, signIn, startSite, type AxeViolation, type Site } from './harness.js';

const SHOTS = new Set(['/', '/bodies/B', '/meetings/M', '/meetings/M/prepare', '/actions', '/actions/A', '/recommendations/R',
  '/plans/P', '/feedback', '/search?q=custody', '/import', '/public/meetings/M', '/public/recommendations']);

describe.skipIf(!hasChromium)('every page type', () => {
  let site: Site;
  let ids: Record<string, number>;
  beforeAll(async () => {
    site = await startSite();
    const db = site.conn.db;
    const first = async <T extends { id: number }>(rows: Promise<T[]>) => (await rows)[0]!.id;
    const [meeting] = await db.select({ id: schema.meetings.id, bodyId: schema.meetings.bodyId }).from(schema.meetings)
      .innerJoin(schema.agendaItems, eq(schema.agendaItems.meetingId, schema.meetings.id))
      .where(and(eq(schema.meetings.status, 'published'), isNotNull(schema.agendaItems.exemptParagraph))).limit(1);
    const [measure] = await db.select({ id: schema.measures.id, planId: schema.measures.planId }).from(schema.measures).limit(1);
    const [planAction] = await db.select({ id: schema.planActions.id }).from(schema.planActions).where(eq(schema.planActions.planId, measure!.planId)).limit(1);
    ids = {
      B: meeting!.bodyId, M: meeting!.id, P: measure!.planId, MV: measure!.id, PA: planAction!.id,
      A: await first(db.select({ id: schema.actions.id }).from(schema.actions).where(isNotNull(schema.actions.meetingId)).orderBy(asc(schema.actions.id)).limit(1)),
      R: await first(db.select({ id: schema.recommendations.id }).from(schema.recommendations).limit(1)),
      S: await first(db.select({ id: schema.recommendationSources.id }).from(schema.recommendationSources).limit(1)),
      E: await first(db.select({ id: schema.escalations.id }).from(schema.escalations).where(eq(schema.escalations.status, 'waiting')).limit(1)),
      F: await first(db.select({ id: schema.feedback.id }).from(schema.feedback).limit(1)),
    };
    // The demo is bulk-loaded without per-record history: give one action some, for the audit pages.
    await editAction(systemContext(db, 'e2e', DEMO_TODAY), ids.A!, { resources: 'Officer time' });
  }, 180_000);
  afterAll(async () => site?.close());

  const fill = (path: string) => path.replace(/\b(B|M|P|MV|PA|A|R|S|E|F)\b/g, (k) => String(ids[k]));

  async function check(role: Role | 'public', paths: string[], lang = 'en'): Promise<Record<string, AxeViolation[]>> {
    const context = await site.browser.newContext();
    const page: Page = await context.newPage();
    if (role !== 'public') await signIn(page, site, role);
    const found: Record<string, AxeViolation[]> = {};
    for (const path of paths) {
      const url = `${site.url}${fill(path)}${path.includes('?') ? '&' : '?'}lang=${lang}`;
      const response = await page.goto(url);
      const status = response?.status() ?? 0;
      if (status >= 500 || (status >= 400 && !path.startsWith('/no-such'))) found[`${path} (${lang})`] = [{ id: `HTTP ${status}`, impact: null, help: 'page did not load', nodes: [] }];
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const violations = await axeViolations(page);
      if (violations.length) found[`${path} (${lang})`] = violations;
      if (lang === 'en' && SHOTS.has(path)) await screenshot(page, `${role.replace(' ', '-')}${path.replace(/[/?=]+/g, '-').replace(/-$/, '') || '-home'}`);
    }
    await context.close();
    return found;
  }

  const SECRETARIAT_PAGES = [
    '/', '/bodies', '/bodies/new', '/bodies/B', '/bodies/B/edit', '/bodies/B/members/new',
    '/meetings', '/meetings/new?bodyId=B', '/meetings/M', '/meetings/M/edit', '/meetings/M/attendance', '/meetings/M/items/new',
    '/meetings/M/minutes/new', '/meetings/M/actions/new', '/meetings/M/decisions/new', '/meetings/M/declarations/new',
    '/meetings/M/prepare', '/meetings/M/papers', '/meetings/M/papers/new',
    '/actions', '/actions?overdue=true&sort=status', '/actions/A', '/actions/A/edit', '/actions/A/escalate',
    '/escalations', '/escalations/E/outcome',
    '/recommendations', '/recommendations/sources', '/recommendations/sources/new', '/recommendations/sources/S',
    '/recommendations/sources/S/recommendations/new', '/recommendations/R',
    '/plans', '/plans/P', '/plans/P/measures/MV/values/new', '/plans/P/actions/PA/tasks/new',
    '/feedback', '/feedback/new', '/feedback/F/outcome',
    '/search?q=custody', '/import', '/accessibility', '/no-such-page',
  ];

  it('has no accessibility violations for the secretariat, in English and Welsh', async () => {
    const found = { ...(await check('secretariat', SECRETARIAT_PAGES, 'en')), ...(await check('secretariat', SECRETARIAT_PAGES, 'cy')) };
    expect(found).toEqual({});
  }, 600_000);

  it('has no accessibility violations for the admin, the action owner and the public', async () => {
    const found = {
      ...(await check('admin', ['/audit', '/audit/action/A', '/admin/users', '/admin/users/new'])),
      ...(await check('action owner', ['/', '/actions', '/actions/A'])),
      ...(await check('public', ['/', '/sign-in', '/public/bodies/B', '/public/meetings/M', '/public/recommendations',
        '/public/recommendations/R', '/search?q=custody', '/accessibility'])),
      ...(await check('public', ['/', '/public/meetings/M', '/sign-in'], 'cy')),
    };
    expect(found).toEqual({});
  }, 600_000);
});
