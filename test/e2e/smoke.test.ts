import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, screenshot, signIn, startSite, type Site } from './harness.js';

describe.skipIf(!hasChromium)('in a browser', () => {
  let site: Site;
  beforeAll(async () => { site = await startSite(); }, 180_000);
  afterAll(async () => site?.close());

  it('shows the public home page and signs in to the home page, both without accessibility violations', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(site.url);
    expect(await page.locator('h1').textContent()).toContain('Oversight bodies');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'public-home');
    await signIn(page, site, 'secretariat');
    expect(await page.locator('h1').textContent()).toContain('What needs you');
    expect(await page.locator('svg.app-chart').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.body.classList.contains('js-enabled'))).toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, 'home');
  });
});
