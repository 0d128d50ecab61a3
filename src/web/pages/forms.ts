/** Helpers for forms: error summaries, sign-in guards, reading form bodies. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, Conflict, ServiceError, type FieldProblem } from '../../services/errors.js';
import type { Translate } from '../../i18n/index.js';

/** Whether an error is one a form can show (and so re-render), rather than an error page. */
export function isFormError(error: unknown): error is InvalidInput | Conflict {
  return error instanceof InvalidInput || error instanceof Conflict;
}

/** A service's words for a problem, in the page's language where they were said through the translations. */
export function sayProblem(t: Translate, problem: FieldProblem): string {
  return problem.key ? t(problem.key, problem.params) : problem.message;
}

/** "owners.0.personId" → "owners-0-personId": ids that links in the error summary can point at. */
export function fieldId(field: string): string {
  return field.replace(/\./g, '-');
}

/** The form body as strings (formbody gives strings or arrays of strings). */
export function formBody(request: FastifyRequest): Record<string, string | string[]> {
  return (request.body ?? {}) as Record<string, string | string[]>;
}

export function text(body: Record<string, string | string[]>, key: string): string | undefined {
  const v = body[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s;
}

/** An optional form value: empty means null. */
export function optional(body: Record<string, string | string[]>, key: string): string | null {
  const v = text(body, key)?.trim();
  return v ? v : null;
}

export function many(body: Record<string, string | string[]>, key: string): string[] {
  const v = body[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Sends public visitors to sign in, then back here. */
export async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.viewer.kind === 'public') {
    await reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`);
  }
}

/** A page-level error: its status for the error page. */
export function statusOf(error: unknown): number {
  if (error instanceof ServiceError) return error.status;
  const code = (error as { statusCode?: number }).statusCode;
  return code && code >= 400 && code < 600 ? code : 500;
}

/** Redirect after a successful POST, with a message shown once on the next page. */
export function redirectWith(reply: FastifyReply, url: string, notice: string): FastifyReply {
  void reply.setCookie('notice', encodeURIComponent(notice), { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
  return reply.redirect(url, 303);
}

/** The one-off message left by redirectWith, cleared once read. */
export function takeNotice(request: FastifyRequest, reply: FastifyReply): string | null {
  const value = request.cookies.notice;
  if (!value) return null;
  void reply.clearCookie('notice', { path: '/' });
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
