import type { FastifyInstance } from 'fastify';
import { homePages } from './home/index.js';
import { signInPages } from './signIn/index.js';

/** Every page area; POSTs must carry the CSRF token of the form they came from. */
export async function pageRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'POST') app.csrfProtection(request, reply, done);
    else done();
  });
  for (const area of [signInPages, homePages]) await app.register(area);
}
