import type { FastifyInstance } from 'fastify';
import { SignInRefused, signIn } from '../../../services/users/signIn.js';
import { formBody, text } from '../forms.js';
import type { PagesOptions } from '../index.js';
import { beginSession, finishSession } from '../session.js';

/** Only local paths, so that ?next= cannot send anyone elsewhere. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : '/';
}

export async function signInPages(app: FastifyInstance, options: PagesOptions): Promise<void> {
  const secure = options.secureCookies;

  app.get('/sign-in', async (request, reply) => {
    if (request.viewer.kind === 'user') return reply.redirect(safeNext((request.query as { next?: string }).next));
    return reply.page('signIn/signIn.njk', { next: safeNext((request.query as { next?: string }).next) });
  });

  app.post('/sign-in', { config: { rateLimit: { max: options.signInRateLimit, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = formBody(request);
    const email = text(body, 'email')?.trim() ?? '';
    const password = text(body, 'password') ?? '';
    const next = safeNext(text(body, 'next'));
    const t = request.t;
    const byField: Record<string, { text: string }> = {};
    if (!email) byField.email = { text: t('signIn.errors.email') };
    if (!password) byField.password = { text: t('signIn.errors.password') };
    if (!Object.keys(byField).length) {
      try {
        const user = await signIn(app.db, email, password);
        await beginSession(app.db, reply, user, secure);
        return reply.redirect(next, 303);
      } catch (error) {
        if (!(error instanceof SignInRefused)) throw error;
        byField.email = { text: t(error.reason === 'locked' ? 'signIn.errors.locked' : 'signIn.errors.wrong') };
      }
    }
    const summary = Object.entries(byField).map(([field, e]) => ({ text: e.text, href: `#${field}` }));
    return reply.code(400).page('signIn/signIn.njk', { next, email, errors: { summary, byField } });
  });

  app.post('/sign-out', async (request, reply) => {
    await finishSession(app.db, request, reply);
    return reply.redirect('/', 303);
  });
}
