/** Errors as JSON a client can act on: a status, a message, and the fields at fault. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pgError, CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION } from '../../db/errors.js';
import { Conflict, Forbidden, InvalidInput, ServiceError, type FieldProblem } from '../../services/errors.js';

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
  if (error instanceof InvalidInput) return body(400, error.message, error.problems);
  if (error instanceof Conflict) return body(409, error.message, error.field ? [{ field: error.field, message: error.message }] : undefined);
  if (error instanceof ServiceError) return body(error.status, error.message);
  const pg = pgError(error);
  if (pg?.code === UNIQUE_VIOLATION) return body(409, `That would duplicate an existing record (${pg.constraint ?? pg.detail ?? 'unique'}).`);
  if (pg?.code === FOREIGN_KEY_VIOLATION) return body(409, `That refers to a record that does not exist, or is still used (${pg.constraint ?? ''}).`);
  if (pg?.code === CHECK_VIOLATION) return body(400, `That breaks a rule of the record (${pg.constraint ?? ''}).`);
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return body(status, (error as Error).message);
  return body(500, 'Something went wrong on our side. The error has been logged; try again, and tell the administrator if it keeps happening.');
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error, request, reply: FastifyReply) => {
    const body = describeError(error, request);
    if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    return send(request, reply, body);
  });
  app.setNotFoundHandler((request, reply) =>
    send(request, reply, { statusCode: 404, error: 'Not Found', message: `There is nothing at ${request.method} ${request.url.split('?')[0]}.` }));
}, { name: 'errors' });

/** Pages get an error page; the API (and anything before the pages are ready) gets JSON. */
function send(request: FastifyRequest, reply: FastifyReply, body: ErrorBody): FastifyReply {
  void reply.code(body.statusCode);
  const wantsPage = !request.url.startsWith('/api') && typeof reply.page === 'function' && request.t;
  if (wantsPage) {
    try {
      const message = body.statusCode === 404 ? request.t('errors.notFound') : body.message;
      return reply.page('error.njk', { status: body.statusCode, message });
    } catch (error) {
      request.log.error({ err: error }, 'the error page failed');
    }
  }
  if (body.statusCode === 401) void reply.header('WWW-Authenticate', 'Bearer');
  return reply.send(body);
}
