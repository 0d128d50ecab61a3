/**
 * Who is asking: resolves the request's viewer (a bearer token for the API; the web
 * sign-in adds sessions) and gives handlers a service context.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../db/connection.js';
import { PUBLIC, type Viewer } from '../../domain/access.js';
import type { IsoDate } from '../../domain/dates.js';
import type { ServiceContext } from '../../services/context.js';
import { forOneRequest } from '../../services/memo.js';
import { userForToken, viewerFor } from '../../services/users/users.js';
import { Unauthorised } from './errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    today: () => IsoDate;
  }
  interface FastifyRequest {
    viewer: Viewer;
    /** For the audit log: the signed-in user's email, or "public". */
    actor: string;
    /** A service context for this request. */
    ctx: ServiceContext;
  }
}

export interface ViewerOptions {
  db: Database;
  today: () => IsoDate;
}

/** Resolvers tried in turn; the first to return a viewer wins. The web sign-in adds its own. */
export type ViewerResolver = (request: FastifyRequest) => Promise<{ viewer: Viewer; actor: string } | null>;

declare module 'fastify' {
  interface FastifyInstance {
    viewerResolvers: ViewerResolver[];
  }
}

export const viewerPlugin = fp(async (app: FastifyInstance, options: ViewerOptions) => {
  app.decorate('db', options.db);
  app.decorate('today', options.today);
  app.decorate('viewerResolvers', [bearerToken(options.db, options.today)]);
  app.decorateRequest('viewer', null as never);
  app.decorateRequest('actor', 'public');
  // One context a request (made when first asked for), so that what it reads once it can reuse.
  const contexts = new WeakMap<FastifyRequest, ServiceContext>();
  app.decorateRequest('ctx', {
    getter(this: FastifyRequest): ServiceContext {
      let ctx = contexts.get(this);
      if (!ctx || ctx.viewer !== this.viewer) contexts.set(this, (ctx = forOneRequest({ db: app.db, viewer: this.viewer, actor: this.actor, today: app.today() })));
      return ctx;
    },
  });
  app.addHook('onRequest', async (request) => {
    request.viewer = PUBLIC;
    for (const resolve of app.viewerResolvers) {
      const found = await resolve(request);
      if (found) {
        request.viewer = found.viewer;
        request.actor = found.actor;
        break;
      }
    }
  });
}, { name: 'viewer' });

function bearerToken(db: Database, today: () => IsoDate): ViewerResolver {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    const user = await userForToken(db, header.slice(7).trim());
    if (!user) throw new Unauthorised('The bearer token is not valid or has been revoked. Create one with `oversight token create`.');
    return { viewer: await viewerFor(db, user, today()), actor: user.email };
  };
}
