/** Signing in through the real sign-in form, and posting forms with their CSRF token, via inject. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/connection.js';
import type { Role } from '../../src/domain/access.js';
import { systemContext } from '../../src/services/context.js';
import { createUser } from '../../src/services/users/index.js';
import { TODAY } from './world.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly app: FastifyInstance) {}

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  private get cookieHeader(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: this.cookieHeader });
    this.remember(res);
    return res;
  }

  /** Posts a form as a browser would: with the CSRF token of the page it came from. */
  async post(url: string, form: Record<string, string | string[]>, from = url): Promise<LightMyRequestResponse> {
    const page = await this.get(from);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`no CSRF token on ${from} (status ${page.statusCode})`);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...form, _csrf: token })) for (const one of [v].flat()) params.append(k, one);
    const res = await this.app.inject({
      method: 'POST', url, payload: params.toString(),
      headers: { ...this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
    });
    this.remember(res);
    return res;
  }
}

let counter = 0;

export async function addUser(db: Database, role: Role, personId: number | null = null): Promise<string> {
  const email = `web-${role.replace(' ', '-')}-${++counter}@test.example`;
  await createUser(systemContext(db, 'test', TODAY), { email, name: `Web ${role}`, role, personId, password: TEST_PASSWORD });
  return email;
}

export async function signedInBrowser(app: FastifyInstance, db: Database, role: Role, personId: number | null = null): Promise<Browser> {
  const browser = new Browser(app);
  const email = await addUser(db, role, personId);
  const res = await browser.post('/sign-in', { email, password: TEST_PASSWORD });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  return browser;
}

/**
 * Sends a page's file upload form (multipart) as a browser would: to the form's own action,
 * which carries the CSRF token, with its fields and one file.
 */
export async function postFile(
  browser: Browser,
  from: string,
  fields: Record<string, string>,
  file: { field: string; filename: string; type: string; content: Buffer },
): Promise<LightMyRequestResponse> {
  return postFiles(browser, from, fields, [file]);
}

/** Translation keys of these sections showing on a page in place of words (a page should show none). */
export function keysShowing(html: string, sections: readonly string[]): string[] {
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
  return text.match(new RegExp(`\\b(${sections.join('|')})\\.[a-zA-Z][\\w.]*`, 'g')) ?? [];
}

/**
 * Like postFile, with several files (the same field may repeat, as a `multiple` file input
 * sends them): to the page's upload form's action, which carries the CSRF token.
 */
export async function postFiles(
  browser: Browser,
  from: string,
  fields: Record<string, string>,
  files: { field: string; filename: string; type?: string; content: Buffer | string }[],
): Promise<LightMyRequestResponse> {
  const page = await browser.get(from);
  const action = /<form[^>]*enctype="multipart\/form-data"[^>]*action="([^"]+)"/.exec(page.body)?.[1];
  if (!action) throw new Error(`no upload form on ${from} (status ${page.statusCode})`);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append(f.field, new Blob([typeof f.content === 'string' ? f.content : new Uint8Array(f.content)], { type: f.type ?? 'application/octet-stream' }), f.filename);
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  const res = await browser.app.inject({
    method: 'POST', url: action.replace(/&amp;/g, '&'), payload: Buffer.from(await encoded.arrayBuffer()),
    headers: {
      'content-type': encoded.headers.get('content-type') ?? '',
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
  for (const c of res.cookies) {
    if (c.value === '') browser.cookies.delete(c.name);
    else browser.cookies.set(c.name, c.value);
  }
  return res;
}
