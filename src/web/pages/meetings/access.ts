/** What pages ask of the policy (src/domain/access.ts): never rules of their own. */
import type { FastifyRequest } from 'fastify';
import { can, type Permission } from '../../../domain/access.js';
import { Forbidden, NotFound } from '../../../services/errors.js';

/** For templates: `may('meeting.edit')` shows or hides the buttons that lead to a form. */
export function mayFor(request: FastifyRequest): (permission: Permission) => boolean {
  return (permission) => can(request.viewer, permission);
}

/** A form page is shown only to those whose role may post it (the service decides again on the post). */
export function allow(request: FastifyRequest, permission: Permission): void {
  if (!can(request.viewer, permission)) throw new Forbidden(request.t('meetings.forbidden'));
}

/** A record id from the path; anything else is a page that does not exist. */
export function idParam(request: FastifyRequest, name = 'id'): number {
  const raw = (request.params as Record<string, string>)[name] ?? '';
  const id = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || id < 1) throw new NotFound('page', raw);
  return id;
}
