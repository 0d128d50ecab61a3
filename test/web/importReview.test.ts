/**
 * Changing a record under review (people, meeting, actions), a confirm the record refuses,
 * and the import pages in Welsh.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schema } from '../../src/db/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { postFiles, signedInBrowser, type Browser } from '../support/web.js';

/** Invented minutes in a parish style: everyone on one line, "RESOLVED:", "Action:" with full names. */
function riversideMinutes(date: string): string {
  return `Riverside Flood Resilience Forum

Minutes of the meeting held on ${date} at 18:30, Riverside Village Hall

Present: Cllr Gwen Harries (Chair), Tom Ellis (Environment Agency), Dr Nia Rees (Public Health), Paul Marsh (Parish Clerk)

Apologies: Sgt Ian Davies (Police), Helen Kaur

1. Minutes of the last meeting
RESOLVED: that the minutes of the meeting held on 13 March 2024 be approved as a correct record.

2. Flood warning sirens
Tom Ellis reported that the new siren at Mill Lane had been tested.
RESOLVED: that the forum supports a second siren at the weir.
Action: Tom Ellis to obtain a quote for the second siren by 31 July 2024.

3. Sandbag stores
Members discussed the condition of the sandbag stores.
Action: Paul Marsh to check the stores at the church and the school before the autumn.

4. Date of next meeting
11 September 2024 at 18:30.
`;
}

function textOf(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e).replace(/\s+/g, ' ');
}

function expectFieldError(res: LightMyRequestResponse, fieldId: string, words: string): void {
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('govuk-error-summary');
  expect(res.body).toContain(`href="#${fieldId}"`);
  expect(res.body).toContain(`id="${fieldId}"`);
  expect(textOf(res.body)).toContain(words);
}

/** A Welsh page: lang="cy", and no translation key showing in place of words. */
function expectWelsh(res: LightMyRequestResponse, status = 200): void {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(status);
  expect(res.body).toContain('<html lang="cy"');
  expect(textOf(res.body).match(/\b(importPages|common|status|nav|meetings)\.[a-zA-Z][\w.]*/g) ?? []).toEqual([]);
}

/** The text inputs of a form page, as a browser would send them back. */
function inputsOf(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input class="govuk-input[^"]*" id="[^"]+" name="([^"]+)" type="text"(?: value="([^"]*)")?/g)) {
    form[name!] = (value ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }
  return form;
}

