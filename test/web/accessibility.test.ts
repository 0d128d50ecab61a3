import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, signedInBrowser } from '../support/web.js';
import { wordsOf } from './meetingsChecks.js';

describeEachDriver('accessibility statement', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appFor(database().db);
  });
  afterAll(async () => app.close());

  it('is linked from every page and says how accessible the service is and how to report a problem', async () => {
    const home = await new Browser(app).get('/');
    expect(home.body).toContain('href="/accessibility"');
    const res = await new Browser(app).get('/accessibility');
    expect(res.statusCode).toBe(200);
    const words = wordsOf(res.body);
    expect(words).toContain('Accessibility statement for Oversight');
    expect(words).toContain('partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard');
    expect(words).toContain('Reporting accessibility problems with this website');
    expect(words).toContain('Equality Advisory and Support Service (EASS)');
    expect(words).toContain('This statement was prepared on 23 November 2026');
    expect(res.body).toContain('href="https://www.w3.org/TR/WCAG22/"');
    const signedIn = await signedInBrowser(app, database().db, 'viewer');
    expect((await signedIn.get('/accessibility')).statusCode).toBe(200);
  });

  it('is in Welsh too', async () => {
    const res = await new Browser(app).get('/accessibility?lang=cy');
    expect(res.body).toContain('<html lang="cy"');
    expect(keysShowing(res.body, ['accessibility', 'common', 'nav', 'footer'])).toEqual([]);
    const words = wordsOf(res.body);
    expect(words).toContain('Datganiad hygyrchedd Oversight');
    expect(words).toContain('Paratowyd y datganiad hwn ar 23 Tachwedd 2026');
  });
});
