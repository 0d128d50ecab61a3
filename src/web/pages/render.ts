/**
 * Server-rendered pages: a Nunjucks environment over our views and the GOV.UK and MoJ
 * Frontend templates, and `reply.page(template, data)` with what every page needs.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import nunjucks from 'nunjucks';
import { can, type Permission } from '../../domain/access.js';
import type { Language } from '../../domain/bodies.js';
import { ragTagClass, type Rag } from '../../domain/rag.js';
import { formatDate, formatDateTime, translator, type Translate } from '../../i18n/index.js';
import { takeNotice } from './forms.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export function createViews(): nunjucks.Environment {
  const env = nunjucks.configure(
    [here('../views'), here('../../../node_modules/govuk-frontend/dist'), here('../../../node_modules/@ministryofjustice/frontend')],
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true, noCache: process.env.NODE_ENV === 'development' },
  );
  env.addFilter('ragClass', (rag: Rag | null) => (rag ? ragTagClass(rag) : 'govuk-tag--grey'));
  env.addFilter('json', (value: unknown) => JSON.stringify(value));
  return env;
}

declare module 'fastify' {
  interface FastifyRequest {
    lang: Language;
    t: Translate;
  }
  interface FastifyReply {
    /** Renders a page with the layout's data: viewer, language, CSRF token, navigation. */
    page(template: string, data?: Record<string, unknown>): FastifyReply;
  }
}

export function pageLocals(request: FastifyRequest, reply: FastifyReply): Record<string, unknown> {
  const lang = request.lang;
  const url = new URL(request.url, 'http://localhost');
  const switchTo = (to: Language) => {
    url.searchParams.set('lang', to);
    return `${url.pathname}?${url.searchParams.toString()}`;
  };
  return {
    lang,
    t: request.t,
    viewer: request.viewer,
    signedIn: request.viewer.kind === 'user',
    /** What the viewer may do, for showing only the links and buttons they can use. */
    may: (permission: Permission) => can(request.viewer, permission),
    userName: request.userName,
    csrfToken: reply.generateCsrf(),
    currentPath: url.pathname,
    notice: takeNotice(request, reply),
    switchLanguage: { en: switchTo('en'), cy: switchTo('cy') },
    date: (value: string | Date | null | undefined) => formatDate(value, lang),
    dateTime: (value: string | Date | null | undefined) => formatDateTime(value, lang),
  };
}

export function renderPage(env: nunjucks.Environment, request: FastifyRequest, reply: FastifyReply, template: string, data: Record<string, unknown>): string {
  return env.render(template, { ...pageLocals(request, reply), ...data });
}

export { translator };
