/** Errors as JSON a client can act on: a status, a message, and the fields at fault. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pgError, CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION } from '../../db/errors.js';
import { Conflict, Forbidden, InvalidInput, ServiceError, type FieldProblem } from '../../services/errors.js';
import { translator } from '../../i18n/index.js';

const ENGLISH = translator('en');

export class Unauthorised extends ServiceError {
  readonly status = 401;
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  problems?: FieldProblem[];
}

const NAMES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests', 500: 'Internal Server Error',
};

/** Turns any error into a status and a body; shared by the API and the pages. */
export function describeError(error: unknown, request: FastifyRequest): ErrorBody {
  const body = (statusCode: number, message: string, problems?: FieldProblem[]): ErrorBody => ({
    statusCode, error: NAMES[statusCode] ?? 'Error', message, ...(problems ? { problems } : {}),
  });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const problems = error.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where,
      message: v.message ?? 'is not valid',
    }));
    return body(400, problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }
  if (error instanceof Forbidden && request.viewer?.kind === 'public') {
    return body(401, 'Sign in, or send a bearer token (Authorization: Bearer …), to do that.');
  }
  if (error instanceof InvalidInput) return body(400, error.message, error.problems.map(({ field, message }) => ({ field, message })));
  if (error instanceof Conflict) return body(409, error.message, error.field ? [{ field: error.field, message: error.message }] : undefined);
  if (error instanceof ServiceError) return body(error.status, error.message);
  const pg = pgError(error);
  if (pg?.code === UNIQUE_VIOLATION) return body(409, `That would duplicate an existing record (${pg.constraint ?? pg.detail ?? 'unique'}).`);
  if (pg?.code === FOREIGN_KEY_VIOLATION) return body(409, `That refers to a record that does not exist, or is still used (${pg.constraint ?? ''}).`);
  if (pg?.code === CHECK_VIOLATION) return body(400, `That breaks a rule of the record (${pg.constraint ?? ''}).`);
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return body(status, (error as Error).message);
  return body(500, ENGLISH('errors.message500'));
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error, request, reply: FastifyReply) => {
    const body = describeError(error, request);
    if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    return send(request, reply, body, error);
  });
  app.setNotFoundHandler((request, reply) =>
    send(request, reply, { statusCode: 404, error: 'Not Found', message: `There is nothing at ${request.method} ${request.url.split('?')[0]}.` }, null));
}, { name: 'errors' });

/** Pages get an error page; the API (and anything before the pages are ready) gets JSON. */
function send(request: FastifyRequest, reply: FastifyReply, body: ErrorBody, error: unknown): FastifyReply {
  void reply.code(body.statusCode);
  const wantsPage = !request.url.startsWith('/api') && typeof reply.page === 'function' && request.t;
  if (wantsPage) {
    try {
      return reply.page('error.njk', { status: body.statusCode, message: pageMessage(request, body, error) });
    } catch (error) {
      request.log.error({ err: error }, 'the error page failed');
    }
  }
  if (body.statusCode === 401) void reply.header('WWW-Authenticate', 'Bearer');
  return reply.send(body);
}

/** Statuses with a general message of their own in the translations (`errors.message<status>`). */
const GENERAL_MESSAGES = [400, 401, 403, 404, 409, 413, 429, 500];

/**
 * What the error page says, in the page's language: for sign-in, missing pages and our own
 * failures the general message; else the error's own words where the translations have them,
 * or in English; in Welsh without them, the general message for its status.
 */
function pageMessage(request: FastifyRequest, body: ErrorBody, error: unknown): string {
  const status = body.statusCode >= 500 ? 500 : body.statusCode;
  const general = request.t(`errors.message${GENERAL_MESSAGES.includes(status) ? status : 400}`);
  if ([401, 404, 500].includes(status)) return general;
  if (error instanceof ServiceError && error.key) return request.t(error.key, error.params);
  return request.lang === 'en' ? body.message : general;
}
