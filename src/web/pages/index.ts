/** The pages: forms, CSRF, language, sessions, assets, and each area's routes. */
import { fileURLToPath } from 'node:url';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LANGUAGES, type Language } from '../../domain/bodies.js';
import { translator } from '../../i18n/index.js';
import { SESSION_COOKIE, sessionResolver } from './session.js';
import { createViews, renderPage } from './render.js';
import { pageRoutes } from './routes.js';

const LANG_COOKIE = 'lang';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface PagesOptions {
  secureCookies: boolean;
  signInRateLimit: number;
}

export const pagesPlugin = fp(async (app: FastifyInstance, options: PagesOptions) => {
  await app.register(formbody);
  await app.register(rateLimit, { global: false });
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: options.secureCookies },
    getToken: (req: FastifyRequest) => (req.body as Record<string, string> | undefined)?._csrf ?? (req.query as Record<string, string>)._csrf ?? (req.headers['x-csrf-token'] as string | undefined),
  });
  await serveAssets(app);

  const views = createViews();
  app.decorateRequest('lang', 'en');
  app.decorateRequest('t', null as never);
  app.decorateRequest('userName', null);
  app.decorateRequest('preferredLanguage', null);
  app.decorateReply('page', function page(this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    return this.type('text/html; charset=utf-8').send(renderPage(views, this.request, this, template, data));
  });
  app.viewerResolvers.push(sessionResolver(app.db, app.today));
  app.addHook('onRequest', async (request, reply) => {
    const asked = (request.query as Record<string, unknown> | undefined)?.lang;
    let lang: Language;
    if (typeof asked === 'string' && LANGUAGES.includes(asked as Language)) {
      lang = asked as Language;
      void reply.setCookie(LANG_COOKIE, lang, { path: '/', maxAge: 365 * 86_400, sameSite: 'lax', httpOnly: true, secure: options.secureCookies });
    } else {
      const remembered = request.cookies[LANG_COOKIE];
      lang = LANGUAGES.includes(remembered as Language) ? (remembered as Language) : (request.preferredLanguage ?? 'en');
    }
    request.lang = lang;
    request.t = translator(lang);
  });
  await app.register(pageRoutes, options);
}, { name: 'pages', dependencies: ['viewer'] });

/** GOV.UK Frontend (its fonts and images are at /assets/), MoJ Frontend, and our own few files. */
async function serveAssets(app: FastifyInstance): Promise<void> {
  const govuk = here('../../../node_modules/govuk-frontend/dist/govuk');
  const moj = here('../../../node_modules/@ministryofjustice/frontend/moj');
  const cache = { maxAge: '1d', immutable: false };
  await app.register(fastifyStatic, { root: `${govuk}/assets`, prefix: '/assets/', ...cache });
  for (const [root, prefix] of [[govuk, '/assets/govuk/'], [moj, '/assets/moj/'], [here('../assets'), '/assets/app/']] as const) {
    await app.register(fastifyStatic, { root, prefix, decorateReply: false, ...cache, allowedPath: (path) => /\.(css|js|mjs|map|svg|png|woff2?|ico)$/.test(path) });
  }
}

export { SESSION_COOKIE };
