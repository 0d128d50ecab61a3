/**
 * The permission each API write needs, checked before the request body is validated, so
 * that a caller without the right gets 401 or 403 whatever they sent. Finer rules (owners
 * update only their own actions, members record feedback only for their bodies) stay in
 * the services. Every write route must be listed: the API refuses to start otherwise.
 */
import type { FastifyInstance } from 'fastify';
import { can, type Permission } from '../../domain/access.js';
import { Forbidden, say } from '../../services/errors.js';
import { Unauthorised } from '../plugins/errors.js';

const WRITES: Record<string, Permission> = {
  'POST /api/bodies': 'record.edit',
  'PATCH /api/bodies/:id': 'record.edit',
  'POST /api/bodies/:id/members': 'record.edit',
  'PATCH /api/memberships/:id': 'record.edit',
  'POST /api/people': 'record.edit',
  'PATCH /api/people/:id': 'record.edit',
  'POST /api/organisations': 'record.edit',
  'PATCH /api/organisations/:id': 'record.edit',
  'POST /api/meetings': 'meeting.edit',
  'PATCH /api/meetings/:id': 'meeting.edit',
  'POST /api/meetings/:id/status': 'meeting.edit',
  'PUT /api/meetings/:id/attendance': 'meeting.edit',
  'POST /api/meetings/:id/items': 'meeting.edit',
  'PATCH /api/agenda-items/:id': 'meeting.edit',
  'POST /api/meetings/:id/minutes': 'meeting.edit',
  'PATCH /api/minutes/:id': 'meeting.edit',
  'POST /api/meetings/:id/declarations': 'meeting.edit',
  'POST /api/meetings/:id/decisions': 'meeting.edit',
  'POST /api/actions': 'action.raise',
  'PATCH /api/actions/:id': 'action.raise',
  'POST /api/actions/:id/updates': 'action.update',
  'POST /api/recommendation-sources': 'recommendation.edit',
  'PATCH /api/recommendation-sources/:id': 'recommendation.edit',
  'POST /api/recommendations': 'recommendation.edit',
  'PATCH /api/recommendations/:id': 'recommendation.edit',
  'POST /api/recommendations/:id/response': 'recommendation.edit',
  'POST /api/recommendations/:id/implementation': 'recommendation.edit',
  'POST /api/recommendations/:id/actions': 'recommendation.edit',
  'DELETE /api/recommendations/:id/actions/:actionId': 'recommendation.edit',
  'POST /api/plans': 'plan.edit',
  'PATCH /api/plans/:id': 'plan.edit',
  'POST /api/plans/:id/objectives': 'plan.edit',
  'PATCH /api/plan-objectives/:id': 'plan.edit',
  'POST /api/plans/:id/actions': 'plan.edit',
  'PATCH /api/plan-actions/:id': 'plan.edit',
  'POST /api/plan-actions/:id/tasks': 'plan.edit',
  'POST /api/plans/:id/measures': 'plan.edit',
  'PATCH /api/measures/:id': 'plan.edit',
  'PUT /api/measures/:id/values': 'plan.edit',
  'POST /api/escalations': 'escalation.raise',
  'POST /api/escalations/:id/outcome': 'escalation.decide',
  'POST /api/work-programme': 'workProgramme.edit',
  'PATCH /api/work-programme/:id': 'workProgramme.edit',
  'POST /api/feedback': 'feedback.record',
  'PATCH /api/feedback/:id': 'feedback.record',
  'POST /api/feedback/:id/outcome': 'feedback.record',
  'POST /api/documents': 'meeting.edit',
  'PATCH /api/documents/:id': 'meeting.edit',
  'POST /api/documents/:id/publish': 'meeting.publish',
};

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
}

export function requireWritePermissions(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((m) => m !== 'GET' && m !== 'HEAD');
    for (const method of methods) {
      const permission = WRITES[`${method} ${route.url}`];
      if (!permission) throw new Error(`The API route ${method} ${route.url} needs a permission in src/web/api/permissions.ts.`);
      route.config = { ...route.config, permission };
    }
  });
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) return;
    if (request.viewer.kind === 'public') throw new Unauthorised('Send a bearer token (Authorization: Bearer …) to change the record.');
    if (!can(request.viewer, permission)) throw new Forbidden(say('roleNotAllowed'));
  });
}
