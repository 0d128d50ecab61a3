/** Signed-in sessions: a random token in an HttpOnly cookie; the database keeps its hash. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/connection.js';
import type { Language } from '../../domain/bodies.js';
import type { IsoDate } from '../../domain/dates.js';
import { SESSION_HOURS, endSession, sessionUser, startSession } from '../../services/users/signIn.js';
import type { User } from '../../services/users/users.js';
import type { ViewerResolver } from '../plugins/viewer.js';

export const SESSION_COOKIE = 'oversight_session';

declare module 'fastify' {
  interface FastifyRequest {
    userName: string | null;
    preferredLanguage: Language | null;
  }
}

export function sessionResolver(db: Database, today: () => IsoDate): ViewerResolver {
  return async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    const found = await sessionUser(db, token, today());
    if (!found) return null;
    const { user, bodyIds } = found;
    request.userName = user.name;
    request.preferredLanguage = user.preferredLanguage;
    return { viewer: { kind: 'user', userId: user.id, role: user.role, personId: user.personId, bodyIds }, actor: user.email };
  };
}

export async function beginSession(db: Database, reply: FastifyReply, user: User, secure: boolean): Promise<void> {
  const { token } = await startSession(db, user.id);
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_HOURS * 3600 });
}

export async function finishSession(db: Database, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await endSession(db, token);
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
