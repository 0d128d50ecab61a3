/**
 * End-to-end harness: Oversight served on a loopback port over an in-memory database with
 * the demo data, and Debian's chromium driven by playwright-core. Without chromium the
 * suites are skipped with a printed notice.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { connect, type Connection } from '../../src/db/connection.js';
import { DEMO_PASSWORD, DEMO_USERS, generateDemo } from '../../src/demo/index.js';
import type { Role } from '../../src/domain/access.js';
import { buildApp } from '../../src/web/app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`NOTICE: ${CHROMIUM} is not installed, so the browser tests are skipped (apt-get install chromium).`);

/** The demo's "today", fixed so that pages and screenshots are the same on every run. */
export const DEMO_TODAY = '2026-03-31';
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

export interface Site {
  url: string;
  app: FastifyInstance;
  conn: Connection;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const conn = await connect({ dataDir: 'memory://' });
  await conn.migrate();
  await generateDemo(conn.db, { seed: 2026, anchor: DEMO_TODAY });
  const app = await buildApp({ db: conn.db, today: () => DEMO_TODAY, signInRateLimit: 1000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    conn,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await conn.close();
    },
  };
}

export async function signIn(page: Page, site: Site, role: Role): Promise<void> {
  await page.goto(`${site.url}/sign-in`);
  await page.locator('#email').fill(DEMO_USERS[role]);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('main button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page against WCAG 2.2 A and AA; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not block it.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
