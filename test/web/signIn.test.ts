import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { addUser, Browser, signedInBrowser, TEST_PASSWORD } from '../support/web.js';
import { buildWorld } from '../support/world.js';

describeEachDriver('signing in', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appFor(database().db);
    await buildWorld(database().db);
  });
  afterAll(async () => app.close());

  it('shows the public home page with security headers and no inline script', async () => {
    const res = await new Browser(app).get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('signs in, shows the home page, and signs out', async () => {
    const browser = await signedInBrowser(app, database().db, 'secretariat');
    const home = await browser.get('/');
    expect(home.body).toContain('What needs you');
    const out = await browser.post('/sign-out', {}, '/');
    expect(out.statusCode).toBe(303);
    expect((await browser.get('/')).body).not.toContain('What needs you');
  });

  it('refuses a wrong password with a message, and locks the account after five failures', async () => {
    const email = await addUser(database().db, 'viewer');
    const browser = new Browser(app);
    const wrong = await browser.post('/sign-in', { email, password: 'not-the-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Enter a correct email address and password');
    for (let i = 0; i < 4; i++) await browser.post('/sign-in', { email, password: 'still-wrong' });
    const locked = await browser.post('/sign-in', { email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(400);
    expect(locked.body).toContain('locked');
  });

  it('refuses a form without its CSRF token', async () => {
    const res = await app.inject({ method: 'POST', url: '/sign-in', payload: 'email=a%40b.c&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(403);
  });

  it('switches to Welsh with ?lang=cy and remembers it', async () => {
    const browser = new Browser(app);
    const cy = await browser.get('/?lang=cy');
    expect(cy.body).toContain('<html lang="cy"');
    expect(cy.body).toContain('Cyrff goruchwylio');
    expect((await browser.get('/sign-in')).body).toContain('Mewngofnodi');
    expect((await browser.get('/?lang=en')).body).toContain('<html lang="en"');
  });

  it('shows a page, not JSON, for a page that does not exist', async () => {
    const res = await new Browser(app).get('/no-such-page');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Page not found');
  });
});
