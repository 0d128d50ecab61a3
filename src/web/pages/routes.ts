import type { FastifyInstance } from 'fastify';
import type { PagesOptions } from './index.js';
import { actionsPages } from './actions/index.js';
import { bodiesPages } from './bodies/index.js';
import { escalationsPages } from './escalations/index.js';
import { feedbackPages } from './feedback/index.js';
import { homePages } from './home/index.js';
import { importPages } from './importPages/index.js';
import { meetingsPages } from './meetings/index.js';
import { plansPages } from './plans/index.js';
import { publicPages } from './publicPages/index.js';
import { recommendationsPages } from './recommendations/index.js';
import { signInPages } from './signIn/index.js';
import { accessibilityPages } from './accessibility/index.js';
import { adminPages } from './admin/index.js';
import { auditPages } from './audit/index.js';
import { papersPages } from './papers/index.js';
import { publicRecommendationPages } from './publicRecommendations/index.js';
import { searchPages } from './search/index.js';

/** Every page area; POSTs must carry the CSRF token of the form they came from. */
export async function pageRoutes(app: FastifyInstance, options: PagesOptions): Promise<void> {
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'POST') app.csrfProtection(request, reply, done);
    else done();
  });
  for (const area of [
    signInPages, homePages, bodiesPages, meetingsPages, publicPages,
    actionsPages, escalationsPages, recommendationsPages, plansPages, feedbackPages, importPages,
    searchPages, papersPages, auditPages, adminPages, publicRecommendationPages, accessibilityPages,
  ]) await app.register(area, options);
}
