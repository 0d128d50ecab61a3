/** The JSON API under /api, described by OpenAPI 3 at /api/openapi.json. */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { actionsApi } from './actions.js';
import { bodiesApi } from './bodies.js';
import { exportsApi } from './exports.js';
import { meetingsApi } from './meetings.js';
import { peopleApi } from './people.js';
import { requireWritePermissions } from './permissions.js';
import { searchApi } from './search.js';
import { auditApi } from './audit.js';
import { documentsApi } from './documents.js';
import { escalationsApi } from './escalations.js';
import { feedbackApi } from './feedback.js';
import { plansApi } from './plans.js';
import { recommendationsApi } from './recommendations.js';
import { workProgrammeApi } from './workProgramme.js';

export async function apiPlugin(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Oversight API',
        version: '1.0.0',
        description: 'The record of oversight bodies: bodies, people, meetings, actions, recommendations, plans and more. '
          + 'Without a bearer token only public records are readable.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  requireWritePermissions(app);
  for (const routes of [bodiesApi, peopleApi, meetingsApi, actionsApi, searchApi, recommendationsApi, plansApi, escalationsApi, workProgrammeApi, feedbackApi, documentsApi, auditApi, exportsApi]) await app.register(routes);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
