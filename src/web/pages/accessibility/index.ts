/** The accessibility statement, in English and Welsh. */
import type { FastifyInstance } from 'fastify';

/** When the statement was written and last looked at again; change these when it is reviewed. */
const PREPARED = '2026-11-23';
const REVIEWED = '2026-11-23';

export async function accessibilityPages(app: FastifyInstance): Promise<void> {
  app.get('/accessibility', async (_request, reply) => reply.page('accessibility/statement.njk', { prepared: PREPARED, reviewed: REVIEWED }));
}
