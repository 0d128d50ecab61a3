import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMinute } from '../../src/services/meetings/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, keysShowing, postFile, signedInBrowser } from '../support/web.js';
import { buildWorld, publishMeeting } from '../support/world.js';
import { wordsOf } from './meetingsChecks.js';

const SECTIONS = ['papers', 'meeting', 'meetings', 'common', 'nav', 'status'];

describeEachDriver('papers and downloads', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let papersUrl: string;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    papersUrl = `/meetings/${world.past.id}/papers`;
  });
  afterAll(async () => app.close());

  /** Uploads a paper through the form; the id of the paper it made. */
  async function upload(fields: Record<string, string>, file = { filename: 'report.txt', type: 'text/plain', content: Buffer.from('A report.\n') }) {
    const res = await postFile(secretariat, `${papersUrl}/new`, { classification: 'OFFICIAL', published: 'no', ...fields }, { field: 'content', ...file });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    expect(res.headers.location).toBe(papersUrl);
    const page = await secretariat.get(papersUrl);
    expect(wordsOf(page.body)).toContain(`‘${fields.title}’ has been uploaded`);
    const row = new RegExp(`href="/documents/(\\d+)">${fields.title}</a>`).exec(page.body);
    expect(row, `${fields.title} is listed`).not.toBeNull();
    return Number(row![1]);
  }

  const bytesOf = (res: LightMyRequestResponse) => res.rawPayload;

  it('lets the secretariat upload a paper and anyone allowed download the same bytes; its words are searchable', async () => {
    const text = Buffer.from('Quarterly figures: 1,204 searches, of which 18% led to an arrest.\n', 'utf8');
    const id = await upload({ title: 'Stop and search figures' }, { filename: 'figures.txt', type: 'text/plain', content: text });
    const page = await secretariat.get(papersUrl);
    expect(wordsOf(page.body)).toMatch(/Stop and search figures TXT, 1 KB None OFFICIAL Not published Publish/);

    const download = await secretariat.get(`/documents/${id}`);
    expect(download.statusCode).toBe(200);
    expect(bytesOf(download).equals(text)).toBe(true);
    expect(download.headers['content-disposition']).toContain('attachment; filename="figures.txt"');
    expect(download.headers['cache-control']).toBe('private, no-store');

    const search = await secretariat.get('/search?q=arrest&types=document');
    expect(search.body).toContain(`href="/documents/${id}"`);
    expect(search.body).toContain('<mark>arrest</mark>');

    // Any file is kept byte for byte, even one whose words cannot be read.
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x10, 0x80]);
    const chart = await upload({ title: 'Arrests chart' }, { filename: 'chart.png', type: 'image/png', content: binary });
    const png = await secretariat.get(`/documents/${chart}`);
    expect(bytesOf(png).equals(binary)).toBe(true);
    expect(png.headers['content-type']).toBe('image/png');
  });

  it('never serves an OFFICIAL-SENSITIVE paper to the public, and lists it for a member of the body', async () => {
    const id = await upload({ title: 'Covert tactics briefing', classification: 'OFFICIAL-SENSITIVE' });
    expect((await new Browser(app).get(`/documents/${id}`)).statusCode).toBe(404);
    expect((await new Browser(app).get(`/api/documents/${id}/content`)).statusCode).toBe(404);

    const member = await signedInBrowser(app, database().db, 'member', world.member.id);
    const listed = await member.get(papersUrl);
    expect(listed.statusCode).toBe(200);
    expect(wordsOf(listed.body)).toContain('Covert tactics briefing');
    expect(wordsOf(listed.body)).toContain('OFFICIAL-SENSITIVE');
    expect((await member.get(`/documents/${id}`)).statusCode).toBe(200);
    // Members may not upload or publish.
    expect(listed.body).not.toContain(`${papersUrl}/new`);
    expect(listed.body).not.toContain('/publish"');

    const viewer = await signedInBrowser(app, database().db, 'viewer');
    expect(wordsOf((await viewer.get(papersUrl)).body)).not.toContain('Covert tactics briefing');
    expect((await viewer.get(`/documents/${id}`)).statusCode).toBe(404);

    // It can never be published: no button, and the form says why.
    const page = await secretariat.get(papersUrl);
    const row = page.body.slice(page.body.indexOf(`id="paper-${id}"`));
    expect(wordsOf(row.slice(0, row.indexOf('</tr>')))).toContain('Never published');
    const refused = await postFile(secretariat, `${papersUrl}/new`, { title: 'Another briefing', classification: 'OFFICIAL-SENSITIVE', published: 'yes' },
      { field: 'content', filename: 'b.txt', type: 'text/plain', content: Buffer.from('x') });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#published"');
    expect(wordsOf(refused.body)).toContain('cannot be published. Choose No');
    expect(refused.body).toContain('value="Another briefing"');
  });

  it('publishes and unpublishes a paper for the public', async () => {
    const id = await upload({ title: 'Annual report' });
    const visitor = new Browser(app);
    expect((await visitor.get(`/documents/${id}`)).statusCode).toBe(404);
    const published = await secretariat.post(`/documents/${id}/publish`, { published: 'yes' }, papersUrl);
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(papersUrl);
    expect(wordsOf((await secretariat.get(papersUrl)).body)).toContain('‘Annual report’ has been published');
    expect((await visitor.get(`/documents/${id}`)).statusCode).toBe(200);
    await secretariat.post(`/documents/${id}/publish`, { published: 'no' }, papersUrl);
    expect((await visitor.get(`/documents/${id}`)).statusCode).toBe(404);
  });

  it('says what is wrong with an upload, beside each field', async () => {
    const res = await postFile(secretariat, `${papersUrl}/new`, { title: '', classification: 'OFFICIAL', published: 'no' },
      { field: 'content', filename: '', type: 'application/octet-stream', content: Buffer.alloc(0) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#title"');
    expect(res.body).toContain('href="#content"');
    expect(wordsOf(res.body)).toContain('Enter the title of the paper');
    expect(wordsOf(res.body)).toContain("Select the paper's file");

    const tooBig = await postFile(secretariat, `${papersUrl}/new`, { title: 'Everything', classification: 'OFFICIAL', published: 'no' },
      { field: 'content', filename: 'big.txt', type: 'text/plain', content: Buffer.alloc(20 * 1024 * 1024 + 1, 0x61) });
    expect(tooBig.statusCode).toBe(400);
    expect(wordsOf(tooBig.body)).toContain('must be 20 MB or smaller');
    expect(tooBig.body).toContain('value="Everything"');
  });

  it('keeps uploading to the secretariat, and sends the public to sign in', async () => {
    const viewer = await signedInBrowser(app, database().db, 'viewer');
    const page = await viewer.get(papersUrl);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(`${papersUrl}/new`);
    expect((await viewer.get(`${papersUrl}/new`)).statusCode).toBe(403);
    const visitor = await new Browser(app).get(papersUrl);
    expect(visitor.statusCode).toBe(302);
    expect(visitor.headers.location).toContain('/sign-in?next=');
    // A form without its token is refused before the file is read.
    const forged = await app.inject({ method: 'POST', url: `${papersUrl}/new`, headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
    expect(forged.statusCode).toBe(403);
  });

  it('downloads the minutes as Word and text, the public ones without exempt items, and the calendar', async () => {
    const { ctx, past, item, exempt, next } = world;
    await addMinute(ctx, past.id, { agendaItemId: item.id, number: '3.1', text: 'Members asked about stop and search of children.' });
    await addMinute(ctx, past.id, { agendaItemId: exempt.id, number: '4.1', text: 'The officer under investigation was named.' });
    const txt = await secretariat.get(`/meetings/${past.id}/minutes.txt`);
    expect(txt.statusCode).toBe(200);
    expect(txt.headers['content-type']).toContain('text/plain');
    expect(txt.body).toContain('3.1 Members asked about stop and search of children.');
    expect(txt.body).toContain('The officer under investigation was named.');
    const docx = await secretariat.get(`/meetings/${past.id}/minutes.docx`);
    expect(docx.headers['content-disposition']).toContain('.docx');
    expect(bytesOf(docx).subarray(0, 2).toString()).toBe('PK');
    expect((await new Browser(app).get(`/meetings/${past.id}/minutes.txt`)).statusCode).toBe(302);

    const visitor = new Browser(app);
    expect((await visitor.get(`/public/meetings/${past.id}/minutes.docx`)).statusCode).toBe(404);
    const publicCalendar = () => visitor.get('/meetings.ics').then((r) => r.body);
    expect(await publicCalendar()).not.toContain(`meeting-${past.id}@oversight`);
    await publishMeeting(ctx, past.id);
    const publicDocx = await visitor.get(`/public/meetings/${past.id}/minutes.docx`);
    expect(publicDocx.statusCode).toBe(200);
    expect(bytesOf(publicDocx).subarray(0, 2).toString()).toBe('PK');
    const publicTxt = await visitor.get(`/public/meetings/${past.id}/minutes.txt`);
    expect(publicTxt.body).toContain('Members asked about stop and search of children.');
    expect(publicTxt.body).not.toContain('The officer under investigation was named.');
    expect(publicTxt.body).not.toContain('Complaint about a named officer');

    const calendar = await publicCalendar();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`meeting-${past.id}@oversight`);
    expect(calendar).not.toContain(`meeting-${next.id}@oversight`);
    expect((await secretariat.get('/meetings.ics')).body).toContain(`meeting-${next.id}@oversight`);
    expect((await secretariat.get(papersUrl)).body).toContain(`/public/meetings/${past.id}/minutes.docx`);
  });

  it('renders the papers pages in Welsh with no keys showing', async () => {
    for (const url of [papersUrl, `${papersUrl}/new`]) {
      const res = await secretariat.get(`${url}?lang=cy`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS)).toEqual([]);
    }
    const words = wordsOf((await secretariat.get(papersUrl)).body);
    expect(words).toContain('Uwchlwytho papur');
    expect(words).toContain('SWYDDOGOL-SENSITIF');
  });
});
