import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { raiseAction } from '../../src/services/actions/index.js';
import { createPerson } from '../../src/services/people/index.js';
import { sendReminders } from '../../src/services/reminders/index.js';
import { describeEachDriver } from '../support/db.js';
import { buildWorld } from '../support/world.js';

interface Received { to: string; raw: string }

/** Quoted-printable as the mail arrived, decoded: soft line breaks joined, =XX bytes as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

describeEachDriver('reminders', (database) => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: decodeQuotedPrintable(raw) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it('emails each owner once about overdue and due-soon actions, in their own language', async () => {
    const w = await buildWorld(database().db);
    const english = await createPerson(w.ctx, { name: 'Alys Bevan', email: 'alys@example.org' });
    const welsh = await createPerson(w.ctx, { name: 'Gwilym Rhys', email: 'gwilym@example.org', preferredLanguage: 'cy' });
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Send the custody audit', dueDate: '2024-05-01', owners: [{ personId: english.id }] });
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Book the venue', dueDate: '2024-06-20', owners: [{ personId: welsh.id }] });
    await raiseAction(w.ctx, { meetingId: w.past.id, text: 'Far off', dueDate: '2024-12-01', owners: [{ personId: welsh.id }] });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const mail = { transport, from: 'Oversight <oversight@test.example>', baseUrl: 'http://localhost:3000' };

    received.length = 0;
    const run = await sendReminders(w.ctx, mail);
    expect(run.failed).toEqual([]);
    expect(run.sent.map((s) => s.email).sort()).toEqual(['alys@example.org', 'gwilym@example.org']);
    const toAlys = received.find((r) => r.to === 'alys@example.org')!.raw;
    expect(toAlys).toContain('Subject: Oversight: 1 of your actions need attention');
    expect(toAlys).toContain('These actions are overdue:');
    expect(toAlys).toContain('Send the custody audit');
    const toGwilym = received.find((r) => r.to === 'gwilym@example.org')!.raw;
    expect(toGwilym).toContain('Content-Language: cy');
    expect(toGwilym).toContain('Book the venue');
    expect(toGwilym).not.toContain('Far off');

    received.length = 0;
    const again = await sendReminders(w.ctx, mail);
    expect(again.sent).toEqual([]);
    expect(received).toEqual([]);
  });
});
