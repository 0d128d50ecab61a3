import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_FAILED_SIGN_INS, SignInRefused, signIn } from '../../src/services/users/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, TEST_PASSWORD, addUser, keysShowing, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { wordsOf } from './meetingsChecks.js';

const SECTIONS = ['admin', 'audit', 'common', 'nav'];

describeEachDriver('user administration pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let admin: Browser;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    admin = await signedInBrowser(app, database().db, 'admin');
  });
  afterAll(async () => app.close());

  const signsIn = async (email: string, password: string) => (await new Browser(app).post('/sign-in', { email, password })).statusCode === 303;

  it('is for administrators only', async () => {
    const secretariat = await signedInBrowser(app, database().db, 'secretariat');
    expect((await secretariat.get('/admin/users')).statusCode).toBe(403);
    expect((await secretariat.get('/admin/users/new')).statusCode).toBe(403);
    const posted = await secretariat.post('/admin/users/new', { email: 'sneaky@test.example', name: 'Sneaky', role: 'admin', password: 'a-long-enough-password' }, '/');
    expect(posted.statusCode).toBe(403);
    expect(await signsIn('sneaky@test.example', 'a-long-enough-password')).toBe(false);
    expect((await new Browser(app).get('/admin/users')).statusCode).toBe(302);
  });

  it('adds a user with a password, linked to a person, who can then sign in', async () => {
    const res = await admin.post('/admin/users/new', {
      name: 'Morgan Pryce', email: 'Morgan.Pryce@Police.example', role: 'action owner', personId: String(world.officer.id),
      preferredLanguage: 'cy', password: 'stop-and-search-2024',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/users');
    const list = wordsOf((await admin.get('/admin/users')).body);
    expect(list).toContain('Morgan Pryce has been added and can now sign in');
    expect(list).toMatch(/Morgan Pryce morgan\.pryce@police\.example Action owner Chief Inspector Morgan Pryce \(Fictional Police \d+\) Never Active/);
    expect(await signsIn('morgan.pryce@police.example', 'stop-and-search-2024')).toBe(true);
    expect(wordsOf((await admin.get('/admin/users')).body)).not.toMatch(/morgan\.pryce@police\.example Action owner .* Never/);
  });

  it('makes a password when none is given and shows it once', async () => {
    const res = await admin.post('/admin/users/new', { name: 'Rhian Tudor', email: 'rhian@panel.example', role: 'member', personId: String(world.member.id), password: '' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(wordsOf(res.body)).toContain('Rhian Tudor has been added');
    const password = /<code class="app-password" id="password">([^<]+)<\/code>/.exec(res.body)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(await signsIn('rhian@panel.example', password!)).toBe(true);
    expect((await admin.get('/admin/users')).body).not.toContain(password!);
  });

  it('says what is wrong with the form, and keeps what was typed but the password', async () => {
    const duplicate = await admin.post('/admin/users/new', { name: 'Again', email: 'MORGAN.PRYCE@police.example', role: 'viewer', password: 'long-enough-password' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('href="#email"');
    expect(wordsOf(duplicate.body)).toContain('There is already a user with this email address');
    const wrong = await admin.post('/admin/users/new', { name: '', email: 'not-an-email', role: 'viewer', password: 'short' });
    expect(wrong.statusCode).toBe(400);
    for (const field of ['name', 'email', 'password']) expect(wrong.body).toContain(`href="#${field}"`);
    expect(wrong.body).toContain('value="not-an-email"');
    expect(wrong.body).not.toContain('value="short"');
  });

  it('shows who is locked out', async () => {
    const email = await addUser(database().db, 'viewer');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn(database().db, email, 'wrong').catch((e: unknown) => expect(e).toBeInstanceOf(SignInRefused));
    expect(await signsIn(email, TEST_PASSWORD)).toBe(false);
    const list = wordsOf((await admin.get('/admin/users')).body);
    expect(list).toMatch(new RegExp(`${email.replace(/\./g, '\\.')} Viewer Not linked Never Locked until`));
  });

  it('renders in Welsh with no keys showing', async () => {
    for (const url of ['/admin/users', '/admin/users/new']) {
      const res = await admin.get(`${url}?lang=cy`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="cy"');
      expect(keysShowing(res.body, SECTIONS)).toEqual([]);
    }
    expect(wordsOf((await admin.get('/admin/users')).body)).toContain('Perchennog cam gweithredu');
    const created = await admin.post('/admin/users/new', { name: 'Ceri Ashdown', email: 'ceri@office.example', role: 'viewer', password: '' });
    expect(created.body).toContain('<html lang="cy"');
    expect(keysShowing(created.body, SECTIONS)).toEqual([]);
    expect(wordsOf(created.body)).toContain('Dyma\'r unig dro y bydd y cyfrinair yn cael ei ddangos');
  });
});