describeEachDriver('changing an import under review', (database) => {
  let app: FastifyInstance;
  let secretariat: Browser;
  const db = () => database().db;
  const meetings = async () => (await db().select({ n: count() }).from(schema.meetings))[0]!.n;

  async function upload(browser: Browser, filename: string, content: string): Promise<number> {
    const res = await postFiles(browser, '/import', {}, [{ field: 'documents', filename, type: 'text/plain', content }]);
    expect(res.statusCode, res.body.slice(0, 600)).toBe(303);
    return Number(/^\/import\/(\d+)$/.exec(String(res.headers.location))![1]);
  }

  beforeAll(async () => {
    app = await appFor(db());
    secretariat = await signedInBrowser(app, db(), 'secretariat');
  });
  afterAll(async () => app.close());

  it('changes the people, the meeting and the actions, and shows a refused confirm on the review with nothing written', async () => {
    const id = await upload(secretariat, 'riverside-june.txt', riversideMinutes('12 June 2024'));
    let words = textOf((await secretariat.get(`/import/${id}`)).body);
    expect(words).toContain('Riverside Flood Resilience Forum New body');
    expect(words).toMatch(/Present \(4\) .*Tom Ellis Environment Agency New/);
    expect(words).toContain('Decisions (2)');

    const people = `/import/${id}/edit/people`;
    const form = inputsOf((await secretariat.get(people)).body);
    expect(form['attendees-1-name']).toBe('Tom Ellis');
    expect(form['attendees-4-name']).toBe('');
    expectFieldError(await secretariat.post(people, { ...form, 'attendees-0-name': '', 'attendees-0-role': 'Chair' }), 'attendees-0-name', "Enter the person's name, or tick to remove them");
    const saved = await secretariat.post(people, { ...form, 'attendees-3-remove': 'yes', 'attendees-4-name': 'Siân Pugh', 'attendees-4-organisation': 'Riverside Council' });
    expect(saved.statusCode).toBe(303);
    words = textOf((await secretariat.get(`/import/${id}`)).body);
    expect(words).toContain('The people have been changed');
    expect(words).not.toContain('Paul Marsh Parish Clerk');
    expect(words).toMatch(/Siân Pugh Riverside Council New/);
    // "Save and add another" comes back to the form.
    const more = await secretariat.post(people, { ...inputsOf((await secretariat.get(people)).body), then: 'more' });
    expect(more.headers.location).toBe(`${people}#attendees-new`);

    const meeting = `/import/${id}/edit/meeting`;
    const meetingForm = { body: 'Riverside Flood Resilience Forum', 'date-day': '12', 'date-month': '6', 'date-year': '2024', startTime: '25:00' };
    expectFieldError(await secretariat.post(meeting, meetingForm), 'startTime', 'Enter the time as hours and minutes');
    expect((await secretariat.post(meeting, { ...meetingForm, startTime: '18.45' })).statusCode).toBe(303);
    expect(textOf((await secretariat.get(`/import/${id}`)).body)).toMatch(/Time 18:45/);

    expect((await secretariat.post(`/import/${id}/edit/actions/2/remove`, {}, `/import/${id}/edit/actions/2`)).statusCode).toBe(303);
    const added = await secretariat.post(`/import/${id}/edit/actions/new`, { text: 'Gwen Harries to write to the landowner at the weir', owners: 'Gwen Harries', dueText: 'ASAP', status: 'open', item: '2' });
    expect(added.headers.location).toBe(`/import/${id}#action-2`);
    words = textOf((await secretariat.get(`/import/${id}`)).body);
    expect(words).toContain('Actions (2)');
    expect(words).not.toContain('Paul Marsh to check the stores');
    expect(words).toMatch(/Gwen Harries to write to the landowner at the weir New action Owners Gwen Harries/);

    // A record without its body is kept for review, but refused on confirm: named on the review, nothing written.
    expect((await secretariat.post(meeting, { ...meetingForm, body: '', startTime: '' })).statusCode).toBe(303);
    const before = await meetings();
    const refused = await secretariat.post(`/import/${id}/confirm`, {}, `/import/${id}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#meeting"');
    expect(textOf(refused.body)).toContain('Give the body that met: change the meeting');
    expect(textOf(refused.body)).toContain('Check the record before importing it');
    expect(await meetings()).toBe(before);
    const [row] = await db().select().from(schema.imports).where(eq(schema.imports.id, id));
    expect(row!.status).toBe('extracted');

    // Put right, it imports with the changes.
    expect((await secretariat.post(meeting, { ...meetingForm, startTime: '18:30' })).statusCode).toBe(303);
    expect((await secretariat.post(`/import/${id}/confirm`, {}, `/import/${id}`)).statusCode).toBe(303);
    const done = textOf((await secretariat.get(`/import/${id}`)).body);
    expect(done).toMatch(/Actions 2 new, 0 updated, 0 unchanged/);
    expect(done).toMatch(/People 6 new, 0 matched/);
  });

  it('names a file over the size limit while another in the same upload goes to review', async () => {
    vi.stubEnv('OVERSIGHT_MAX_UPLOAD_MB', '0.002');
    const small = await appFor(db());
    try {
      const browser = await signedInBrowser(small, db(), 'secretariat');
      expect(textOf((await browser.get('/import')).body)).toContain('up to 2 KB each');
      const posted = await postFiles(browser, '/import', {}, [
        { field: 'documents', filename: 'long.txt', type: 'text/plain', content: riversideMinutes('1 May 2024').repeat(4) },
        { field: 'documents', filename: 'short.txt', type: 'text/plain', content: riversideMinutes('8 May 2024') },
      ]);
      const page = await browser.get(String(posted.headers.location));
      const words = textOf(page.body);
      expect(words).toContain('long.txt: the file is over the 2 KB limit. Split it into one document per meeting');
      expect(page.body).toContain('href="#documents"');
      expect(words).toMatch(/short\.txt Awaiting review Check and import/);
    } finally {
      vi.unstubAllEnvs();
      await small.close();
    }
  });

  describe('in Welsh', () => {
    it('renders the upload, review, forms and confirmation with lang="cy" and no keys showing', async () => {
      const browser = await signedInBrowser(app, db(), 'secretariat');
      expectWelsh(await browser.get('/import?lang=cy'));
      const id = await upload(browser, 'riverside-april.txt', riversideMinutes('10 April 2024'));
      const pages = [`/import/${id}`, `/import/${id}/edit/meeting`, `/import/${id}/edit/people`, `/import/${id}/edit/actions/1`,
        `/import/${id}/edit/actions/new`, `/import/${id}/edit/items`, `/import/${id}/edit/decisions`, `/import/${id}/edit/recommendations`, '/import'];
      for (const url of pages) expectWelsh(await browser.get(url));
      const review = textOf((await browser.get(`/import/${id}`)).body);
      expect(review).toContain("Gwirio'r cofnod cyn ei fewnforio");
      expect(review).toContain('10 Ebrill 2024');
      expectFieldError(await browser.post(`/import/${id}/edit/actions/1`, { text: '' }), 'text', "Rhowch yr hyn sydd i'w wneud");

      expect((await browser.post(`/import/${id}/confirm`, {}, `/import/${id}`)).statusCode).toBe(303);
      const done = await browser.get(`/import/${id}`);
      expectWelsh(done);
      expect(textOf(done.body)).toContain("Wedi'i fewnforio");
      const posted = await postFiles(browser, '/import', {}, [{ field: 'documents', filename: 'gwag.txt', content: '' }]);
      expect(posted.statusCode).toBe(303);
      const empty = await browser.get(String(posted.headers.location));
      expectWelsh(empty);
      expect(empty.body).toContain('govuk-error-summary');
      expect(textOf(empty.body)).toContain("gwag.txt: mae'r ffeil yn wag.");
    });
  });
});

