/** Helpers for forms: error summaries, sign-in guards, reading form bodies. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, Conflict, ServiceError } from '../../services/errors.js';

export interface FormErrors {
  /** For the GOV.UK error summary: each problem linking to its field. */
  summary: { text: string; href: string }[];
  /** For each field's error message. */
  byField: Record<string, { text: string }>;
}

/** Turns a service error into errors a form shows beside its fields; other errors are rethrown. */
export function formErrors(error: unknown): FormErrors {
  if (error instanceof InvalidInput) {
    const summary = error.problems.map((p) => ({ text: p.message, href: `#${fieldId(p.field || 'form')}` }));
    const byField: FormErrors['byField'] = {};
    for (const p of error.problems) byField[p.field] ??= { text: p.message };
    return { summary, byField };
  }
  if (error instanceof Conflict) {
    const field = error.field ?? 'form';
    return { summary: [{ text: error.message, href: `#${fieldId(field)}` }], byField: { [field]: { text: error.message } } };
  }
  throw error;
}

/** Whether an error is one a form can show (and so re-render), rather than an error page. */
export function isFormError(error: unknown): boolean {
  return error instanceof InvalidInput || error instanceof Conflict;
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
