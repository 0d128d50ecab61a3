/**
 * The journeys of issue 4 in a real browser: sign in; record a meeting with an action; the
 * owner posts an update; import a seed .docx through the review; search finds its actions;
 * the public page of a meeting hides its exempt item.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/index.js';
import { DEMO_USERS } from '../../src/demo/index.js';
import { axeViolations, hasChromium, screenshot, signIn, startSite, type Site } from './harness.js';

const SEED_DOCX = resolve(process.cwd(), '../shared/seeds/000_bda7ddf7c3d0f56a.docx');

describe.skipIf(!hasChromium)('journeys in a browser', () => {
  let site: Site;
  beforeAll(async () => { site = await startSite(); }, 180_000);
  afterAll(async () => site?.close());

  async function freshPage(): Promise<Page> {
    const context = await site.browser.newContext();
    return context.newPage();
  }

  it('the secretariat records a meeting with an action; its owner posts an update', async () => {
    const page = await freshPage();
    await signIn(page, site, 'secretariat');
    const [owner] = await site.conn.db.select({ personId: schema.users.personId }).from(schema.users).where(eq(schema.users.email, DEMO_USERS['action owner']));
    const [membership] = await site.conn.db.select({ bodyId: schema.memberships.bodyId }).from(schema.memberships).limit(1);

    await page.goto(`${site.url}/meetings/new?bodyId=${membership!.bodyId}`);
    await page.locator('#date-day').fill('21');
    await page.locator('#date-month').fill('4');
    await page.locator('#date-year').fill('2026');
    await page.locator('#startTime').fill('10:00');
    await page.locator('#venue').fill('Committee Room 2');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(/\/meetings\/\d+$/);
    const meetingUrl = page.url();
    expect(await page.locator('main').textContent()).toContain('Committee Room 2');

    await page.locator(`a[href$="/actions/new"]`).first().click();
    await page.locator('#text').fill('Circulate the revised custody inspection plan to members');
    await page.locator('#ownerOtherPerson').selectOption(String(owner!.personId));
    await page.locator('#dueText').fill('next meeting');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((url) => url.href.startsWith(meetingUrl));
    const actionLink = page.locator('a', { hasText: /\/2026-04\/1$/ });
    expect(await actionLink.count()).toBe(1);
    await screenshot(page, 'meeting-with-action');

    const ownerPage = await freshPage();
    await signIn(ownerPage, site, 'action owner');
    await ownerPage.goto(`${site.url}${await actionLink.getAttribute('href')}`);
    await ownerPage.locator('#text').fill('Drafted; it goes to members on Friday.');
    await ownerPage.locator('input[name=status][value=ongoing]').check();
    await ownerPage.locator('main form button[type=submit]').first().click();
    await ownerPage.waitForLoadState();
    expect(await ownerPage.locator('main').textContent()).toContain('Drafted; it goes to members on Friday.');
    // The demo's action owner prefers Welsh, so their pages come in Welsh.
    expect(await ownerPage.locator('main').textContent()).toMatch(/Ongoing|Ar waith/);
    expect(await axeViolations(ownerPage)).toEqual([]);
    await screenshot(ownerPage, 'action-after-update');
  });

  it.skipIf(!existsSync(SEED_DOCX))('imports a seed .docx through the review, and search finds its actions', async () => {
    const page = await freshPage();
    await signIn(page, site, 'secretariat');
    await page.goto(`${site.url}/import`);
    await page.locator('#documents').setInputFiles(SEED_DOCX);
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(/\/import\/\d+$/);
    expect(await page.locator('main').textContent()).toContain('Circulate Sex Work guidance document links');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-review');
    await page.locator('form[action$="/confirm"] button[type=submit]').click();
    await page.waitForLoadState();
    expect(await page.locator('.govuk-panel').textContent()).toBeTruthy();
    await screenshot(page, 'import-done');

    await page.goto(`${site.url}/search?q=${encodeURIComponent('sex work guidance')}`);
    const results = page.locator('main');
    expect(await results.textContent()).toContain('Circulate Sex Work guidance document links');
    expect(await page.locator('main mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'search');
  });

  it('the public page of a meeting hides its exempt item', async () => {
    const [exempt] = await site.conn.db.select({ meetingId: schema.agendaItems.meetingId, title: schema.agendaItems.title, publicTitle: schema.agendaItems.publicTitle })
      .from(schema.agendaItems).innerJoin(schema.meetings, eq(schema.meetings.id, schema.agendaItems.meetingId))
      .where(and(isNotNull(schema.agendaItems.exemptParagraph), eq(schema.meetings.status, 'published'))).limit(1);
    const [minute] = await site.conn.db.select({ text: schema.minuteParagraphs.text }).from(schema.minuteParagraphs)
      .innerJoin(schema.agendaItems, eq(schema.agendaItems.id, schema.minuteParagraphs.agendaItemId))
      .where(and(eq(schema.agendaItems.meetingId, exempt!.meetingId), isNotNull(schema.agendaItems.exemptParagraph), sql`true`)).limit(1);
    const page = await freshPage();
    await page.goto(`${site.url}/public/meetings/${exempt!.meetingId}`);
    const text = (await page.locator('body').textContent())!;
    expect(text).toContain(exempt!.publicTitle!);
    expect(text).not.toContain(exempt!.title);
    expect(text).not.toContain(minute!.text.slice(0, 60));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'public-meeting');
  });
});

