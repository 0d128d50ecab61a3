import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/services/documents/index.js';
import { contentDisposition } from '../../src/web/download.js';
import { appFor, bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { auditCount, buildWorld, publishMeeting } from '../support/world.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describeEachDriver('documents API', (database) => {
  let app: FastifyInstance;
  let w: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: { authorization: string };
  let member: { authorization: string };
  let viewer: { authorization: string };
  beforeAll(async () => {
    app = await appFor(database().db);
    w = await buildWorld(database().db);
    await publishMeeting(w.ctx, w.past.id);
    secretariat = await bearerFor(database().db, 'secretariat');
    member = await bearerFor(database().db, 'member', w.member.id);
    viewer = await bearerFor(database().db, 'viewer');
  });
  afterAll(async () => app.close());

  const upload = (payload: object, headers = secretariat) => app.inject({ method: 'POST', url: '/api/documents', headers, payload });

  it('uploads as base64, publishes, and downloads the bytes with their type and name', async () => {
    const created = await upload({ title: 'Minutes', filename: 'Cofnodion – minutes.txt', mediaType: 'text/plain', contentBase64: base64('Minutes of the meeting'), meetingId: w.past.id });
    expect(created.statusCode).toBe(201);
    const doc = created.json();
    expect(doc).toMatchObject({ size: 22, bodyId: w.group.id, published: false, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await app.inject(`/api/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: `/api/documents/${doc.id}/publish`, headers: secretariat, payload: { published: true } })).json().published).toBe(true);
    const file = await app.inject(`/api/documents/${doc.id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('Minutes of the meeting');
    expect(file.headers['content-type']).toMatch(/^text\/plain/);
    expect(file.headers['content-disposition']).toBe(contentDisposition('Cofnodion – minutes.txt'));
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Cofnodion%20%E2%80%93%20minutes.txt");
    expect((await app.inject(`/api/documents?meetingId=${w.past.id}`)).json().items.map((d: { id: number }) => d.id)).toContain(doc.id);
  });

  it('keeps an OFFICIAL-SENSITIVE document from the public in list, get and download; its body\'s members and the secretariat see it', async () => {
    const created = await upload({ title: 'Threat assessment', filename: 'threat.txt', mediaType: 'text/plain', contentBase64: base64('restricted words'), bodyId: w.group.id, classification: 'OFFICIAL-SENSITIVE' });
    const doc = created.json();
    const publish = await app.inject({ method: 'POST', url: `/api/documents/${doc.id}/publish`, headers: secretariat, payload: { published: true } });
    expect(publish.statusCode).toBe(409);
    const publicList = (await app.inject(`/api/documents?bodyId=${w.group.id}&pageSize=200`)).json();
    expect(publicList.items.map((d: { id: number }) => d.id)).not.toContain(doc.id);
    expect((await app.inject(`/api/documents/${doc.id}`)).statusCode).toBe(404);
    const download = await app.inject(`/api/documents/${doc.id}/content`);
    expect(download.statusCode).toBe(404);
    expect(download.body).not.toContain('restricted words');
    expect((await app.inject({ url: `/api/documents/${doc.id}/content`, headers: viewer })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/documents/${doc.id}/content`, headers: member })).body).toBe('restricted words');
    expect((await app.inject({ url: `/api/documents/${doc.id}`, headers: secretariat })).json().classification).toBe('OFFICIAL-SENSITIVE');
    expect((await app.inject({ url: `/api/documents?bodyId=${w.group.id}&classification=OFFICIAL-SENSITIVE`, headers: member })).json().total).toBe(1);
  });

  it('answers bad uploads with a 4xx naming the field, and refuses those who may not add: 401 and 403', async () => {
    const db = database().db;
    const events = await auditCount(db);
    const good = { title: 'Paper', filename: 'paper.txt', mediaType: 'text/plain', contentBase64: base64('x') };
    const tooBig = await upload({ ...good, contentBase64: Buffer.alloc(MAX_DOCUMENT_BYTES + 3).toString('base64') });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().problems[0]).toMatchObject({ field: 'contentBase64', message: 'The file must be 20 MB or smaller' });
    expect((await upload({ ...good, contentBase64: 'not base64!' })).json().problems[0].field).toBe('contentBase64');
    expect((await upload({ ...good, mediaType: 'text' })).json().problems[0].field).toBe('mediaType');
    expect((await upload({ ...good, classification: 'TOP SECRET' })).json().problems[0].field).toBe('classification');
    expect((await upload({ ...good, meetingId: w.next.id, agendaItemId: w.item.id })).json().problems[0].field).toBe('agendaItemId');
    expect((await upload({ ...good, title: 5 })).statusCode).toBe(400);
    expect((await upload(good, viewer)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: good })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/documents/987654/publish', headers: secretariat, payload: { published: true } })).statusCode).toBe(404);
    expect(await auditCount(db)).toBe(events);
  });
});
