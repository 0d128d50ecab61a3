/** The Fastify application: the JSON API (and, from the web issue, the pages). */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/connection.js';
import { ukDate, type IsoDate } from '../domain/dates.js';
import { apiPlugin } from './api/index.js';
import { pagesPlugin } from './pages/index.js';
import { errorsPlugin } from './plugins/errors.js';
import { viewerPlugin } from './plugins/viewer.js';

export interface AppOptions {
  db: Database;
  /** Today's date, for overdue and due soon (tests pin it). */
  today?: () => IsoDate;
  logger?: FastifyServerOptions['logger'];
  /** Mark cookies Secure (when served over HTTPS). */
  secureCookies?: boolean;
  /** Sign-in attempts allowed per address per minute (default 10). */
  signInRateLimit?: number;
  /** Told of every route as it is added (the access-matrix test checks it covers them all). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: true });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  await app.register(errorsPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(viewerPlugin, { db: options.db, today: options.today ?? (() => ukDate()) });
  await app.register(apiPlugin, { prefix: '/api' });
  await app.register(pagesPlugin, { secureCookies: options.secureCookies ?? false, signInRateLimit: options.signInRateLimit ?? 10 });
  return app;
}
